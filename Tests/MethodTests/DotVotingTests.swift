import AtelierKit
import DotVotingMethod
import Foundation
import PropertyBased
import Testing

/// The fixture `dot-voting-six-voters` has six eligible participants (p4 is an expert), a facilitator
/// and an observer, proposals P1–P5 (P6 is a duplicate of P1), and these ballots in step `vote`:
///
/// | voter | P1 | P2 | P3 | P4 |
/// |-------|----|----|----|----|
/// | p1    | 3  | 2  |    |    |
/// | p2    | 2  |    | 3  |    |
/// | p3    |    | 3  | 2  |    |
/// | p4    | 2  |    |    | 1  |
///
/// Tally: P1 7, P2 5, P3 5, P4 1, P5 0 → ranks 1, 2, 2, 4, 5; p5 and p6 did not vote. One more ballot
/// (p5: 5 dots on P5) belongs to step `old-vote`.
@Suite struct DotVotingTests {
    static let method = "dot-voting"

    func run(
        _ parameters: [String: ParameterValue] = [:], step: String = "vote", language: Language = .en,
        workshop: Workshop? = nil
    ) throws -> StepResult {
        let workshop = try workshop ?? FixtureWorkshop.load("dot-voting-six-voters")
        let request = try ManifestDefaults.request(
            Self.method, step: step, parameters: parameters, language: language, workshop: workshop)
        let output = try DotVoting().run(request)
        #expect(output.changes.writtenParts == [.results])
        let result = try #require(output.changes.results.first)
        #expect(output.summary == result.summary)
        return result
    }

    func fixture(adding ballots: [Ballot] = []) throws -> Workshop {
        var workshop = try FixtureWorkshop.load("dot-voting-six-voters")
        workshop.ballots += ballots
        return workshop
    }

    func refusal(_ parameters: [String: ParameterValue] = [:], adding ballots: [Ballot] = []) throws -> String? {
        let workshop = try fixture(adding: ballots)
        return methodErrorMessage { _ = try run(parameters, workshop: workshop) }
    }

    // MARK: Tally, ranks, turnout

