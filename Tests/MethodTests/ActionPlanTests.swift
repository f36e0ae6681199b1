import ActionPlanMethod
import AtelierKit
import Foundation
import PropertyBased
import Testing

/// The fixture `action-plan-four-selected` holds a dot vote (step `vote`) that selected P1 (rank 1,
/// 7 dots), P4 and P2 (tied at rank 2, 5 dots each) and P3 (rank 4, 3 dots), and a matrix (step
/// `matrix`) that scored P2 4.0, P1 3.5, P3 3.25, P4 2.5 and P5 2.0. P1 builds on idea I2, which builds
/// on I1, which addresses challenge C1; P4 addresses C2; P6 is a duplicate of P1.
@Suite struct ActionPlanTests {
    static let method = "action-plan"

    func run(
        _ parameters: [String: ParameterValue] = [:], language: Language = .en, workshop: Workshop? = nil
    ) throws -> MethodResult {
        let workshop = try workshop ?? FixtureWorkshop.load("action-plan-four-selected")
        let request = try ManifestDefaults.request(
            Self.method, step: "plan", parameters: parameters, language: language, workshop: workshop)
        let output = try ActionPlan().run(request)
        #expect(output.changes.writtenParts.isSubset(of: [.actions, .results]))
        return output
    }

    func actions(_ parameters: [String: ParameterValue] = [:], workshop: Workshop? = nil) throws -> [Action] {
        try run(parameters, workshop: workshop).changes.actions.upsert
    }

    func refusal(_ parameters: [String: ParameterValue], workshop: Workshop? = nil) -> String? {
        methodErrorMessage { _ = try run(parameters, workshop: workshop) }
    }

    /// The fixture with the actions of a first run applied, as the host would.
    /// The workshop as the first run leaves it: its actions and its result.
    func afterFirstRun(_ parameters: [String: ParameterValue] = [:]) throws -> Workshop {
        var workshop = try FixtureWorkshop.load("action-plan-four-selected")
        let changes = try run(parameters).changes
        workshop.actions = changes.actions.upsert
        workshop.results += changes.results
        return workshop
    }

    // MARK: Drafting

