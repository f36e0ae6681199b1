import AtelierKit
import Foundation
import PrioritisationMatrixMethod
import PropertyBased
import Testing

/// The fixture `prioritisation-matrix-six-proposals` holds six proposals scored by three participants
/// in step `matrix` on impact and feasibility (1–5, weight 1):
///
/// | item | impact  | feasibility | mean impact | mean feasibility | weighted | quadrant      |
/// |------|---------|-------------|-------------|------------------|----------|---------------|
/// | P1   | 5, 4, 5 | 4, 4, 5     | 14/3        | 13/3             | 4.5      | quick-win     |
/// | P2   | 5, 5, 4 | 1, 2, 2     | 14/3        | 5/3              | 19/6     | major-project |
/// | P3   | 2, 1, 2 | 5, 4, 4     | 5/3         | 13/3             | 3        | fill-in       |
/// | P4   | 1, 5, 3 | 2, 2, 2     | 3           | 2                | 2.5      | major-project |
/// | P5   | 3, 3    | —           | 3           | —                | —        | —             |
/// | P6   | 3, 3, 3 | 3, 3, 3     | 3           | 3                | 3        | quick-win     |
///
/// plus one score of another step (P1 impact 1 in `earlier-matrix`) that must not count.
@Suite struct PrioritisationMatrixTests {
    static let method = "prioritisation-matrix"

    func run(
        _ parameters: [String: ParameterValue] = [:], step: String = "matrix", language: Language = .en,
        workshop: Workshop? = nil
    ) throws -> (result: StepResult, changes: ChangeSet) {
        let workshop = try workshop ?? FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        let request = try ManifestDefaults.request(
            Self.method, step: step, parameters: parameters, language: language, workshop: workshop)
        let output = try PrioritisationMatrix().run(request)
        let result = try #require(output.changes.results.first)
        #expect(output.summary == result.summary)
        return (result, output.changes)
    }

    func entry(_ result: StepResult, _ item: String) throws -> ResultEntry {
        try #require(result.entries.first { $0.item == item })
    }

    // MARK: Aggregation, weighting, quadrants, ranking