    @Test func tallyRanksTiesAsTies() throws {
        let result = try run()
        #expect(result.step == "vote")
        #expect(result.method == "dot-voting")
        #expect(result.entries.map(\.item) == ["P1", "P2", "P3", "P4", "P5"])
        #expect(result.entries.map(\.rank) == [1, 2, 2, 4, 5])
        #expect(result.entries.map(\.value) == [7, 5, 5, 1, 0])
        #expect(result.entries.map(\.flags) == [[], ["tie"], ["tie"], [], []])
        #expect(result.entries.map(\.values) == [
            ["dots": 7, "voters": 3], ["dots": 5, "voters": 2], ["dots": 5, "voters": 2], ["dots": 1, "voters": 1],
            ["dots": 0, "voters": 0],
        ])
        #expect(result.entries.map(\.group) == ["mobility", "digital", "mobility", "digital", "mobility"])
    }

    /// With `groups_from`, each team votes on its own items and they are ranked and selected team by
    /// team: P1 and P3 are team A's (written by p1 and p2), P2 and P4 team B's; P5 is nobody's.
    @Test func eachTeamVotesOnItsOwnItems() throws {
        var workshop = try fixture()
        for (item, author) in [("P1", "p1"), ("P3", "p2"), ("P2", "p3"), ("P4", "p4")] {
            workshop.items[workshop.items.firstIndex { $0.id == item }!].author = author
        }
        workshop.results.append(StepResult(step: "teams", method: "teams", summary: "", groups: [
            ParticipantGroup(name: "Team A", members: ["p1", "p2"]),
            ParticipantGroup(name: "Team B", members: ["p3", "p4", "p5"]),
        ]))
        workshop.ballots = [
            Ballot(participant: "p1", item: "P1", dots: 3, step: "vote"), Ballot(participant: "p1", item: "P3", dots: 2, step: "vote"),
            Ballot(participant: "p2", item: "P3", dots: 4, step: "vote"), Ballot(participant: "p3", item: "P2", dots: 1, step: "vote"),
            Ballot(participant: "p3", item: "P4", dots: 1, step: "vote"), Ballot(participant: "p4", item: "P2", dots: 3, step: "vote"),
            Ballot(participant: "p5", item: "P4", dots: 2, step: "vote"),
        ]
        let parameters: [String: ParameterValue] = ["groups_from": .string("teams"), "select_top": .integer(1)]
        let result = try run(parameters, workshop: workshop)
        #expect(result.entries.map(\.item) == ["P3", "P1", "P2", "P4"])
        #expect(result.entries.map(\.rank) == [1, 2, 1, 2])
        #expect(result.entries.map(\.value) == [6, 3, 4, 3])
        #expect(result.entries.map(\.group) == ["Team A", "Team A", "Team B", "Team B"])
        #expect(result.entries.filter { $0.flags.contains("selected") }.map(\.item) == ["P3", "P2"])
        #expect(result.notes.contains("Not on any team's ballot (no team member wrote them, and no single team has their challenge): P5."))

        var crossing = workshop
        crossing.ballots.append(Ballot(participant: "p2", item: "P4", dots: 1, step: "vote"))
        #expect(methodErrorMessage { _ = try run(parameters, workshop: crossing) }
            == "participant 'p2' (Team A) places dots on item 'P4' of Team B; each team votes on its own items (groups_from: teams)")
        var outsider = workshop
        outsider.ballots.append(Ballot(participant: "p6", item: "P2", dots: 1, step: "vote"))
        #expect(methodErrorMessage { _ = try run(parameters, workshop: outsider) }
            == "participant 'p6' places dots on item 'P2' but is in no team of step 'teams'; each team votes on its own items (groups_from)")
        // The same rule refuses an import of such a ballot before anything of it is applied.
        let step = AgendaStep(id: "vote", title: "Vote", method: "dot-voting")
        let issues = DotVoting().issues(
            inImport: ChangeSet(ballots: [Ballot(participant: "p2", item: "P4", dots: 1, step: "vote")]), step: step,
            parameters: try ManifestDefaults.request(Self.method, step: "vote", parameters: parameters, workshop: workshop).parameters,
            workshop: workshop)
        #expect(issues.map(\.message) == ["participant 'p2' (Team A) places dots on item 'P4' of Team B; each team votes on its own items (groups_from: teams)"])
        #expect(methodErrorMessage { _ = try run(["groups_from": .string("vote-none")], workshop: workshop) }
            == "parameter groups_from: step 'vote-none' has no result yet; run that step first or check its id")
    }

    @Test func turnoutListsWhoDidNotVote() throws {
        let result = try run()
        #expect(result.metrics == [
            "dots_cast": 18, "voters": 4, "eligible": 6, "items": 5, "selected": 0, "turnout": 4.0 / 6,
        ])
        #expect(result.notes == ["Did not vote (2): p5, p6."])
        #expect(result.summary == "4 of 6 eligible participants placed 18 dots on 5 items; 0 selected.")
    }

    @Test func tiesAmongItemsWithoutDotsAreTiesToo() throws {
        var workshop = try fixture()
        workshop.items.append(Item(id: "P7", text: "Covoiturage", kind: .proposal))
        let result = try run(workshop: workshop)
        #expect(result.entries.suffix(2).map(\.rank) == [5, 5])
        #expect(result.entries.suffix(2).map(\.flags) == [["tie"], ["tie"]])
    }

    @Test func aBallotOfZeroDotsDoesNotMakeAVoter() throws {
        let result = try run(workshop: fixture(adding: [Ballot(participant: "p5", item: "P5", dots: 0, step: "vote")]))
        #expect(result.metrics["voters"] == 4)
        #expect(result.notes == ["Did not vote (2): p5, p6."])
    }

    @Test func excludeFacilitatorsFalseLetsFacilitatorsAndObserversVote() throws {
        let result = try run(
            ["exclude_facilitators": .bool(false)],
            workshop: fixture(adding: [Ballot(participant: "f1", item: "P4", dots: 5, step: "vote")]))
        #expect(result.metrics["eligible"] == 8)
        #expect(result.metrics["voters"] == 5)
        #expect(result.metrics["turnout"] == 5.0 / 8)
        #expect(result.notes == ["Did not vote (3): p5, p6, o1."])
        #expect(result.entries.map(\.item) == ["P1", "P4", "P2", "P3", "P5"])
        #expect(result.entries.map(\.rank) == [1, 2, 3, 3, 5])
    }

    // MARK: Selection

    @Test(arguments: [
        ([String: ParameterValue](), [String]()),
        (["select_top": .integer(1)], ["P1"]),
        (["select_top": .integer(2)], ["P1", "P2", "P3"]),
        (["select_top": .integer(5)], ["P1", "P2", "P3", "P4"]),
        (["select_threshold": .integer(5)], ["P1", "P2", "P3"]),
        (["select_threshold": .integer(6)], ["P1"]),
        (["select_top": .integer(3), "select_threshold": .integer(6)], ["P1"]),
        (["select_top": .integer(4), "select_threshold": .integer(1)], ["P1", "P2", "P3", "P4"]),
    ])
    func selectionFlagsTheLeadingItems(parameters: [String: ParameterValue], selected: [String]) throws {
        let result = try run(parameters)
        #expect(result.entries.filter { $0.flags.contains("selected") }.map(\.item) == selected)
        #expect(result.metrics["selected"] == Double(selected.count))
    }

    @Test func itemsTiedAtTheCutOffAreAllSelectedAndSaidSo() throws {
        let result = try run(["select_top": .integer(2)])
        #expect(result.entries.map(\.flags) == [["selected"], ["tie", "selected"], ["tie", "selected"], [], []])
        #expect(result.notes == [
            "Did not vote (2): p5, p6.",
            "Items tied at the cut-off are all selected, so 3 rather than 2: P1, P2, P3.",
        ])
        #expect(result.summary == "4 of 6 eligible participants placed 18 dots on 5 items; 3 selected.")
    }

    // MARK: Scope

    @Test func duplicatesAreNotOnTheBallot() throws {
        #expect(!(try run()).entries.contains { $0.item == "P6" })
        #expect(try refusal(adding: [Ballot(participant: "p5", item: "P6", dots: 1, step: "vote")])
            == "participant 'p5' places dots on item 'P6', which is not on this vote's ballot (items of kind proposal); "
            + "remove the ballot or change the scope")
    }

    @Test func kindsChoosesTheItemsOnTheBallot() throws {
        var workshop = try fixture()
        workshop.ballots = [Ballot(participant: "p1", item: "C1", dots: 4, step: "vote")]
        let result = try run(["kinds": .list(["challenge"])], workshop: workshop)
        #expect(result.entries.map(\.item) == ["C1"])
        #expect(result.entries.first?.value == 4)
        #expect(try refusal(["kinds": .list(["challenge"])])
            == "participant 'p1' places dots on item 'P1', which is not on this vote's ballot (items of kind "
            + "challenge); remove the ballot or change the scope")
    }

    @Test func scopeCategoryVotesWithinOneCategory() throws {
        var workshop = try fixture()
        workshop.ballots.removeAll { $0.item == "P2" || $0.item == "P4" }
        let result = try run(["scope": .string("category"), "category": .string("mobility")], workshop: workshop)
        #expect(result.entries.map(\.item) == ["P1", "P3", "P5"])
        #expect(result.entries.map(\.value) == [7, 5, 0])
        #expect(result.entries.map(\.rank) == [1, 2, 3])
        #expect(try refusal(["scope": .string("category"), "category": .string("mobility")])
            == "participant 'p1' places dots on item 'P2', which is not on this vote's ballot (items of kind proposal "
            + "in category 'mobility'); remove the ballot or change the scope")
    }

    @Test func scopeTopVotesOnTheLeadingEntriesOfAnEarlierStep() throws {
        var workshop = try fixture()
        workshop.results.append(
            StepResult(
                step: "matrix", method: "prioritisation-matrix", summary: "",
                entries: [
                    ResultEntry(item: "P3", rank: 1), ResultEntry(item: "P1", rank: 2), ResultEntry(item: "C1", rank: 2),
                    ResultEntry(item: "P2", rank: 4), ResultEntry(item: "P4", rank: 5),
                ]))
        let top2 = ["scope": ParameterValue.string("top"), "from_step": .string("matrix"), "top": .integer(2)]
        #expect(methodErrorMessage { _ = try run(top2, workshop: workshop) }
            == "participant 'p1' places dots on item 'P2', which is not on this vote's ballot (the top 2 of step "
            + "'matrix'); remove the ballot or change the scope")
        let all = try run(["scope": .string("top"), "from_step": .string("matrix"), "kinds": .list([])], workshop: workshop)
        #expect(all.entries.map(\.item) == ["P1", "P2", "P3", "P4", "C1"])
        workshop.ballots.removeAll { $0.item == "P2" || $0.item == "P4" }
        let result = try run(top2, workshop: workshop)
        // Every entry tied at the cut-off is on the ballot, whatever its kind.
        #expect(result.entries.map(\.item) == ["P1", "P3", "C1"])
        #expect(result.entries.map(\.value) == [7, 5, 0])
    }

    // MARK: Which ballots count

    @Test func ballotsOfOtherStepsDoNotCount() throws {
        let result = try run(step: "old-vote")
        #expect(result.metrics["dots_cast"] == 5)
        #expect(result.entries.first?.item == "P5")
        #expect(result.notes == ["Did not vote (5): p1, p2, p3, p4, p6."])
    }

    @Test func ballotsWithoutAStepCountWhenNoneCarriesThisStep() throws {
        var workshop = try fixture()
        for index in workshop.ballots.indices where workshop.ballots[index].step == "vote" {
            workshop.ballots[index].step = nil
        }
        let result = try run(step: "day2-vote", workshop: workshop)
        #expect(result.entries == (try run()).entries)
        #expect(result.step == "day2-vote")
    }

    // MARK: Paper rounds

    @Test func paperCountsAreTalliedWithoutTurnout() throws {
        var workshop = try fixture()
        workshop.ballots = [
            Ballot(item: "P2", dots: 12, step: "vote"), Ballot(item: "P1", dots: 8, step: "vote"),
            Ballot(item: "P3", dots: 0, step: "vote"),
        ]
        let result = try run(workshop: workshop)
        #expect(result.entries.map(\.item) == ["P2", "P1", "P3", "P4", "P5"])
        #expect(result.entries.map(\.rank) == [1, 2, 3, 3, 3])
        #expect(result.entries[0].values == ["dots": 12, "voters": 0, "paper": 12])
        #expect(result.metrics == ["dots_cast": 20, "voters": 0, "eligible": 6, "items": 5, "selected": 0, "paper_dots": 20])
        #expect(result.notes == ["20 dots were counted on paper: who placed them is not known, so turnout is not computed."])
        #expect(result.summary == "20 dots (20 counted on paper) placed on 5 items; 0 selected.")
    }

    @Test func digitalAndPaperBallotsAddUp() throws {
        let result = try run(
            workshop: fixture(adding: [Ballot(item: "P5", dots: 10, step: "vote"), Ballot(item: "P4", dots: 0, step: "vote")]))
        #expect(result.entries.map(\.item) == ["P5", "P1", "P2", "P3", "P4"])
        #expect(result.entries[0].values == ["dots": 10, "voters": 0, "paper": 10])
        #expect(result.metrics["dots_cast"] == 28)
        #expect(result.metrics["voters"] == 4)
        #expect(result.metrics["turnout"] == nil)
    }

    @Test func paperCountsMayNotExceedTheDotsOfThoseWhoDidNotVoteDigitally() throws {
        // Four of six voted digitally: two participants, ten dots, are left for the paper round.
        #expect(try refusal(adding: [Ballot(item: "P5", dots: 6, step: "vote"), Ballot(item: "P4", dots: 5, step: "vote")])
            == "the paper counts total 11 dots, more than the 5 dots of each of the 2 participants who could vote on "
            + "paper (10); recount the dots")
        #expect(try refusal(adding: [Ballot(item: "P5", dots: 11, step: "vote")])
            == "the paper count gives item 'P5' 11 dots, more than 5 dots for each of the 2 participants who could "
            + "vote on paper (10); recount the dots")
        #expect(try refusal(["max_per_item": .integer(3)], adding: [Ballot(item: "P5", dots: 7, step: "vote")])
            == "the paper count gives item 'P5' 7 dots, more than 3 per item for each of the 2 participants who "
            + "could vote on paper (6); recount the dots")
    }

    // MARK: Refused ballots

    static let badBallots: [(Ballot, String)] = [
        (Ballot(participant: "p5", item: "P5", dots: -1, step: "vote"),
         "participant 'p5' gives item 'P5' -1 dots; a count cannot be negative — correct it"),
        (Ballot(item: "P5", dots: -2, step: "vote"), "the paper count gives item 'P5' -2 dots; a count cannot be negative — correct it"),
        (Ballot(participant: "p5", item: "P99", dots: 1, step: "vote"),
         "participant 'p5' places dots on item 'P99', which is not in the workshop; correct the item id"),
        (Ballot(item: "P99", dots: 3, step: "vote"),
         "the paper count places dots on item 'P99', which is not in the workshop; correct the item id"),
        (Ballot(participant: "p99", item: "P1", dots: 1, step: "vote"),
         "the ballot on item 'P1' comes from participant 'p99', who is not in the workshop; add the participant or correct the id"),
        (Ballot(participant: "f1", item: "P2", dots: 1, step: "vote"),
         "participant 'f1' (facilitator) places dots on item 'P2', but facilitators and observers do not vote in this step; "
            + "remove the ballot or set exclude_facilitators to false"),
        (Ballot(participant: "o1", item: "P3", dots: 2, step: "vote"),
         "participant 'o1' (observer) places dots on item 'P3', but facilitators and observers do not vote in this step; "
            + "remove the ballot or set exclude_facilitators to false"),
        (Ballot(participant: "p5", item: "C1", dots: 1, step: "vote"),
         "participant 'p5' places dots on item 'C1', which is not on this vote's ballot (items of kind proposal); "
            + "remove the ballot or change the scope"),
        (Ballot(item: "C1", dots: 4, step: "vote"),
         "the paper count places dots on item 'C1', which is not on this vote's ballot (items of kind proposal); "
            + "remove the ballot or change the scope"),
        (Ballot(participant: "p2", item: "P1", dots: 1, step: "vote"),
         "participant 'p2' has two ballots on item 'P1' in this step (2 and 1 dots); merge them into one ballot"),
        (Ballot(participant: "p4", item: "P4", dots: 3, step: "vote"),
         "participant 'p4' has two ballots on item 'P4' in this step (1 and 3 dots); merge them into one ballot"),
        (Ballot(participant: "p1", item: "P3", dots: 1, step: "vote"),
         "participant 'p1' places 6 dots (P1: 3, P2: 2, P3: 1) but each participant has 5 (dots); remove 1"),
        (Ballot(participant: "p5", item: "P5", dots: 6, step: "vote"),
         "participant 'p5' places 6 dots on item 'P5' but each participant has 5 in all (dots)"),
        (Ballot(participant: "p5", item: "P5", dots: .max, step: "vote"),
         "participant 'p5' places 9223372036854775807 dots on item 'P5' but each participant has 5 in all (dots)"),
        (Ballot(item: "P5", dots: .max, step: "vote"),
         "the paper count gives item 'P5' 9223372036854775807 dots, more than 5 dots for each of the 2 participants "
            + "who could vote on paper (10); recount the dots"),
    ]

    @Test(arguments: badBallots)
    func badBallotsAreRefusedNamingParticipantAndItem(ballot: Ballot, message: String) throws {
        #expect(try refusal(adding: [ballot]) == message)
    }

    @Test func twoPaperCountsForOneItemAreRefused() throws {
        #expect(try refusal(adding: [Ballot(item: "P5", dots: 2, step: "vote"), Ballot(item: "P5", dots: 1, step: "vote")])
            == "item 'P5' has two paper counts in this step (2 and 1 dots); keep one count per item")
    }

    @Test(arguments: [
        (2, "participant 'p1' places 3 dots on item 'P1'; at most 2 per item (max_per_item)"), (3, nil), (.max, nil),
    ])
    func maxPerItemCapsTheDotsOnOneItem(cap: Int, message: String?) throws {
        if let message {
            #expect(try refusal(["max_per_item": .integer(cap)]) == message)
        } else {
            #expect(try run(["max_per_item": .integer(cap)]).metrics["dots_cast"] == 18)
        }
    }

    @Test func dotsSetsTheBudget() throws {
        #expect(try refusal(["dots": .integer(4)])
            == "participant 'p1' places 5 dots (P1: 3, P2: 2) but each participant has 4 (dots); remove 1")
        let result = try run(["dots": .integer(8)], workshop: fixture(adding: [Ballot(participant: "p1", item: "P4", dots: 3, step: "vote")]))
        #expect(result.metrics["dots_cast"] == 21)
    }

    // MARK: Refused parameters

    static let badParameters: [([String: ParameterValue], String)] = [
        (["dots": .integer(0)], "parameter dots is 0; each participant needs at least one dot"),
        (["max_per_item": .integer(0)],
         "parameter max_per_item is 0; allow at least one dot per item, or leave it out for no cap"),
        (["kinds": .list(["cards"])],
         "parameter kinds: 'cards' is not an item kind; use vision, strength, weakness, opportunity, threat, challenge, idea, proposal"),
        (["kinds": .list([])], "parameter kinds is empty: name the kinds of item on the ballot, for example [proposal]"),
        (["kinds": .list(["vision"])], "no item to vote on: the ballot (items of kind vision) is empty"),
        (["scope": .string("wall")], "parameter scope: 'wall' is not one of all, category, top"),
        (["category": .string("mobility")], "parameter category only applies with scope: category (scope is all)"),
        (["scope": .string("category")],
         "scope: category needs the parameter category (the id of the category to vote in)"),
        (["scope": .string("category"), "category": .string("culture")],
         "parameter category: 'culture' is not a category of the workshop; use one of mobility, digital"),
        (["from_step": .string("matrix")], "parameters from_step and top only apply with scope: top (scope is all)"),
        (["scope": .string("category"), "category": .string("digital"), "top": .integer(3)],
         "parameters from_step and top only apply with scope: top (scope is category)"),
        (["scope": .string("top")],
         "scope: top needs the parameter from_step (the earlier step whose leading items are voted on)"),
        (["scope": .string("top"), "from_step": .string("nowhere")],
         "parameter from_step: step 'nowhere' has no result yet; run that step first or check its id"),
        (["scope": .string("top"), "from_step": .string("earlier"), "top": .integer(0)],
         "parameter top is 0; keep at least one item"),
        (["select_top": .integer(0)], "parameter select_top is 0; select at least one item"),
        (["select_threshold": .integer(0)],
         "parameter select_threshold is 0; an item needs at least one dot to be selected"),
    ]

    @Test(arguments: badParameters)
    func badParametersAreRefused(parameters: [String: ParameterValue], message: String) throws {
        var workshop = try fixture()
        workshop.results.append(StepResult(step: "earlier", method: "dot-voting", summary: ""))
        #expect(methodErrorMessage { _ = try run(parameters, workshop: workshop) } == message)
    }

    @Test func aTopBallotNamingARemovedItemIsRefused() throws {
        var workshop = try fixture()
        workshop.results.append(
            StepResult(step: "earlier", method: "dot-voting", summary: "", entries: [ResultEntry(item: "P42", rank: 1)]))
        #expect(methodErrorMessage {
            _ = try run(["scope": .string("top"), "from_step": .string("earlier")], workshop: workshop)
        } == "the result of step 'earlier' lists item 'P42', which is no longer in the workshop; run step 'earlier' again")
    }

    @Test func manifestDeclaresTheModuleItsPartsAndFourLanguages() throws {
        #expect(DotVoting.moduleName == "DotVoting")
        try ManifestDefaults.expectWellFormed(Self.method, module: DotVoting.moduleName, writes: [.results])
    }

    // MARK: Wording

    @Test(arguments: [
        (Language.fr, "4 participants sur 6 ont placé 18 gommettes sur 5 éléments\u{A0}; 3 retenus.",
         ["N’ont pas voté (2)\u{A0}: p5, p6.",
          "Les éléments à égalité au seuil sont tous retenus, soit 3 au lieu de 2\u{A0}: P1, P2, P3."]),
        (.nl, "4 van de 6 stemgerechtigden plaatsten 18 stippen op 5 items; 3 geselecteerd.",
         ["Niet gestemd (2): p5, p6.",
          "Items die gelijk eindigen op de grens worden allemaal geselecteerd, dus 3 in plaats van 2: P1, P2, P3."]),
        (.de, "4 von 6 Stimmberechtigten haben 18 Punkte auf 5 Einträge verteilt; 3 ausgewählt.",
         ["Nicht abgestimmt (2): p5, p6.",
          "Am Schnitt gleichauf liegende Einträge werden alle ausgewählt, also 3 statt 2: P1, P2, P3."]),
    ])
    func summaryAndNotesInEachLanguage(language: Language, summary: String, notes: [String]) throws {
        let result = try run(["select_top": .integer(2)], language: language)
        #expect(result.summary == summary)
        #expect(result.notes == notes)
    }

    @Test(arguments: [
        (Language.fr, "12 gommettes (dont 12 comptées sur papier) placées sur 5 éléments\u{A0}; 0 retenus.",
         "12 gommettes ont été comptées sur papier\u{A0}: on ne sait pas qui les a placées, le taux de participation n’est donc pas calculé."),
        (.nl, "12 stippen (waarvan 12 op papier geteld) geplaatst op 5 items; 0 geselecteerd.",
         "12 stippen werden op papier geteld: wie ze plaatste is niet bekend, dus de opkomst wordt niet berekend."),
        (.de, "12 Punkte (davon 12 auf Papier gezählt) auf 5 Einträge verteilt; 0 ausgewählt.",
         "12 Punkte wurden auf Papier gezählt: wer sie vergeben hat, ist unbekannt, daher wird die Beteiligung nicht berechnet."),
    ])
    func paperWordingInEachLanguage(language: Language, summary: String, note: String) throws {
        var workshop = try fixture()
        workshop.ballots = [Ballot(item: "P2", dots: 12, step: "vote")]
        let result = try run(language: language, workshop: workshop)
        #expect(result.summary == summary)
        #expect(result.notes == [note])
    }

    // MARK: Invariants

    @Test func sameInputGivesTheSameBytes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        #expect(try encoder.encode(run(["select_top": .integer(2)])) == encoder.encode(run(["select_top": .integer(2)])))
    }

    @Test func tallyCountsEveryDotPlacedAndRanksAreCompetitionRanks() async {
        await propertyCheck(
            input: Gen.int(in: 0...3).array(of: 6 * 5), Gen.int(in: 1...6), Gen.int(in: 1...4).optional
        ) { dots, budget, cap in
            let workshop = Self.randomVote(dots: dots, budget: budget, cap: cap)
            var parameters: [String: ParameterValue] = ["dots": .integer(budget)]
            if let cap { parameters["max_per_item"] = .integer(cap) }
            let request = try ManifestDefaults.request(Self.method, step: "vote", parameters: parameters, workshop: workshop)
            let result = try #require(try DotVoting().run(request).changes.results.first)
            #expect(result == (try DotVoting().run(request).changes.results.first))
            let cast = result.entries.reduce(0) { $0 + Int($1.value ?? 0) }
            let voters = Int(result.metrics["voters"] ?? -1)
            #expect(Double(cast) == result.metrics["dots_cast"])
            #expect(cast == workshop.ballots.reduce(0) { $0 + $1.dots })
            #expect(voters == Set(workshop.ballots.filter { $0.dots > 0 }.compactMap(\.participant)).count)
            for entry in result.entries {
                let placed = workshop.ballots.filter { $0.item == entry.item }.reduce(0) { $0 + $1.dots }
                #expect(entry.value == Double(placed), "\(entry.item)")
            }
            #expect(Set(result.entries.map(\.item)) == Set(workshop.items.map(\.id)))
            #expect(result.entries.count == workshop.items.count)
            for entry in result.entries {
                let better = result.entries.filter { ($0.value ?? 0) > (entry.value ?? 0) }.count
                let same = result.entries.filter { $0.value == entry.value }.count
                #expect(entry.rank == better + 1)
                #expect(entry.flags.contains("tie") == (same > 1))
            }
        }
    }

    @Test func aBallotOverTheBudgetOrCapIsAlwaysRefused() async {
        await propertyCheck(input: Gen.int(in: 0...4).array(of: 6 * 5), Gen.int(in: 1...8), Gen.int(in: 1...4)) {
            dots, budget, cap in
            var workshop = Self.randomVote(dots: dots, budget: .max, cap: nil)
            workshop.ballots = workshop.ballots.filter { $0.dots > 0 }
            let totals = Dictionary(grouping: workshop.ballots, by: { $0.participant ?? "" }).mapValues {
                $0.reduce(0) { $0 + $1.dots }
            }
            let overBudget = totals.values.contains { $0 > budget }
            let overCap = workshop.ballots.contains { $0.dots > cap }
            let request = try ManifestDefaults.request(
                Self.method, step: "vote", parameters: ["dots": .integer(budget), "max_per_item": .integer(cap)],
                workshop: workshop)
            do {
                _ = try DotVoting().run(request)
                #expect(!overBudget && !overCap)
            } catch let error as MethodError {
                #expect(overBudget || overCap, "\(error.message)")
                #expect(error.message.hasPrefix("participant 'p"))
            }
        }
    }

    /// Six participants and five proposals; `dots[participant * 5 + item]` is a ballot, trimmed so that
    /// nobody exceeds `budget` in all or `cap` on one item.
    static func randomVote(dots: [Int], budget: Int, cap: Int?) -> Workshop {
        let participants = (0..<6).map { Participant(id: "p\($0)", name: "Participant \($0)") }
        let items = (0..<5).map { Item(id: "P\($0)", text: "Proposition \($0)", kind: .proposal) }
        var ballots: [Ballot] = []
        for participant in 0..<6 {
            var left = budget
            for item in 0..<5 {
                let count = min(dots[participant * 5 + item], cap ?? .max, left)
                left -= count
                ballots.append(Ballot(participant: "p\(participant)", item: "P\(item)", dots: count, step: "vote"))
            }
        }
        return Workshop(info: WorkshopInfo(title: "Vote"), participants: participants, items: items, ballots: ballots)
    }

    // MARK: Nothing imported yet

    /// A vote whose step has no ballot (and no ballot without a step) says what to import, with the
    /// command, in the workshop's language; `--step` only when the step is on the agenda.
    @Test func aVoteWithoutBallotsSaysWhatToImport() throws {
        var workshop = try fixture()
        workshop.ballots.removeAll { $0.step == "vote" }
        #expect(methodErrorMessage { _ = try run(workshop: workshop) }
            == "no ballots for step 'vote' yet; import them first: atelier import ballots FILE")
        workshop.agenda = Agenda(days: [AgendaDay(number: 1, title: "Day 1", steps: [AgendaStep(id: "vote", title: "Vote", method: Self.method)])])
        #expect(methodErrorMessage { _ = try run(workshop: workshop) }
            == "no ballots for step 'vote' yet; import them first: atelier import ballots FILE --step vote")
        #expect(methodErrorMessage { _ = try run(language: .fr, workshop: workshop) }
            == "pas encore de bulletins pour l’étape 'vote'\u{A0}; importez-les d’abord\u{A0}: atelier import ballots FICHIER --step vote")
        workshop.ballots.append(Ballot(participant: nil, item: "P1", dots: 2))
        #expect(try run(workshop: workshop).entries.first?.item == "P1")
    }
}

