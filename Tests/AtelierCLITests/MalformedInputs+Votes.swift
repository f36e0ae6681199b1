/// Ballots imported into the dot vote (5 dots each, at most 3 on one proposal) and scores imported into
/// the matrix (impact and feasibility, 1 to 5) that break the step's rules.
extension MalformedInputTests {
    static func ballots(_ name: String, _ file: String, _ text: String, step: String? = "day2-vote", message: String) -> BadInput {
        .importing(.ballots, name, "ballots", file, .text(text), step: step, message: message)
    }

    static func scores(_ name: String, _ file: String, _ text: String, message: String) -> BadInput {
        .importing(.scores, name, "scores", file, .text(text), step: "day2-matrix", message: message)
    }

    static let votes: [BadInput] = [
        ballots("over the budget", "budget.csv", "participant,item,dots\np1,pr1,3\np3,pr1,1\np1,pr2,3\n",
                message: "budget.csv:4: error: dots: participant 'p1' places 6 dots (pr1: 3, pr2: 3) but each participant has 5"),
        ballots("over the cap on one item", "cap.csv", "participant,item,dots\np1,pr2,1\np1,pr1,4\n",
                message: "cap.csv:3: error: item: participant 'p1' places 4 dots on item 'pr1'"),
        ballots("unknown item", "item.csv", "participant,item,dots\np1,pr1,1\np1,pr9,1\n",
                message: "item.csv:3: error: item: unknown item 'pr9'"),
        ballots("unknown participant", "voter.csv", "participant,item,dots\np1,pr1,1\np9,pr2,1\n",
                message: "voter.csv:3: error: participant: unknown participant 'p9'; import participants first"),
        ballots("the same ballot twice in the file", "twice.csv", "participant,item,dots\np1,pr1,1\np3,pr1,1\np1,pr1,2\n",
                message: "twice.csv:4: error: item: duplicate ballot: participant 'p1' already placed dots on item 'pr1' on line 2"),
        ballots("a ballot already imported", "again.csv", "participant,item,dots\np2,pr1,2\n",
                message: "again.csv:2: error: item: duplicate ballot: participant 'p2' already placed dots on item 'pr1' in an earlier import for step 'day2-vote'"),
        ballots("item not on the ballot", "kind.csv", "participant,item,dots\np1,s1,1\n",
                message: "kind.csv:2: error: item: participant 'p1' places dots on item 's1', which is not on this vote's ballot"),
        ballots("a facilitator votes", "facilitator.csv", "participant,item,dots\nf1,pr1,1\n",
                message: "facilitator.csv:2: error: item: participant 'f1' (facilitator) places dots on item 'pr1', but facilitators and observers do not vote"),
        ballots("zero dots", "zero.csv", "participant,item,dots\np1,pr1,0\n",
                message: "zero.csv:2: error: dots: dots must be a whole number of 1 or more, not 0"),
        ballots("a fraction of a dot", "half.csv", "participant,item,dots\np1,pr1,2.5\n",
                message: "half.csv:2: error: dots: '2.5' is not a whole number"),
        ballots("more dots than a number holds", "overflow.csv", "participant,item,dots\np1,pr1,99999999999999999999\n",
                message: "overflow.csv:2: error: dots: '99999999999999999999' is not a whole number"),
        ballots("a step column naming no step", "stepcol.csv", "participant,item,dots,step\np1,pr1,1,day2-vot\n", step: nil,
                message: "stepcol.csv:2: error: step: no step 'day2-vot' in the agenda"),
        ballots("over the budget through a step column", "stepbudget.csv",
                "participant,item,dots,step\np1,pr1,3,day2-vote\np1,pr2,3,day2-vote\n", step: nil,
                message: "stepbudget.csv:3: error: dots: participant 'p1' places 6 dots"),
        ballots("--step naming no step", "nostep.csv", "participant,item,dots\np1,pr1,1\n", step: "day9-vote",
                message: "--step day9-vote: no such step in the agenda"),
        ballots("no dots column", "nodots.csv", "participant,item\np1,pr1\n",
                message: "nodots.csv:1: error: dots: missing column"),
        scores("out of the scale (long form)", "scale.csv", "participant,item,criterion,value\np1,pr1,impact,3\np1,pr2,impact,9\n",
               message: "scale.csv:3: error: value: 9 is outside the scale of 'impact' (1–5)"),
        scores("out of the scale (one column per criterion)", "wide.csv", "participant,item,impact,feasibility\np1,pr1,3,0\n",
               message: "wide.csv:2: error: feasibility: 0 is outside the scale of 'feasibility' (1–5)"),
        scores("unknown criterion (long form)", "criterion.csv", "participant,item,criterion,value\np1,pr1,cost,3\n",
               message: "criterion.csv:2: error: criterion: unknown criterion 'cost'"),
        scores("unknown criterion column", "column.csv", "item,impact,cost\npr1,3,2\n",
               message: "column.csv:1: error: cost: unknown criterion 'cost'; the workshop's criteria are impact, feasibility"),
        scores("a value that is not a number", "word.csv", "participant,item,criterion,value\np1,pr1,impact,élevé\n",
               message: "word.csv:2: error: value: 'élevé' is not a number"),
        scores("an infinite value", "inf.csv", "item,impact\npr1,inf\n",
               message: "inf.csv:2: error: impact: 'inf' is not a number"),
        scores("unknown item", "item.csv", "participant,item,criterion,value\np1,pr9,impact,3\n",
               message: "item.csv:2: error: item: unknown item 'pr9'"),
        scores("unknown participant", "rater.csv", "participant,item,criterion,value\np9,pr1,impact,3\n",
               message: "rater.csv:2: error: participant: unknown participant 'p9'"),
        scores("the same score twice in the file", "twice.csv", "participant,item,criterion,value\np1,pr1,impact,3\np1,pr1,impact,4\n",
               message: "twice.csv:3: error: item: duplicate score: participant 'p1' already scored item 'pr1' on criterion 'impact' on line 2"),
        scores("a score already imported", "again.csv", "participant,item,criterion,value\np2,pr1,impact,5\n",
               message: "again.csv:2: error: item: duplicate score: participant 'p2' already scored item 'pr1' on criterion 'impact' in an earlier import for step 'day2-matrix'"),
        scores("no value column", "novalue.csv", "participant,item,criterion\np1,pr1,impact\n",
               message: "novalue.csv:1: error: value: missing column"),
    ]
}