    /// With `groups_from`, a team's members speak with one voice: p2 and p3 form a team, p1 does not.
    @Test func aTeamsMembersCountAsOneRater() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.results.append(StepResult(step: "teams", method: "teams", summary: "", groups: [
            ParticipantGroup(name: "Team 1", members: ["p2", "p3"]),
        ]))
        let (result, _) = try run(["groups_from": .string("teams")], workshop: workshop)
        let p1 = try entry(result, "P1")
        // Impact: p1 gave 5, the team (4 + 5) / 2 = 4.5, so 4.75 rather than the three raters' 14/3.
        #expect(p1.values["impact"] == 4.75)
        #expect(p1.values["feasibility"] == 4.25)
        #expect(result.metrics["raters"] == 2)
        let p4 = try entry(result, "P4")
        #expect(p4.values["impact"] == 2.5)
        #expect(p4.flags.contains("disagreement"))
        #expect(methodErrorMessage { _ = try run(["groups_from": .string("matrix")], workshop: workshop) }
            == "parameter groups_from: step 'matrix' has no result yet; run that step first or check its id")
    }

    @Test func meansWeightedScoresAndQuadrantsOfTheFixture() throws {
        let (result, changes) = try run()
        #expect(result.step == "matrix")
        #expect(result.method == "prioritisation-matrix")
        #expect(result.entries.map(\.item) == ["P1", "P2", "P6", "P3", "P4", "P5"])
        #expect(result.entries.map(\.rank) == [1, 2, 3, 4, 5, 6])
        #expect(result.entries.map(\.group) == ["quick-win", "major-project", "quick-win", "fill-in", "major-project", nil])
        let expected: [(String, Double, Double, Double)] = [
            ("P1", 14.0 / 3, 13.0 / 3, 4.5), ("P2", 14.0 / 3, 5.0 / 3, 19.0 / 6), ("P3", 5.0 / 3, 13.0 / 3, 3),
            ("P4", 3, 2, 2.5), ("P6", 3, 3, 3),
        ]
        for (item, impact, feasibility, weighted) in expected {
            let line = try entry(result, item)
            #expect(close(line.values["impact"], impact), "\(item) impact")
            #expect(close(line.values["feasibility"], feasibility), "\(item) feasibility")
            #expect(close(line.value, weighted), "\(item) weighted")
            #expect(line.values.count == 2)
        }
        #expect(changes.criteria.isEmpty)
        #expect(changes.writtenParts == [.results])
    }

    @Test func metricsCountItemsScoresRatersAndQuadrants() throws {
        let (result, _) = try run()
        #expect(result.metrics == [
            "items": 6, "scored": 5, "missing": 1, "disagreements": 1, "raters": 3, "scores": 32,
            "quick-win": 2, "major-project": 2, "fill-in": 1, "thankless": 0,
        ])
    }

    @Test func medianDiffersFromMeanWhereTheFixtureIsSkewed() throws {
        let (result, _) = try run(["aggregate": .string("median")])
        #expect(result.entries.map(\.item) == ["P1", "P2", "P6", "P3", "P4", "P5"])
        let p1 = try entry(result, "P1")
        #expect(p1.values == ["impact": 5, "feasibility": 4])
        #expect(close(p1.value, 4.5))
        let p2 = try entry(result, "P2")
        #expect(p2.values == ["impact": 5, "feasibility": 2])
        #expect(close(p2.value, 3.5))
        #expect(try entry(result, "P3").values == ["impact": 2, "feasibility": 4])
    }

    @Test func medianOfAnEvenCountIsTheMeanOfTheTwoMiddleValues() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.append(Score(item: "P4", criterion: "impact", value: 4, participant: "f1", step: "matrix"))
        let (result, _) = try run(["aggregate": .string("median")], workshop: workshop)
        #expect(try entry(result, "P4").values["impact"] == 3.5)
    }

    @Test func aValueEqualToTheThresholdCountsAsHigh() throws {
        let (result, _) = try run()
        // P6 sits exactly on the midpoint 3 of both axes; P4 on it for impact.
        #expect(try entry(result, "P6").group == "quick-win")
        #expect(try entry(result, "P4").group == "major-project")
    }

    @Test func thresholdsMoveItemsBetweenQuadrants() throws {
        let (result, _) = try run(["first_threshold": .number(4.7), "second_threshold": .integer(2)])
        // Impact 14/3 ≈ 4.67 is now low; feasibility 2 is now high.
        #expect(try entry(result, "P1").group == "fill-in")
        #expect(try entry(result, "P2").group == "thankless")
        #expect(try entry(result, "P4").group == "fill-in")
        #expect(try entry(result, "P6").group == "fill-in")
        #expect(result.metrics["quick-win"] == 0)
        #expect(result.metrics["fill-in"] == 4)
    }

    @Test func tieOnWeightedScoreIsBrokenByTheFirstCriterionThenRecordedOrder() throws {
        // P6 and P3 both weigh 3: P6 has the higher impact and ranks first.
        let (result, _) = try run()
        #expect(try entry(result, "P6").rank == 3)
        #expect(try entry(result, "P3").rank == 4)
        // Two identical items rank in the order they were recorded.
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.items.insert(Item(id: "P0", text: "Même avis que P6", kind: .proposal), at: 0)
        for rater in ["p1", "p2", "p3"] {
            workshop.scores.append(Score(item: "P0", criterion: "impact", value: 3, participant: rater, step: "matrix"))
            workshop.scores.append(
                Score(item: "P0", criterion: "feasibility", value: 3, participant: rater, step: "matrix"))
        }
        let (again, _) = try run(workshop: workshop)
        #expect(again.entries.map(\.item) == ["P1", "P2", "P0", "P6", "P3", "P4", "P5"])
    }

    @Test func weightsComeFromTheWorkshopCriteria() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.criteria[1].weight = 3
        let (result, _) = try run(workshop: workshop)
        #expect(result.entries.map(\.item) == ["P1", "P3", "P6", "P2", "P4", "P5"])
        #expect(close(try entry(result, "P1").value, 1 + 41.0 / 12))
        #expect(close(try entry(result, "P3").value, 1 + 32.0 / 12))
        #expect(close(try entry(result, "P2").value, 1 + 17.0 / 12))
        #expect(close(try entry(result, "P4").value, 2.25))
    }

    @Test func aCriterionOfWeightZeroDoesNotCountInTheScore() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.criteria[1].weight = 0
        let (result, _) = try run(workshop: workshop)
        #expect(close(try entry(result, "P1").value, 14.0 / 3))
        #expect(close(try entry(result, "P3").value, 5.0 / 3))
    }

    @Test func lowerIsBetterCriteriaAreTurnedRound() throws {
        let workshop = Workshop(
            info: WorkshopInfo(title: "Coûts"),
            items: ["X", "Y", "Z", "W"].map { Item(id: $0, text: "Proposition \($0)", kind: .proposal) },
            criteria: [
                Criterion(id: "impact", name: "Impact"),
                Criterion(id: "cost", name: "Coût", direction: .lowerIsBetter),
            ],
            scores: [
                ("X", 5, 1), ("Y", 5, 5), ("Z", 1, 2), ("W", 1, 3),
            ].flatMap { item, impact, cost in
                [
                    Score(item: item, criterion: "impact", value: impact, group: "A", step: "matrix"),
                    Score(item: item, criterion: "cost", value: cost, group: "A", step: "matrix"),
                ]
            })
        let (result, _) = try run(["criteria": .list(["impact", "cost"])], workshop: workshop)
        #expect(result.entries.map(\.item) == ["X", "Y", "Z", "W"])
        #expect(result.entries.map(\.value) == [5, 3, 2.5, 2])
        #expect(result.entries.map(\.group) == ["quick-win", "major-project", "fill-in", "fill-in"])
        // Values are reported as given, not turned round.
        #expect(try entry(result, "X").values == ["impact": 5, "cost": 1])
    }

    @Test func theWeightedScoreIsExpressedOnTheFirstCriterionsScale() throws {
        let workshop = Workshop(
            info: WorkshopInfo(title: "Échelles"),
            items: [Item(id: "X", text: "X", kind: .proposal)],
            criteria: [
                Criterion(id: "impact", name: "Impact"),
                Criterion(id: "feasibility", name: "Feasibility", scaleMin: 0, scaleMax: 10),
            ],
            scores: [
                Score(item: "X", criterion: "impact", value: 3, participant: "p1"),
                Score(item: "X", criterion: "feasibility", value: 10, participant: "p1"),
            ])
        let (result, _) = try run(workshop: workshop)
        #expect(result.entries.first?.value == 4)
        #expect(result.entries.first?.group == "quick-win")
    }

    // MARK: Missing scores and disagreements

    @Test func missingScoresAreReportedAndRankedLastNeverAsZero() throws {
        let (result, _) = try run()
        let p5 = try entry(result, "P5")
        #expect(p5.rank == 6)
        #expect(p5.value == nil)
        #expect(p5.values == ["impact": 3])
        #expect(p5.group == nil)
        #expect(p5.flags == ["missing-scores"])
        #expect(result.notes.contains("P5 “Navette le samedi”: no score on Faisabilité; ranked after the fully scored items."))
    }

    @Test func incompleteItemsFollowInRecordedOrder() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.removeAll { $0.item == "P1" && $0.criterion == "feasibility" }
        let (result, _) = try run(workshop: workshop)
        #expect(result.entries.map(\.item) == ["P2", "P6", "P3", "P4", "P1", "P5"])
        #expect(try entry(result, "P1").group == nil)
        #expect(result.metrics["missing"] == 2)
    }

    @Test func disagreementIsFlaggedAboveTheThreshold() throws {
        let (result, _) = try run()
        #expect(try entry(result, "P4").flags == ["disagreement"])
        #expect(result.notes == [
            "P4 “Télétravail généralisé”: Impact ratings range from 1 to 5 across 3 raters; worth discussing.",
            "P5 “Navette le samedi”: no score on Faisabilité; ranked after the fully scored items.",
        ])
    }

    @Test(arguments: [(1.0, 0), (0.5, 1), (0.2, 4)])
    func disagreementThresholdDecidesWhichItemsAreFlagged(threshold: Double, flagged: Int) throws {
        let (result, _) = try run(["disagreement_threshold": .number(threshold)])
        #expect(result.metrics["disagreements"] == Double(flagged))
        #expect(result.entries.filter { $0.flags.contains("disagreement") }.count == flagged)
    }

    @Test func anItemWithBothFlagsListsThemInAFixedOrder() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.removeAll { $0.item == "P4" && $0.criterion == "feasibility" }
        let (result, _) = try run(workshop: workshop)
        #expect(try entry(result, "P4").flags == ["missing-scores", "disagreement"])
    }

    // MARK: Which scores and items count

    @Test func scoresOfOtherStepsDoNotCount() throws {
        let (result, _) = try run(step: "earlier-matrix")
        #expect(result.metrics["scores"] == 1)
        #expect(try entry(result, "P1").values == ["impact": 1])
        #expect(result.entries.allSatisfy { $0.flags == ["missing-scores"] })
    }

    @Test func scoresWithoutAStepCountWhenNoneCarriesThisStep() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        for index in workshop.scores.indices where workshop.scores[index].step == "matrix" {
            workshop.scores[index].step = nil
        }
        let (result, _) = try run(workshop: workshop)
        let (base, _) = try run()
        #expect(result.entries == base.entries)
    }

    @Test(arguments: [("all", 3.75, 4.0), ("participants", 14.0 / 3, 3.0)])
    func ratersChoosesWhoseScoresCount(raters: String, impact: Double, raterCount: Double) throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.append(Score(item: "P1", criterion: "impact", value: 1, group: "A", step: "matrix"))
        workshop.scores.append(Score(item: "P1", criterion: "feasibility", value: 1, group: "A", step: "matrix"))
        let (result, _) = try run(["raters": .string(raters)], workshop: workshop)
        #expect(close(try entry(result, "P1").values["impact"], impact))
        #expect(result.metrics["raters"] == raterCount)
    }

    @Test func ratersGroupsKeepsOnlyTableScores() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.append(Score(item: "P1", criterion: "impact", value: 2, group: "A", step: "matrix"))
        workshop.scores.append(Score(item: "P1", criterion: "feasibility", value: 1, group: "A", step: "matrix"))
        let (result, _) = try run(["raters": .string("groups")], workshop: workshop)
        #expect(result.entries.first?.item == "P1")
        #expect(close(result.entries.first?.value, 1.5))
        #expect(result.metrics["raters"] == 1)
        #expect(result.metrics["missing"] == 5)
    }

    @Test func kindsChoosesTheItems() throws {
        let (result, _) = try run(["kinds": .list(["challenge", "idea"])])
        #expect(result.entries.map(\.item) == ["C1", "I1"])
        #expect(result.entries.allSatisfy { $0.flags == ["missing-scores"] })
    }

    @Test func duplicatesMergedIntoAnotherItemAreNotScored() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.items.append(Item(id: "P7", text: "Guichet en ligne", kind: .proposal, duplicateOf: "P1"))
        let (result, _) = try run(workshop: workshop)
        #expect(!result.entries.contains { $0.item == "P7" })
    }

    @Test func itemsFromTakesTheItemsOfAnEarlierStepWhateverTheirKind() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.results.append(
            StepResult(
                step: "shortlist", method: "dot-voting", summary: "",
                entries: [ResultEntry(item: "P3", rank: 1), ResultEntry(item: "C1", rank: 2), ResultEntry(item: "P6", rank: 3)]))
        let (result, _) = try run(["items_from": .string("shortlist"), "kinds": .list(["vision"])], workshop: workshop)
        #expect(result.entries.map(\.item) == ["P6", "P3", "C1"])
    }

    // MARK: Criteria the workshop lacks

    @Test func aMissingCriterionIsCreatedAndEveryItemLacksItsScores() throws {
        let (result, changes) = try run(["criteria": .list(["impact", "effort", "clarity"])], language: .de)
        #expect(changes.criteria.upsert == [
            Criterion(id: "effort", name: "Aufwand", direction: .lowerIsBetter),
            Criterion(id: "clarity", name: "clarity", direction: .higherIsBetter),
        ])
        #expect(changes.writtenParts == [.criteria, .results])
        #expect(result.entries.map(\.item) == ["P1", "P2", "P3", "P4", "P5", "P6"])
        #expect(result.entries.allSatisfy { $0.flags.contains("missing-scores") && $0.group == nil && $0.value == nil })
        #expect(result.notes.prefix(2) == [
            "Kriterium „Aufwand“ (effort) fehlte: angelegt auf einer Skala von 1 bis 5, Gewicht 1, niedriger ist besser.",
            "Kriterium „clarity“ (clarity) fehlte: angelegt auf einer Skala von 1 bis 5, Gewicht 1, höher ist besser.",
        ])
    }

    @Test(arguments: [
        ("impact", Language.fr, "Impact", Criterion.Direction.higherIsBetter),
        ("feasibility", .nl, "Haalbaarheid", .higherIsBetter), ("urgency", .de, "Dringlichkeit", .higherIsBetter),
        ("cost", .fr, "Coût", .lowerIsBetter), ("risk", .en, "Risk", .lowerIsBetter),
    ])
    func knownCriteriaAreCreatedWithTheirNameAndDirection(
        id: String, language: Language, name: String, direction: Criterion.Direction
    ) throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.criteria = []
        let (_, changes) = try run(["criteria": .list(["clarity", id])], language: language, workshop: workshop)
        #expect(changes.criteria.upsert.last == Criterion(id: id, name: name, direction: direction))
    }

    @Test func manifestDeclaresTheModuleItsPartsAndFourLanguages() throws {
        #expect(PrioritisationMatrix.moduleName == "PrioritisationMatrix")
        try ManifestDefaults.expectWellFormed(Self.method, module: PrioritisationMatrix.moduleName, writes: [.criteria, .results])
    }

    // MARK: Wording

    @Test func summaryInEachLanguage() throws {
        let expected: [Language: String] = [
            .en: "Ranked 6 items on Impact, Faisabilité — quick wins 2, major projects 2, fill-ins 1, thankless tasks 0; "
                + "missing scores 1; disagreements 1.",
            .fr: "6 éléments classés selon Impact, Faisabilité — gains rapides 2, projets majeurs 2, compléments 1, "
                + "tâches ingrates 0\u{A0}; scores manquants 1\u{A0}; désaccords 1.",
            .nl: "6 items gerangschikt op Impact, Faisabilité — snelle winsten 2, grote projecten 2, opvullers 1, "
                + "ondankbare taken 0; ontbrekende scores 1; onenigheid 1.",
            .de: "6 Einträge nach Impact, Faisabilité geordnet — schnelle Erfolge 2, Großprojekte 2, Lückenfüller 1, "
                + "undankbare Aufgaben 0; fehlende Bewertungen 1; Uneinigkeit 1.",
        ]
        for (language, summary) in expected {
            #expect(try run(language: language).result.summary == summary)
        }
    }

    @Test func notesInFrenchUseGuillemetsAndDecimalCommas() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.append(Score(item: "P4", criterion: "feasibility", value: 4.5, participant: "f1", step: "matrix"))
        let (result, _) = try run(language: .fr, workshop: workshop)
        #expect(result.notes == [
            "P4 «\u{A0}Télétravail généralisé\u{A0}»\u{A0}: les scores Impact vont de 1 à 5 entre 3 évaluateurs\u{A0}; à discuter.",
            "P4 «\u{A0}Télétravail généralisé\u{A0}»\u{A0}: les scores Faisabilité vont de 2 à 4,5 entre 4 évaluateurs\u{A0}; à discuter.",
            "P5 «\u{A0}Navette le samedi\u{A0}»\u{A0}: aucun score pour Faisabilité\u{A0}; classé après les éléments entièrement notés.",
        ])
    }

    @Test func longItemTextsAreShortenedInNotes() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.items[6].text = String(repeating: "Navette 🚌 ", count: 12)
        let (result, _) = try run(workshop: workshop)
        let note = try #require(result.notes.last)
        #expect(note.hasPrefix("P5 “Navette 🚌 Navette 🚌 Navette 🚌 Navette 🚌 Navette 🚌 Navette 🚌…”: no score"))
    }

    // MARK: Refusals

    @Test(arguments: [
        (["kinds": ParameterValue.list(["proposals"])],
         "parameter kinds: 'proposals' is not an item kind; use vision, strength, weakness, opportunity, threat, challenge, idea, proposal"),
        (["kinds": .list([])], "parameter kinds is empty: name the kinds of item to score, for example [proposal]"),
        (["kinds": .list(["vision"])],
         "no item to score: the workshop has no item of kind vision; add or import them, or change the parameter kinds"),
        (["criteria": .list(["impact"])],
         "parameter criteria lists 1 criterion; the matrix needs at least two (its axes), for example [impact, feasibility]"),
        (["criteria": .list(["impact", "impact"])], "parameter criteria names 'impact' twice; list each criterion once"),
        (["criteria": .list(["impact", ""])], "parameter criteria contains an empty criterion id"),
        (["aggregate": .string("mode")], "parameter aggregate: 'mode' is not one of mean, median"),
        (["raters": .string("tables")], "parameter raters: 'tables' is not one of all, participants, groups"),
        (["first_threshold": .integer(6)], "parameter first_threshold: 6 lies outside the scale of criterion 'impact' (1–5)"),
        (["second_threshold": .number(0.5)],
         "parameter second_threshold: 0.5 lies outside the scale of criterion 'feasibility' (1–5)"),
        (["items_from": .string("nowhere")],
         "parameter items_from: step 'nowhere' has no result yet; run that step first or check its id"),
    ])
    func badParametersAreRefused(parameters: [String: ParameterValue], message: String) throws {
        #expect(methodErrorMessage { _ = try run(parameters) } == message)
    }

    @Test func itemsFromRefusesAResultNamingARemovedItemOrNoItem() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.results = [
            StepResult(step: "gone", method: "dot-voting", summary: "", entries: [ResultEntry(item: "P99", rank: 1)]),
            StepResult(step: "empty", method: "dot-voting", summary: ""),
        ]
        #expect(methodErrorMessage { _ = try run(["items_from": .string("gone")], workshop: workshop) }
            == "the result of step 'gone' lists item 'P99', which is no longer in the workshop; "
            + "run step 'gone' again")
        #expect(methodErrorMessage { _ = try run(["items_from": .string("empty")], workshop: workshop) }
            == "parameter items_from: the result of step 'empty' lists no item to score")
    }

    @Test(arguments: [
        (Score(item: "P2", criterion: "impact", value: 6, participant: "f1", step: "matrix"),
         "participant 'f1' gave item 'P2' the score 6 on criterion 'impact', outside its scale 1–5; correct the score and run the step again"),
        (Score(item: "P3", criterion: "feasibility", value: 0, group: "B", step: "matrix"),
         "group 'B' gave item 'P3' the score 0 on criterion 'feasibility', outside its scale 1–5; correct the score and run the step again"),
        (Score(item: "P6", criterion: "impact", value: 5.5, step: "matrix"),
         "the plenary gave item 'P6' the score 5.5 on criterion 'impact', outside its scale 1–5; correct the score and run the step again"),
        (Score(item: "P3", criterion: "impact", value: 4, participant: "p1", step: "matrix"),
         "participant 'p1' scored item 'P3' on criterion 'impact' twice in this step (2 and 4); keep one of the two scores"),
    ])
    func badScoresAreRefusedNamingItemCriterionAndRater(score: Score, message: String) throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.append(score)
        #expect(methodErrorMessage { _ = try run(workshop: workshop) } == message)
    }

    @Test func scoresOutsideTheScoredItemsAreNotChecked() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.append(Score(item: "C1", criterion: "impact", value: 9, participant: "p1", step: "matrix"))
        #expect(try run(workshop: workshop).result.metrics["scores"] == 32)
    }

    @Test func criteriaWithAnEmptyScaleOrBadWeightsAreRefused() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.criteria[0].scaleMin = 5
        #expect(methodErrorMessage { _ = try run(workshop: workshop) }
            == "criterion 'impact' has the scale 5–5; its highest value must be above its lowest")
        workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.criteria[1].weight = -1
        #expect(methodErrorMessage { _ = try run(workshop: workshop) }
            == "criterion 'feasibility' has the weight -1; weights must be zero or more")
        workshop.criteria[0].weight = 0
        workshop.criteria[1].weight = 0
        #expect(methodErrorMessage { _ = try run(workshop: workshop) }
            == "every criterion of the matrix (impact, feasibility) has weight 0; give at least one a positive weight")
    }

    // MARK: Determinism and invariants

    @Test func sameInputGivesTheSameBytes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let first = try encoder.encode(run().changes)
        let second = try encoder.encode(run().changes)
        #expect(first == second)
    }

    @Test func weightedScoresStayOnTheScaleAndRankingIsAPermutation() async {
        await propertyCheck(
            input: Gen.int(in: 0...5).array(of: 48), Gen.int(in: 0...3).array(of: 3), Gen.bool.array(of: 3),
            Gen.int(in: -2...2)
        ) { values, weights, lowerIsBetter, offset in
            let workshop = Self.randomWorkshop(values: values, weights: weights, lowerIsBetter: lowerIsBetter, offset: offset)
            guard workshop.criteria.contains(where: { $0.weight > 0 }) else { return }
            let request = try ManifestDefaults.request(
                Self.method, step: "matrix", parameters: ["criteria": .list(["a", "b", "c"])], workshop: workshop)
            let result = try #require(try PrioritisationMatrix().run(request).changes.results.first)
            let again = try #require(try PrioritisationMatrix().run(request).changes.results.first)
            #expect(result == again)
            #expect(result.entries.map(\.rank) == Array(1...workshop.items.count))
            #expect(Set(result.entries.map(\.item)) == Set(workshop.items.map(\.id)))
            let first = workshop.criteria[0]
            for entry in result.entries {
                if let value = entry.value {
                    #expect(value >= first.scaleMin - 1e-9 && value <= first.scaleMax + 1e-9)
                }
                for criterion in workshop.criteria {
                    if let aggregate = entry.values[criterion.id] { #expect(criterion.accepts(aggregate)) }
                }
            }
            let complete = result.entries.filter { $0.value != nil }
            #expect(result.entries.prefix(complete.count).allSatisfy { $0.value != nil })
            #expect(zip(complete, complete.dropFirst()).allSatisfy { $0.value! >= $1.value! - 1e-9 })
        }
    }

    /// Four items, four raters, three criteria `a`, `b`, `c` on the scale `offset…offset + 4`;
    /// a value of 0 in `values` stands for a missing score.
    /// In a room of twenty raters, one or two outliers do not make a disagreement; a room split into
    /// two camps does. The spread is the middle half of the values from six raters on.
    @Test func disagreementInALargeRoomIsMeasuredOnTheMiddleHalf() throws {
        let criteria = [Criterion(id: "impact", name: "Impact"), Criterion(id: "feasibility", name: "Feasibility")]
        let items = [Item(id: "P1", text: "Outliers", kind: .proposal), Item(id: "P2", text: "Two camps", kind: .proposal)]
        let outliers: [Double] = [1, 5] + Array(repeating: 4, count: 18)
        let camps: [Double] = Array(repeating: 1, count: 10) + Array(repeating: 5, count: 10)
        var scores: [Score] = []
        for (item, impacts) in [("P1", outliers), ("P2", camps)] {
            for (rater, value) in impacts.enumerated() {
                scores.append(Score(item: item, criterion: "impact", value: value, participant: "p\(rater)", step: "matrix"))
                scores.append(Score(item: item, criterion: "feasibility", value: 3, participant: "p\(rater)", step: "matrix"))
            }
        }
        let workshop = Workshop(info: WorkshopInfo(title: "Salle"), items: items, criteria: criteria, scores: scores)
        let (result, _) = try run(workshop: workshop)
        #expect(try entry(result, "P1").flags.isEmpty, "one rater at 1 and one at 5 among twenty")
        #expect(try entry(result, "P2").flags == ["disagreement"])
        #expect(result.notes.contains("P2 “Two camps”: the middle half of 20 raters' Impact ratings spans 1 to 5; worth discussing."),
                "\(result.notes)")
    }

    static func randomWorkshop(values: [Int], weights: [Int], lowerIsBetter: [Bool], offset: Int) -> Workshop {
        let criteria = ["a", "b", "c"].enumerated().map { index, id in
            Criterion(
                id: id, name: id.uppercased(), scaleMin: Double(offset), scaleMax: Double(offset + 4),
                weight: Double(weights[index]), direction: lowerIsBetter[index] ? .lowerIsBetter : .higherIsBetter)
        }
        let items = (1...4).map { Item(id: "P\($0)", text: "Proposition \($0)", kind: .proposal) }
        var scores: [Score] = []
        for (index, value) in values.enumerated() where value > 0 {
            let item = items[index / 12], criterion = criteria[(index / 4) % 3], rater = "p\(index % 4)"
            scores.append(
                Score(item: item.id, criterion: criterion.id, value: Double(offset + value - 1), participant: rater, step: "matrix"))
        }
        return Workshop(info: WorkshopInfo(title: "Aléatoire"), items: items, criteria: criteria, scores: scores)
    }

    // MARK: Nothing imported yet

    /// A matrix whose step has no score (and no score without a step) says what to import, with the
    /// command, in the workshop's language.
    @Test func aMatrixWithoutScoresSaysWhatToImport() throws {
        var workshop = try FixtureWorkshop.load("prioritisation-matrix-six-proposals")
        workshop.scores.removeAll { $0.step == "matrix" || $0.step == nil }
        workshop.agenda = Agenda(days: [AgendaDay(number: 1, title: "Day 1", steps: [AgendaStep(id: "matrix", title: "Matrix", method: Self.method)])])
        #expect(methodErrorMessage { _ = try run(workshop: workshop) }
            == "no scores for step 'matrix' yet; import them first: atelier import scores FILE --step matrix")
        #expect(methodErrorMessage { _ = try run(language: .de, workshop: workshop) }
            == "noch keine Bewertungen für Schritt 'matrix'; zuerst importieren: atelier import scores DATEI --step matrix")
    }
}

