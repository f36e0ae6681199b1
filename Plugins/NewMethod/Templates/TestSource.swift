extension ScaffoldedMethod {
    /// `Tests/MethodTests/<Module>Tests.swift`: tests of the scaffolded counting, on the page's example.
    var testSource: String {
        #"""
        import AtelierKit
        import Testing
        @testable import \#(target)

        /// `\#(id)` counts the cards of the chosen kinds per category, largest first.
        @Suite struct \#(module)Tests {
            /// The example of `methods/builtin/\#(id).md`: categories Economy, Legal and Social (empty); ideas in
            /// Economy (2), Legal (2) and none (1); a proposal in Legal.
            static let workshop = Workshop(
                info: WorkshopInfo(title: "Test"),
                items: [
                    Item(id: "i1", text: "Local tax incentives", kind: .idea, category: "economy"),
                    Item(id: "i2", text: "Simplify the decree", kind: .idea, category: "legal"),
                    Item(id: "i3", text: "Shared service centre", kind: .idea, category: "economy"),
                    Item(id: "i4", text: "Open the counter on Saturdays", kind: .idea),
                    Item(id: "i5", text: "Pilot in two municipalities", kind: .proposal, category: "legal"),
                    Item(id: "i6", text: "Data-sharing agreement", kind: .idea, category: "legal"),
                ],
                categories: [
                    Category(id: "economy", name: "Economy"),
                    Category(id: "legal", name: "Legal"),
                    Category(id: "social", name: "Social"),
                ])

            /// Runs the method over ``workshop`` with the given kinds, as the host would call it.
            static func run(_ kinds: [String] = ["idea"], language: Language = .en) throws -> StepResult {
                let step = AgendaStep(id: "\#(id)", title: "\#(id)", method: "\#(id)")
                let request = MethodRequest(
                    method: "\#(id)", step: step, parameters: ["kinds": .list(kinds)], language: language, workshop: workshop)
                let result = try \#(module)().run(request)
                #expect(result.changes.writtenParts == [.results])
                return try #require(result.changes.results.first)
            }

            @Test func countsTheCardsOfEachCategory_largestFirst_tiesInRecordedOrder() throws {
                let result = try Self.run()
                #expect(result.step == "\#(id)")
                #expect(result.entries.map(\.group) == ["economy", "legal", nil])
                #expect(result.entries.map(\.item) == ["i1", "i2", "i4"])
                #expect(result.entries.map(\.rank) == [1, 1, 3])
                #expect(result.entries.map(\.value) == [2, 2, 1])
                #expect(result.entries.map(\.flags) == [["tie"], ["tie"], []])
                #expect(result.entries.map(\.members) == [["i1", "i3"], ["i2", "i6"], ["i4"]])
                #expect(result.metrics == ["cards": 5, "categories": 2, "cards.economy": 2, "cards.legal": 2, "uncategorised": 1])
            }

            @Test func countsEveryListedKind() throws {
                let result = try Self.run(["idea", "Proposal"])
                #expect(result.entries.map(\.group) == ["legal", "economy", nil])
                #expect(result.entries.map(\.value) == [3, 2, 1])
                #expect(result.entries.map(\.rank) == [1, 2, 3])
                #expect(result.entries.map(\.flags) == [[], [], []])
            }

            @Test(arguments: [
                (Language.en, \#(Literal.swift(names["en"] ?? name)) + ": 5 cards (idea) in 2 categories, 1 without one; largest: “Economy”, “Legal” (2 each)."),
                (Language.fr, \#(Literal.swift(names["fr"] ?? name))
                    + "\u{A0}: 5 cartes (idea) dans 2 catégories, 1 sans catégorie\u{A0}; "
                    + "les plus grandes\u{A0}: «\u{A0}Economy\u{A0}», «\u{A0}Legal\u{A0}» (2 chacune)."),
                (Language.nl, \#(Literal.swift(names["nl"] ?? name)) + ": 5 kaarten (idea) in 2 categorieën, 1 zonder categorie; grootste: “Economy”, “Legal” (elk 2)."),
                (Language.de, \#(Literal.swift(names["de"] ?? name)) + ": 5 Karten (idea) in 2 Kategorien, 1 ohne Kategorie; größte: „Economy“, „Legal“ (je 2)."),
            ])
            func summarisesInTheRequestLanguage(language: Language, summary: String) throws {
                #expect(try Self.run(language: language).summary == summary)
            }

            @Test func summaryNamesTheSingleLargestCategory() throws {
                let result = try Self.run(["idea", "proposal"])
                #expect(result.summary.hasSuffix("(idea, proposal) in 2 categories, 1 without one; largest: “Legal” (3)."))
            }

            @Test func refusesAKindThatDoesNotExist() {
                #expect(throws: MethodError("parameter kinds names 'ideas', which is not a kind of card; use "
                    + "vision, strength, weakness, opportunity, threat, challenge, idea, proposal")) {
                    try Self.run(["ideas"])
                }
            }

            @Test func refusesAWorkshopWithoutCardsOfTheKinds() {
                #expect(throws: MethodError("the workshop has no cards of kind threat, challenge: import items of those kinds, "
                    + "or choose others with --param kinds=..., then run \#(id) again")) {
                    try Self.run(["challenge", "threat"])
                }
            }
        }

        """#
    }
}