    @Test func oneActionPerSelectedProposalInPriorityOrder() throws {
        let output = try run()
        #expect(output.changes.actions.upsert == [
            Action(
                id: "A01", title: "Guichet unique avec rendez-vous par SMS",
                problem: "Les usagers attendent trop longtemps au guichet", carrier: .administration, rank: 1,
                status: .notStarted, sources: ["P1", "I2", "I1", "C1", "P6"], dots: 7, score: 3.5),
            Action(
                id: "A02", title: "Portail « Mon dossier » 🚀", carrier: .administration, rank: 2, sources: ["P2"],
                dots: 5, score: 4),
            Action(
                id: "A03", title: "Formulaires en langage clair", problem: "Les formulaires sont incompréhensibles",
                carrier: .administration, rank: 3, sources: ["P4", "C2"], dots: 5, score: 2.5),
            Action(
                id: "A04", title: "Plan vélo : - parkings sécurisés - 2) itinéraires balisés • location à la gare",
                carrier: .administration, rank: 4, sources: ["P3"], dots: 3, score: 3.25),
        ])
        #expect(output.changes.actions.remove.isEmpty)
        #expect(output.summary == "4 actions from the proposals selected in step vote: 4 new, 0 updated, 0 unchanged.")
    }

    @Test func aVoteTieIsBrokenByTheMatrixScoreThenRecordedOrder() throws {
        // P4 and P2 tie in the vote; P2 scored higher in the matrix.
        #expect(try actions().map(\.sources.first) == ["P1", "P2", "P4", "P3"])
        // Without the matrix, the order the proposals were recorded in decides: P2 before P4.
        var workshop = try FixtureWorkshop.load("action-plan-four-selected")
        workshop.results.removeAll { $0.method == "prioritisation-matrix" }
        #expect(try actions(workshop: workshop).map(\.sources.first) == ["P1", "P2", "P4", "P3"])
        #expect(try actions(workshop: workshop).allSatisfy { $0.score == nil })
        workshop.items.swapAt(5, 7)
        #expect(try actions(workshop: workshop).map(\.sources.first) == ["P1", "P4", "P2", "P3"])
    }

    // MARK: Where the proposals come from

    @Test func sourceMatrixNeedsTop() throws {
        #expect(refusal(["source": .string("matrix")])
            == "the result of step 'matrix' (prioritisation-matrix) selects no proposal; select some in that step "
            + "(select_top or select_threshold of a vote) or give the parameter top")
    }

    @Test func sourceMatrixWithTopTakesTheLeadingEntriesAndStillRanksByVoteFirst() throws {
        let planned = try actions(["source": .string("matrix"), "top": .integer(2)])
        #expect(planned.map(\.sources.first) == ["P1", "P2"])
        #expect(planned.map(\.dots) == [7, 5])
        var workshop = try FixtureWorkshop.load("action-plan-four-selected")
        workshop.results.removeAll { $0.method == "dot-voting" }
        let byScore = try actions(["source": .string("matrix"), "top": .integer(3)], workshop: workshop)
        #expect(byScore.map(\.sources.first) == ["P2", "P1", "P3"])
        #expect(byScore.map(\.score) == [4, 3.5, 3.25])
        #expect(byScore.allSatisfy { $0.dots == nil })
    }

    @Test func topOverridesTheSelectedFlags() throws {
        #expect(try actions(["top": .integer(2)]).map(\.sources.first) == ["P1", "P2", "P4"])
        #expect(try actions(["top": .integer(1)]).map(\.sources.first) == ["P1"])
        #expect(refusal(["top": .integer(0)]) == "parameter top is 0; keep at least one proposal")
    }

    @Test func fromStepNamesTheSourceResult() throws {
        #expect(try actions(["from_step": .string("matrix"), "top": .integer(1)]).map(\.sources.first) == ["P2"])
        #expect(refusal(["from_step": .string("nowhere")])
            == "parameter from_step: step 'nowhere' has no result yet; run that step first or check its id")
    }

    @Test func withoutAnyVoteTheSourceIsMissing() throws {
        var workshop = try FixtureWorkshop.load("action-plan-four-selected")
        workshop.results.removeAll { $0.method == "dot-voting" }
        #expect(refusal([:], workshop: workshop)
            == "no dot-voting result yet: run that step first, or name the step to draw the actions from with from_step")
        workshop.results = []
        #expect(refusal(["source": .string("matrix"), "top": .integer(1)], workshop: workshop)
            == "no prioritisation-matrix result yet: run that step first, or name the step to draw the actions from with from_step")
        #expect(refusal(["source": .string("poll")], workshop: workshop)
            == "parameter source: 'poll' is not one of vote, matrix")
    }

    @Test func aSourceNamingARemovedItemIsRefused() throws {
        var workshop = try FixtureWorkshop.load("action-plan-four-selected")
        workshop.items.removeAll { $0.id == "P3" }
        #expect(refusal([:], workshop: workshop)
            == "the result of step 'vote' lists item 'P3', which is no longer in the workshop; run step 'vote' again")
    }

    // MARK: Carrier, owner, partners, horizon

    @Test(arguments: [
        ("government", Carrier.government), ("le prochain gouvernement", .government),
        ("Région wallonne", .other("Région wallonne")), ("Administratie", .administration),
    ])
    func carrierSetsEveryActionsCarrier(text: String, carrier: Carrier) throws {
        #expect(try actions(["carrier": .string(text)]).allSatisfy { $0.carrier == carrier })
    }

    @Test func carriersMapProposalsAndCategoriesAndAProposalWins() throws {
        let planned = try actions(["carriers": .list(["digital=government", "P4 = Région wallonne"])])
        #expect(planned.map(\.carrier) == [.administration, .government, .other("Région wallonne"), .administration])
    }

    @Test func ownersPartnersAndHorizonsFollowTheSameRule() throws {
        let planned = try actions([
            "owner": .string(" Service mobilité "), "owners": .list(["digital=DG Numérique"]),
            "partners": .list(["P1=TEC; communes ; ", "digital=BOSA"]),
            "horizon": .string("2027"), "horizons": .list(["P3=2026-06", "digital=2026-12-31"]),
        ])
        #expect(planned.map(\.owner) == ["Service mobilité", "DG Numérique", "DG Numérique", "Service mobilité"])
        #expect(planned.map(\.partners) == [["TEC", "communes"], ["BOSA"], ["BOSA"], []])
        #expect(planned.map(\.horizon) == [Horizon("2027"), Horizon("2026-12-31"), Horizon("2026-12-31"), Horizon("2026-06")])
    }

    static let badAssignments: [([String: ParameterValue], String)] = [
        (["carrier": .string("  ")],
         "parameter carrier is empty: every action needs a carrier — administration, government or the name of another body"),
        (["carriers": .list(["digital"])],
         "parameter carriers: 'digital' is not of the form KEY=value (a proposal or category id, then =)"),
        (["owners": .list(["=DG Numérique"])], "parameter owners: '=DG Numérique' has no key before ="),
        (["partners": .list(["culture=Musées"])],
         "parameter partners: 'culture' in 'culture=Musées' is neither an item nor a category of the workshop"),
        (["horizons": .list(["P4=2027", "P4=2028"])], "parameter horizons sets 'P4' twice"),
        (["carriers": .list(["P4= "])],
         "parameter carriers gives 'P4' no carrier; name the administration, the government or another body after the ="),
        (["horizon": .string("2027-13")],
         "parameter horizon: '2027-13' is not a horizon; write a year, a month or a day (2027, 2027-06, 2027-06-30)"),
        (["horizons": .list(["P3=bientôt"])],
         "parameter horizons, 'P3': 'bientôt' is not a horizon; write a year, a month or a day (2027, 2027-06, 2027-06-30)"),
    ]

    @Test(arguments: badAssignments)
    func badAssignmentsAreRefused(parameters: [String: ParameterValue], message: String) {
        #expect(refusal(parameters) == message)
    }

    // MARK: Merge and split

    @Test func mergeMakesOneActionOfSeveralProposals() throws {
        let planned = try actions(["merge": .list(["P4 + P2"])])
        #expect(planned.count == 3)
        #expect(planned[1] == Action(
            id: "A02", title: "Formulaires en langage clair",
            description: "P4: Formulaires en langage clair\nP2: Portail « Mon dossier » 🚀",
            problem: "Les formulaires sont incompréhensibles", carrier: .administration, rank: 2,
            sources: ["P4", "P2", "C2"], dots: 10, score: 4))
        #expect(planned.map(\.sources.first) == ["P1", "P4", "P3"])
    }

    @Test func splitMakesOneActionPerListItem() throws {
        let planned = try actions(["split": .list(["P3"])])
        #expect(planned.map(\.id) == ["A01", "A02", "A03", "A04", "A05", "A06"])
        #expect(planned.suffix(3).map(\.title) == ["parkings sécurisés", "itinéraires balisés", "location à la gare"])
        #expect(planned.suffix(3).map(\.rank) == [4, 5, 6])
        #expect(planned.suffix(3).allSatisfy {
            $0.sources == ["P3"] && $0.dots == 3 && $0.score == 3.25
                && $0.description == "Plan vélo : - parkings sécurisés - 2) itinéraires balisés • location à la gare"
        })
    }

    @Test func splitWithoutAListTakesEveryLine() throws {
        let planned = try actions(["split": .list(["P1"])])
        #expect(planned.prefix(2).map(\.title) == ["Guichet unique", "avec rendez-vous par SMS"])
    }

    static let badMergesAndSplits: [([String: ParameterValue], String)] = [
        (["merge": .list(["P4"])],
         "parameter merge: 'P4' does not name two proposals or more; write them joined by +, for example P3+P7"),
        (["merge": .list(["P4+"])],
         "parameter merge: 'P4+' does not name two proposals or more; write them joined by +, for example P3+P7"),
        (["merge": .list(["P4+P2", "P2+P1"])], "parameter merge names proposal 'P2' twice; a proposal joins one action only"),
        (["merge": .list(["P4+P5"])],
         "proposal 'P5' is not among those selected in step 'vote' (P1, P4, P2, P3); check the parameters merge and split"),
        (["split": .list(["P2"])],
         "parameter split: proposal 'P2' has one part only; write each part on its own line, or as a list, to split it into several actions"),
        (["split": .list(["P3", "P3"])], "parameter split names proposal 'P3' twice"),
        (["split": .list(["P3"]), "merge": .list(["P3+P2"])], "proposal 'P3' is both merged and split; choose one of the two"),
        (["split": .list(["P6"])],
         "proposal 'P6' is not among those selected in step 'vote' (P1, P4, P2, P3); check the parameters merge and split"),
    ]

    @Test(arguments: badMergesAndSplits)
    func badMergesAndSplitsAreRefused(parameters: [String: ParameterValue], message: String) {
        #expect(refusal(parameters) == message)
    }

    @Test func anActionWithoutATitleIsRefused() throws {
        var workshop = try FixtureWorkshop.load("action-plan-four-selected")
        workshop.items[5].text = "  \n\t "
        #expect(refusal([:], workshop: workshop)
            == "proposal 'P2' has no text, so its action would have no title; write the proposal's text and run the step again")
    }

    // MARK: Running again

    @Test func runningAgainWithNothingNewChangesNothing() throws {
        let workshop = try afterFirstRun()
        let output = try run(workshop: workshop)
        #expect(output.changes.actions.isEmpty)
        #expect(output.changes.results.map(\.entries) == [workshop.result(forStep: "plan")?.entries ?? []],
                "the same proposals become the same actions")
        #expect(output.summary == "4 actions from the proposals selected in step vote: 0 new, 0 updated, 4 unchanged.")
    }

    /// The result remembers which proposal became which action: after the facilitator relinks an
    /// action to another proposal, running the plan again makes no action of the proposal let go.
    @Test func aProposalTheFacilitatorLetGoIsNotDraftedAgain() throws {
        var workshop = try afterFirstRun()
        let result = try #require(workshop.result(forStep: "plan"))
        #expect(result.entries.map(\.group) == ["A01", "A02", "A03", "A04"])
        let first = try #require(workshop.actions.firstIndex { $0.id == "A01" })
        let letGo = result.entries[0].item
        workshop.actions[first].sources = ["P5"]
        let output = try run(workshop: workshop)
        #expect(!output.changes.actions.upsert.contains { $0.sources.first == letGo }, "no action made again of \(letGo)")
        #expect(output.changes.actions.upsert.map(\.id).allSatisfy { $0 != "A05" }, "no new action")
        let again = try #require(output.changes.results.first)
        #expect(again.metrics["declined"] == 1)
        #expect(again.notes == ["\(letGo) is not drafted again: the facilitator relinked or removed A01, drafted from it in the last run."])
        let ranks = (output.changes.actions.upsert + workshop.actions.filter { action in
            !output.changes.actions.upsert.contains { $0.id == action.id }
        }).compactMap(\.rank).sorted()
        #expect(ranks == Array(1...ranks.count), "ranks stay 1 to n")
    }

    @Test func runningAgainKeepsWhatTheFacilitatorWroteAndRefreshesRanksAndProvenance() throws {
        var workshop = try afterFirstRun()
        workshop.actions[0].title = "Guichet unique — phase 1"
        workshop.actions[0].owner = "DG Accueil"
        workshop.actions[0].carrier = .government
        workshop.actions[0].status = .limited
        workshop.actions[0].budget = "40 k€"
        workshop.actions[0].milestones = [Milestone(title: "Cahier des charges", due: Horizon("2026-09"))]
        let vote = try #require(workshop.results.firstIndex { $0.step == "vote" })
        workshop.results[vote].entries = [
            ResultEntry(item: "P3", rank: 1, value: 9, flags: ["selected"]),
            ResultEntry(item: "P1", rank: 2, value: 7, flags: ["selected"]),
            ResultEntry(item: "P2", rank: 3, value: 5, flags: ["selected"]),
            ResultEntry(item: "P4", rank: 4, value: 2, flags: ["selected"]),
        ]
        let output = try run(["owner": .string("Secrétariat général")], workshop: workshop)
        let planned = output.changes.actions.upsert
        #expect(planned.map(\.id) == ["A04", "A01", "A02", "A03"])
        #expect(planned.map(\.rank) == [1, 2, 3, 4])
        #expect(planned[0].dots == 9)
        var edited = workshop.actions[0]
        edited.rank = 2
        #expect(planned[1] == edited)
        // A blank owner is filled; a written one is kept.
        #expect(planned.map(\.owner) == ["Secrétariat général", "DG Accueil", "Secrétariat général", "Secrétariat général"])
        #expect(output.summary == "4 actions from the proposals selected in step vote: 0 new, 4 updated, 0 unchanged.")
    }

    @Test func newActionsAreNumberedAfterTheHighestExistingNumber() throws {
        var workshop = try FixtureWorkshop.load("action-plan-four-selected")
        workshop.actions = [
            Action(id: "A09", title: "Bornes de recharge", carrier: .government, sources: ["P5"]),
            Action(id: "A10", title: "Réunion de suivi", carrier: .administration),
            Action(id: "X-99", title: "Autre", carrier: .administration),
            Action(id: "A1234567", title: "Numéro d’un autre registre", carrier: .administration),
        ]
        let output = try run(workshop: workshop)
        #expect(output.changes.actions.upsert.map(\.id) == ["A11", "A12", "A13", "A14"])
        #expect(output.summary
            == "4 actions from the proposals selected in step vote: 4 new, 0 updated, 0 unchanged. Kept, ranked after them, "
            + "no longer from a selected proposal: A09.")
    }

    @Test func mergingAfterAFirstRunContinuesTheFirstProposalsAction() throws {
        let output = try run(["merge": .list(["P4+P2"])], workshop: afterFirstRun())
        let planned = output.changes.actions.upsert
        // A02, from P2 now merged into A03, is kept and ranked after the drafted actions.
        #expect(planned.map(\.id) == ["A03", "A04", "A02"])
        #expect(planned[2].rank == 4)
        #expect(planned[0].title == "Formulaires en langage clair")
        #expect(planned[0].sources == ["P4", "P2", "C2"])
        #expect(planned[0].description == "P4: Formulaires en langage clair\nP2: Portail « Mon dossier » 🚀")
        #expect(planned[0].rank == 2)
        #expect(planned[1].rank == 3)
        #expect(output.summary
            == "3 actions from the proposals selected in step vote: 0 new, 2 updated, 1 unchanged. Kept, ranked after them, "
            + "no longer from a selected proposal: A02.")
    }

    @Test func splittingAfterAFirstRunContinuesWithTheFirstPart() throws {
        let output = try run(["split": .list(["P3"])], workshop: afterFirstRun())
        let planned = output.changes.actions.upsert
        // The first part continues A04: its title stays as written, its blank description is filled.
        #expect(planned.map(\.id) == ["A04", "A05", "A06"])
        #expect(planned.map(\.title) == [
            "Plan vélo : - parkings sécurisés - 2) itinéraires balisés • location à la gare", "itinéraires balisés",
            "location à la gare",
        ])
        #expect(planned[0].description == planned[0].title)
        #expect(output.summary == "6 actions from the proposals selected in step vote: 2 new, 1 updated, 3 unchanged.")
    }

    @Test func manifestDeclaresTheModuleItsPartsAndFourLanguages() throws {
        #expect(ActionPlan.moduleName == "ActionPlan")
        try ManifestDefaults.expectWellFormed(Self.method, module: ActionPlan.moduleName, writes: [.actions, .results])
    }

    // MARK: Wording and invariants

    @Test(arguments: [
        (Language.fr,
         "4 actions issues des propositions retenues à l’étape vote\u{A0}: 4 nouvelles, 0 mises à jour, 0 inchangées. "
            + "Conservées et classées à la suite, car elles ne viennent plus d’une proposition retenue\u{A0}: A09."),
        (.nl,
         "4 acties uit de voorstellen geselecteerd in stap vote: 4 nieuw, 0 bijgewerkt, 0 ongewijzigd. "
            + "Behouden en daarna gerangschikt, niet langer afkomstig van een geselecteerd voorstel: A09."),
        (.de,
         "4 Maßnahmen aus den in Schritt vote ausgewählten Vorschlägen: 4 neu, 0 aktualisiert, 0 unverändert. "
            + "Beibehalten und dahinter eingereiht, da nicht mehr aus einem ausgewählten Vorschlag: A09."),
    ])
    func summaryInEachLanguage(language: Language, summary: String) throws {
        var workshop = try FixtureWorkshop.load("action-plan-four-selected")
        workshop.actions = [Action(id: "A09", title: "Bornes", carrier: .government, sources: ["P5"])]
        #expect(try run(language: language, workshop: workshop).summary == summary)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let parameters: [String: ParameterValue] = ["merge": .list(["P4+P2"]), "split": .list(["P3"])]
        #expect(try encoder.encode(run(parameters)) == encoder.encode(run(parameters)))
    }

    @Test func idsAndRanksAreDeterministicAndFollowTheVote() async {
        await propertyCheck(input: Gen.int(in: 0...9).array(of: 6), Gen.bool.array(of: 6)) { dots, selected in
            var workshop = try FixtureWorkshop.load("action-plan-four-selected")
            let proposals = ["P1", "P2", "P3", "P4", "P5", "P6"]
            let entries = zip(proposals, zip(dots, selected)).map { item, vote in
                ResultEntry(item: item, rank: 1 + dots.filter { $0 > vote.0 }.count, value: Double(vote.0), flags: vote.1 ? ["selected"] : [])
            }.sorted { $0.rank < $1.rank }
            let vote = try #require(workshop.results.firstIndex { $0.step == "vote" })
            workshop.results[vote].entries = entries
            guard selected.contains(true) else { return }
            let planned = try actions(workshop: workshop)
            #expect(planned == (try actions(workshop: workshop)))
            #expect(planned.map(\.id) == (1...planned.count).map { String(format: "A%02d", $0) })
            #expect(planned.map(\.rank) == Array(1...planned.count))
            #expect(planned.count == selected.filter { $0 }.count)
            #expect(zip(planned, planned.dropFirst()).allSatisfy { ($0.dots ?? 0) >= ($1.dots ?? 0) })
        }
    }
}
