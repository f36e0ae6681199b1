import AtelierKit
import Foundation
import PropertyBased
import Testing
@testable import SWOTMethod

private typealias Support = SWOTBrainwritingSupport

private func runSWOT(
    _ workshop: Workshop, _ parameters: [String: ParameterValue] = [:], language: Language = .en
) throws -> MethodResult {
    try SWOT().run(Support.request("swot", workshop, defaults: Support.swotDefaults, parameters, language: language))
}

private func quadrant(_ result: MethodResult, _ group: String) -> [ResultEntry] {
    result.changes.results[0].entries.filter { $0.group == group }
}

@Suite struct SWOTCardTextTests {
    @Test(arguments: [
        ("L'Accueil  « guichet » !", "l accueil guichet"),
        ("Fonds EUROPÉENS de relance", "fonds europeens de relance"),
        ("Cyberattaques 🛡️", "cyberattaques"),
        ("  Motivated\n staff… ", "motivated staff"),
        ("Straße, Maßnahme", "strasse massnahme"),
        ("👍 👍", "👍 👍"),
    ])
    func normalisesCase_accents_punctuation_andSpaces(text: String, key: String) {
        #expect(CardText(text).key == key)
    }

    @Test func editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        let (kitten, sitting) = (Array("kitten".unicodeScalars), Array("sitting".unicodeScalars))
        #expect(CardText.editDistance(kitten, sitting, atMost: 10) == 3)
        #expect(CardText.editDistance(kitten, sitting, atMost: 3) == 3)
        #expect(CardText.editDistance(kitten, sitting, atMost: 2) == nil)
        #expect(CardText.editDistance([], Array("abc".unicodeScalars), atMost: 3) == 3)
        #expect(CardText.editDistance(Array("même".unicodeScalars), Array("même".unicodeScalars), atMost: 0) == 0)
        #expect(CardText.editDistance(Array("abcdef".unicodeScalars), Array("fedcba".unicodeScalars), atMost: 6) == 6)
    }

    /// The banded, stopping distance agrees with the textbook one whenever it answers.
    @Test func boundedEditDistanceAgreesWithTheFullComputation() async {
        let alphabet = Array("abcé ".unicodeScalars)
        let word = Gen.int(in: 0..<alphabet.count).array(of: 0...12).map { $0.map { alphabet[$0] } }
        await propertyCheck(input: word, word, Gen.int(in: 0...14)) { a, b, limit in
            var row = Array(0...b.count)
            for i in a.indices {
                var next = [i + 1]
                for j in b.indices {
                    next.append(min(row[j + 1] + 1, next[j] + 1, row[j] + (a[i] == b[j] ? 0 : 1)))
                }
                row = next
            }
            let full = row[b.count]
            #expect(CardText.editDistance(a, b, atMost: limit) == (full <= limit ? full : nil))
        }
    }

    @Test func similarityIsTheBetterOfSharedWordsAndEditDistance() {
        #expect(CardText("Lack of budget").similarity(to: CardText("lack of budgets"), atLeast: 0) == 1 - 1.0 / 15)
        #expect(CardText("Lack of budget").similarity(to: CardText("lack of budgets"), atLeast: 0.95) == nil)
        #expect(CardText("Staff motivated").similarity(to: CardText("Motivated staff"), atLeast: 0.99) == 1)
        #expect(CardText("budget IT budget").similarity(to: CardText("IT budget"), atLeast: 0.5) == 1)
        #expect(CardText("Open data").similarity(to: CardText("Open data!"), atLeast: 1) == 1)
        #expect(CardText("abc").similarity(to: CardText("xyz"), atLeast: 0) == 0)
        #expect(CardText("abc").similarity(to: CardText("xyz"), atLeast: 0.1) == nil)
        #expect(CardText("open data now").similarity(to: CardText("open data"), atLeast: 0) == 9.0 / 13)
    }
}

@Suite struct SWOTTests {
    @Test func mergesDuplicatesAndRanksEachQuadrantBySupportThenVotes() throws {
        let result = try runSWOT(try Support.workshop("swot-cards"))
        let strengths = quadrant(result, "strength")
        #expect(strengths.map(\.item) == ["s1", "s6", "s4"])
        #expect(strengths.map(\.rank) == [1, 2, 3])
        #expect(strengths.map(\.value) == [3, 1, 1])
        #expect(strengths[0].members == ["s2", "s3", "s5"])
        #expect(strengths[0].values == ["support": 3, "votes": 0, "cards": 4])
        #expect(strengths[1].values == ["support": 1, "votes": 2, "cards": 1])
        let weaknesses = quadrant(result, "weakness")
        #expect(weaknesses.map(\.item) == ["w1", "w3"])
        #expect(weaknesses.map(\.value) == [2, 1])
        #expect(weaknesses[0].members == ["w2"])
        #expect(weaknesses[1].values["votes"] == 3)
        #expect(quadrant(result, "opportunity").map(\.item) == ["o1", "o3"])
        #expect(quadrant(result, "opportunity")[0].members == ["o2"])
        let threats = quadrant(result, "threat")
        #expect(threats.map(\.item) == ["t1", "t2"])
        #expect(threats.map(\.rank) == [1, 1])
        #expect(threats.map(\.flags) == [["tie"], ["tie"]])
        #expect(strengths.allSatisfy { $0.flags.isEmpty })
    }

    @Test func recordsEachMergeOnTheDuplicateCard() throws {
        let workshop = try Support.workshop("swot-cards")
        let result = try runSWOT(workshop)
        let merged = result.changes.items.upsert.filter { $0.kind != .challenge }
        #expect(merged.map(\.id) == ["s2", "s3", "s5", "w2", "o2"])
        #expect(merged.map(\.duplicateOf) == ["s1", "s1", "s1", "w1", "o1"])
        for item in merged {
            var original = try #require(workshop.item(item.id))
            original.duplicateOf = item.duplicateOf
            #expect(original == item, "only duplicateOf changes on \(item.id)")
        }
    }

    @Test func reportsMetricsAndSummary() throws {
        let result = try runSWOT(try Support.workshop("swot-cards"))
        let step = result.changes.results[0]
        #expect(step.step == "swot")
        #expect(step.method == "swot")
        #expect(step.metrics == [
            "cards": 14, "items": 9, "duplicates": 5, "challenges": 16,
            "items.strength": 3, "items.weakness": 2, "items.opportunity": 2, "items.threat": 2,
        ])
        #expect(result.summary
            == "SWOT: 14 cards merged into 9 items (5 duplicates); 16 candidate challenges from the TOWS cross-strategies.")
        #expect(step.summary == result.summary)
        #expect(step.notes.isEmpty)
    }

    @Test(arguments: [
        (Language.fr,
         "SWOT\u{A0}: 14 cartes regroupées en 9 éléments (5 doublons)\u{A0}; 16 défis candidats issus des stratégies croisées TOWS."),
        (.nl, "SWOT: 14 kaarten samengevoegd tot 9 punten (5 dubbels); 16 kandidaat-uitdagingen uit de TOWS-kruisstrategieën."),
        (.de, "SWOT: 14 Karten zu 9 Punkten zusammengeführt (5 Duplikate); 16 Kandidaten für Herausforderungen aus den TOWS-Kreuzstrategien."),
    ])
    func summarisesInTheRequestLanguage(language: Language, summary: String) throws {
        #expect(try runSWOT(try Support.workshop("swot-cards"), language: language).summary == summary)
    }

    @Test func crossesTheTopItemsIntoCandidateChallenges() throws {
        let result = try runSWOT(try Support.workshop("swot-cards"))
        let challenges = result.changes.items.upsert.filter { $0.kind == .challenge }
        #expect(challenges.map(\.id) == ["so", "st", "wo", "wt"].flatMap { s in (1...4).map { "swot-\(s)-\($0)" } })
        #expect(challenges.map { [$0.buildsOn!, $0.addresses!] } == [
            ["s1", "o1"], ["s1", "o3"], ["s6", "o1"], ["s6", "o3"],
            ["s1", "t1"], ["s1", "t2"], ["s6", "t1"], ["s6", "t2"],
            ["w1", "o1"], ["w1", "o3"], ["w3", "o1"], ["w3", "o3"],
            ["w1", "t1"], ["w1", "t2"], ["w3", "t1"], ["w3", "t2"],
        ])
        #expect(challenges.allSatisfy { $0.step == "swot" && $0.author == nil })
        #expect(challenges[0].text == "How might we use “Motivated staff” to seize “Fonds européens de relance”?")
        #expect(challenges[4].text == "How might we use “Motivated staff” to counter “Staff retiring”?")
        #expect(challenges[8].text == "How might we seize “Fonds européens de relance” to overcome “Lack of budget”?")
        #expect(challenges[13].text == "How might we reduce “Lack of budget” so that “Cyberattaques 🛡️” does less harm?")
        let entries = result.changes.results[0].entries.filter { ["so", "st", "wo", "wt"].contains($0.group) }
        #expect(entries.map(\.item) == challenges.map(\.id))
        #expect(entries.map(\.rank) == Array(repeating: [1, 2, 3, 4], count: 4).flatMap { $0 })
        #expect(entries.map(\.members) == challenges.map { [$0.buildsOn!, $0.addresses!] })
    }

    @Test(arguments: [
        (Language.fr, "Comment pourrions-nous nous appuyer sur «\u{A0}Motivated staff\u{A0}» pour saisir «\u{A0}Fonds européens de relance\u{A0}»\u{A0}?"),
        (.nl, "Hoe kunnen we “Motivated staff” inzetten om “Fonds européens de relance” te benutten?"),
        (.de, "Wie können wir „Motivated staff“ nutzen, um „Fonds européens de relance“ zu ergreifen?"),
    ])
    func writesChallengesInTheRequestLanguage(language: Language, text: String) throws {
        let result = try runSWOT(try Support.workshop("swot-cards"), language: language)
        #expect(result.changes.items.upsert.first { $0.id == "swot-so-1" }?.text == text)
    }

    @Test func pairsStrongestRanksFirst() {
        let pairs = TOWSStrategy.pairs(internalCount: 5, externalCount: 2, top: 3)
        #expect(pairs.map { [$0.internal, $0.external] } == [[0, 0], [0, 1], [1, 0], [1, 1], [2, 0], [2, 1]])
        #expect(TOWSStrategy.pairs(internalCount: 3, externalCount: 3, top: 3).map { [$0.internal, $0.external] }
            == [[0, 0], [0, 1], [1, 0], [0, 2], [1, 1], [2, 0], [1, 2], [2, 1], [2, 2]])
    }

    @Test func maxItemsLimitsTheShownItemsAndSaysHowManyAreHidden() throws {
        let result = try runSWOT(try Support.workshop("swot-cards"), ["max_items": .integer(1)])
        let step = result.changes.results[0]
        #expect(step.entries.filter { Quadrant(rawValue: $0.group ?? "") != nil }.map(\.item) == ["s1", "w1", "o1", "t1"])
        #expect(step.notes == [
            "Strengths not shown: 2 (max_items is 1).", "Weaknesses not shown: 1 (max_items is 1).",
            "Opportunities not shown: 1 (max_items is 1).", "Threats not shown: 1 (max_items is 1).",
        ])
        #expect(step.metrics["items"] == 9)
        #expect(step.entries.first { $0.item == "t1" }?.flags == ["tie"])
    }

    @Test func mergeThresholdOfOneMergesOnlyIdenticalNormalisedTexts() throws {
        let result = try runSWOT(try Support.workshop("swot-cards"), ["merge_threshold": .number(1)])
        #expect(quadrant(result, "strength").first?.members == ["s2", "s5"])
        #expect(quadrant(result, "weakness").map(\.item) == ["w3", "w1", "w2"])
        #expect(quadrant(result, "opportunity").first?.members == ["o2"])
        #expect(result.changes.results[0].metrics["duplicates"] == 3)
    }

    @Test func mergeThresholdBetweenDecidesNearDuplicates() throws {
        // "lack of budget" and "lack of budgets" are 14/15 ≈ 0.933 alike.
        let strict = try runSWOT(try Support.workshop("swot-cards"), ["merge_threshold": .number(0.95)])
        #expect(quadrant(strict, "weakness").map(\.members) == [[], [], []])
        let loose = try runSWOT(try Support.workshop("swot-cards"), ["merge_threshold": .number(0.93)])
        #expect(quadrant(loose, "weakness").first?.members == ["w2"])
    }

    @Test func aCardJoinsTheRepresentativeItResemblesMost() throws {
        let workshop = Support.workshop(items: [
            Item(id: "a", text: "digital counter", kind: .strength),
            Item(id: "b", text: "digital counters", kind: .strength),
            Item(id: "c", text: "digital counters!", kind: .strength),
        ])
        // "b" is its own item at 0.95 (0.9375 from "a"); "c" is 0.9375 from "a" and identical to "b".
        let result = try runSWOT(workshop, ["merge_threshold": .number(0.95)])
        #expect(quadrant(result, "strength").map(\.item) == ["b", "a"])
        #expect(quadrant(result, "strength").map(\.members) == [["c"], []])
        let loose = try runSWOT(workshop, ["merge_threshold": .number(0.9)])
        #expect(quadrant(loose, "strength").map(\.members) == [["b", "c"]])
    }

    @Test func identicalCardsStayTogetherEvenWhenACloserItemAppearsBetweenThem() throws {
        let workshop = Support.workshop(items: [
            Item(id: "a", text: "digital counter", kind: .strength),
            Item(id: "b", text: "digital counters", kind: .strength),
            Item(id: "d", text: "digital counterss", kind: .strength),
            Item(id: "c", text: "Digital counters", kind: .strength),
        ])
        // At 0.9, "b" joins "a" (0.9375) and "d" starts its own item (0.88 from "a"). "c" is closer to
        // "d" (0.94) than to "a", but it is "b" word for word, so it goes where "b" went.
        let strengths = quadrant(try runSWOT(workshop, ["merge_threshold": .number(0.9)]), "strength")
        #expect(strengths.map(\.item) == ["a", "d"])
        #expect(strengths.map(\.members) == [["b", "c"], []])
    }

    @Test func onePersonWritingTheSameCardTwiceCountsOnce() throws {
        let workshop = Support.workshop(items: [
            Item(id: "a", text: "Open data", kind: .opportunity, author: "p1"),
            Item(id: "b", text: "open data", kind: .opportunity, author: "p1"),
            Item(id: "c", text: "Open data", kind: .opportunity),
            Item(id: "d", text: "Open data", kind: .opportunity),
        ])
        let entry = try #require(quadrant(try runSWOT(workshop), "opportunity").first)
        #expect(entry.value == 3)
        #expect(entry.values["cards"] == 4)
    }

    @Test func towsPairsSetsHowManyTopItemsAreCrossed() throws {
        let one = try runSWOT(try Support.workshop("swot-cards"), ["tows_pairs": .integer(1)])
        #expect(one.changes.items.upsert.filter { $0.kind == .challenge }.map(\.id)
            == ["swot-so-1", "swot-st-1", "swot-wo-1", "swot-wt-1"])
        let none = try runSWOT(try Support.workshop("swot-cards"), ["tows_pairs": .integer(0)])
        #expect(!none.changes.items.upsert.contains { $0.kind == .challenge })
        #expect(none.changes.results[0].notes.isEmpty)
        #expect(none.summary.hasSuffix("0 candidate challenges from the TOWS cross-strategies."))
    }

    @Test func anEmptyQuadrantSkipsItsStrategiesWithANote() throws {
        var workshop = try Support.workshop("swot-cards")
        workshop.items.removeAll { $0.kind == .threat }
        let result = try runSWOT(workshop, ["tows_pairs": .integer(1)])
        #expect(result.changes.items.upsert.filter { $0.kind == .challenge }.map(\.id) == ["swot-so-1", "swot-wo-1"])
        #expect(result.changes.results[0].notes == [
            "No ST candidate challenges: the strengths or the threats quadrant is empty.",
            "No WT candidate challenges: the weaknesses or the threats quadrant is empty.",
        ])
        let french = try runSWOT(workshop, ["tows_pairs": .integer(1)], language: .fr)
        #expect(french.changes.results[0].notes.first
            == "Aucun défi candidat ST\u{A0}: le quadrant des forces ou celui des menaces est vide.")
    }

    @Test func runningAgainChangesNothing() throws {
        let workshop = try Support.workshop("swot-cards")
        let first = try runSWOT(workshop)
        let after = Support.applying(first.changes, to: workshop)
        let second = try runSWOT(after)
        #expect(second.changes.items.isEmpty)
        #expect(second.changes.results == first.changes.results)
        #expect(Support.applying(second.changes, to: after) == after)
    }

    @Test func keepsAChallengeTheFacilitatorReworded() throws {
        let workshop = try Support.workshop("swot-cards")
        var after = Support.applying(try runSWOT(workshop).changes, to: workshop)
        let index = try #require(after.items.firstIndex { $0.id == "swot-so-1" })
        after.items[index].text = "Mobiliser le personnel pour décrocher les fonds de relance"
        after.items[index].category = "finances"
        let again = try runSWOT(after, language: .fr)
        #expect(again.changes.items.isEmpty)
    }

    @Test func rewritesAChallengeWhosePairChanged() throws {
        let workshop = try Support.workshop("swot-cards")
        var after = Support.applying(try runSWOT(workshop).changes, to: workshop)
        // Two more people write "Good open data": it overtakes the reception desk as second strength.
        after.items += [
            Item(id: "s7", text: "good open data", kind: .strength, author: "p4"),
            Item(id: "s8", text: "Good open-data", kind: .strength, author: "p5"),
        ]
        let again = try runSWOT(after)
        let rewritten = again.changes.items.upsert.filter { $0.kind == .challenge }
        #expect(rewritten.map(\.id) == ["swot-so-3", "swot-so-4", "swot-st-3", "swot-st-4"])
        #expect(rewritten.map(\.buildsOn) == ["s4", "s4", "s4", "s4"])
        #expect(rewritten[0].text == "How might we use “Good open data” to seize “Fonds européens de relance”?")
    }

    @Test func removesChallengesNoLongerDerivedUnlessSomethingRefersToThem() throws {
        let workshop = try Support.workshop("swot-cards")
        var after = Support.applying(try runSWOT(workshop).changes, to: workshop)
        after.items.append(Item(id: "idea1", text: "Un plan RH", kind: .idea, addresses: "swot-so-2"))
        after.actions.append(Action(id: "A1", title: "Recruter", carrier: .administration, sources: ["swot-wt-4"]))
        after.ballots.append(Ballot(participant: "p1", item: "swot-wt-4", dots: 1, step: "vote-challenges"))
        let again = try runSWOT(after, ["tows_pairs": .integer(1)])
        #expect(again.changes.items.upsert.isEmpty)
        #expect(again.changes.items.remove == [
            "swot-so-3", "swot-so-4", "swot-st-2", "swot-st-3", "swot-st-4", "swot-wo-2", "swot-wo-3", "swot-wo-4",
            "swot-wt-2", "swot-wt-3",
        ])
        #expect(again.changes.results[0].notes == [
            "Candidate challenge swot-so-2 no longer comes from the top items; it is kept because it is referred to by: idea1.",
            "Candidate challenge swot-wt-4 no longer comes from the top items; it is kept because it is referred to by: A1, vote-challenges.",
        ])
    }

    @Test func changingTheThresholdUndoesMergesItNoLongerMakes() throws {
        let workshop = try Support.workshop("swot-cards")
        let after = Support.applying(try runSWOT(workshop).changes, to: workshop)
        let strict = try runSWOT(after, ["merge_threshold": .number(1), "tows_pairs": .integer(0)])
        #expect(strict.changes.items.upsert.map(\.id) == ["s3", "w2"])
        #expect(strict.changes.items.upsert.map(\.duplicateOf) == [nil, nil])
    }

    @Test func refusesAWorkshopWithoutSWOTCards() {
        let workshop = Support.workshop(items: [Item(id: "v1", text: "A city that listens", kind: .vision)])
        #expect(Support.message { try runSWOT(workshop) }
            == "the workshop has no SWOT cards: add or import items of kind strength, weakness, opportunity or threat before running swot")
    }

    @Test func refusesACardWithoutText() throws {
        var workshop = try Support.workshop("swot-cards")
        workshop.items.append(Item(id: "w9", text: " \n ", kind: .weakness, author: "p2"))
        #expect(Support.message { try runSWOT(workshop) }
            == "weakness card 'w9' has no text; write its text or remove the card, then run swot again")
    }

    @Test func refusesToOverwriteAnItemThatHoldsAChallengeIdentifier() throws {
        var workshop = try Support.workshop("swot-cards")
        workshop.items.append(Item(id: "swot-wo-1", text: "Une idée", kind: .idea))
        #expect(Support.message { try runSWOT(workshop) }
            == "item 'swot-wo-1' (kind idea) already exists, but step 'swot' needs that identifier for a candidate challenge; give that item another identifier or run the step under another step id")
    }

    @Test(arguments: [
        ("max_items", ParameterValue.integer(0), "parameter max_items is 0; it must be at least 1"),
        ("merge_threshold", .number(1.5), "parameter merge_threshold is 1.5; it must be between 0 and 1"),
        ("tows_pairs", .integer(-1), "parameter tows_pairs is -1; it must be 0 or more"),
        ("max_items", .string("ten"), "parameter 'max_items' of method 'swot' must be an integer; check its manifest"),
    ])
    func refusesParametersOutsideTheirBounds(name: String, value: ParameterValue, message: String) throws {
        let workshop = try Support.workshop("swot-cards")
        #expect(Support.message { try runSWOT(workshop, [name: value]) } == message)
    }

    /// The worked example of `methods/builtin/swot.md`.
    @Test func theFacilitatorPageExampleHolds() throws {
        let workshop = Support.workshop(
            participants: ["Ann", "Bert", "Carl", "Dana"].map { Participant(id: $0, name: $0) },
            items: [
                Item(id: "s1", text: "Motivated staff", kind: .strength, author: "Ann"),
                Item(id: "s2", text: "motivated staff!", kind: .strength, author: "Bert"),
                Item(id: "s3", text: "Staff motivated", kind: .strength),
                Item(id: "s4", text: "Good data", kind: .strength, author: "Ann"),
                Item(id: "w1", text: "Lack of budget", kind: .weakness, author: "Carl"),
                Item(id: "o1", text: "EU recovery funds", kind: .opportunity, author: "Dana"),
                Item(id: "t1", text: "Staff retiring", kind: .threat, author: "Bert"),
            ])
        let result = try runSWOT(workshop, ["tows_pairs": .integer(1)])
        #expect(quadrant(result, "strength").map(\.item) == ["s1", "s4"])
        #expect(quadrant(result, "strength").map(\.value) == [3, 1])
        let challenges = Dictionary(uniqueKeysWithValues: result.changes.items.upsert.map { ($0.id, $0.text) })
        #expect(challenges.count == 4 + 2)
        #expect(challenges["swot-so-1"] == "How might we use “Motivated staff” to seize “EU recovery funds”?")
        #expect(challenges["swot-wt-1"] == "How might we reduce “Lack of budget” so that “Staff retiring” does less harm?")
    }

    @Test func namesTheStepInChallengeIdentifiers() throws {
        let workshop = try Support.workshop("swot-cards")
        var request = Support.request("swot", workshop, defaults: Support.swotDefaults, ["tows_pairs": .integer(1)])
        request.step = AgendaStep(id: "day1-swot", title: "SWOT", method: "swot")
        let result = try SWOT().run(request)
        #expect(result.changes.items.upsert.filter { $0.kind == .challenge }.map(\.id)
            == ["day1-swot-so-1", "day1-swot-st-1", "day1-swot-wo-1", "day1-swot-wt-1"])
        #expect(result.changes.results[0].step == "day1-swot")
    }
}

/// Random SWOT walls: cards from a small vocabulary (so that duplicates and near duplicates are
/// frequent), by four people or anonymous, with a few dots.
@Suite struct SWOTPropertyTests {
    static let vocabulary = [
        "Motivated staff", "motivated staff!", "Staff motivated", "Lack of budget", "lack of budgets",
        "Open data", "Données ouvertes", "données  ouvertes", "Slow procurement", "Cyberattaques 🛡️",
    ]

    static let wall = zip(
        Gen.int(in: 0...3), Gen.int(in: 0..<vocabulary.count), Gen.int(in: 0...4), Gen.int(in: 0...2)
    ).array(of: 1...40).map { cards in
        var workshop = SWOTBrainwritingSupport.workshop(participants: SWOTBrainwritingSupport.people(4))
        for (index, card) in cards.enumerated() {
            let id = "c\(index + 1)"
            workshop.items.append(Item(
                id: id, text: vocabulary[card.1], kind: Quadrant.allCases[card.0].kind,
                author: card.2 == 4 ? nil : "p\(card.2 + 1)"))
            if card.3 > 0 { workshop.ballots.append(Ballot(participant: "p1", item: id, dots: card.3)) }
        }
        return workshop
    }

    /// Every card lands in exactly one entry of its quadrant (as the entry's item or among its members),
    /// and each entry's support is the number of distinct authors among its cards plus its anonymous
    /// cards. So the set of (author, quadrant) pairs over the entries equals the set over the cards,
    /// and the support summed over a quadrant's entries is at least the number of distinct authors
    /// who wrote in that quadrant plus its anonymous cards, and at most its number of cards.
    @Test func mergingNeverLosesAnAuthor() async {
        await propertyCheck(input: Self.wall, Gen.int(in: 0...20)) { workshop, threshold in
            let result = try runSWOT(workshop, [
                "max_items": .integer(100), "tows_pairs": .integer(0), "merge_threshold": .number(Double(threshold) / 20),
            ])
            let entries = result.changes.results[0].entries
            let cards = Dictionary(uniqueKeysWithValues: workshop.items.map { ($0.id, $0) })
            let placed = entries.flatMap { [$0.item] + $0.members }
            #expect(placed.sorted() == cards.keys.sorted())
            for entry in entries {
                let mine = ([entry.item] + entry.members).map { cards[$0]! }
                #expect(mine.allSatisfy { $0.kind.rawValue == entry.group })
                let support = Set(mine.compactMap(\.author)).count + mine.count(where: { $0.author == nil })
                #expect(entry.value == Double(support))
            }
            for quadrant in Quadrant.allCases {
                let written = workshop.items.filter { $0.kind == quadrant.kind }
                let inEntries = entries.filter { $0.group == quadrant.rawValue }
                let authorsIn = Set(inEntries.flatMap { ([$0.item] + $0.members).compactMap { cards[$0]!.author } })
                #expect(authorsIn == Set(written.compactMap(\.author)))
                let total = inEntries.reduce(0) { $0 + Int($1.value!) }
                let anonymous = written.count(where: { $0.author == nil })
                #expect(total >= Set(written.compactMap(\.author)).count + anonymous)
                #expect(total <= written.count)
            }
        }
    }

    /// Within a quadrant, entries go by support, then votes, never the other way round, and ranks
    /// only repeat for equal support and votes.
    @Test func quadrantsAreOrderedBySupportThenVotes() async {
        await propertyCheck(input: Self.wall) { workshop in
            let result = try runSWOT(workshop, ["max_items": .integer(100), "tows_pairs": .integer(0)])
            for quadrant in Quadrant.allCases {
                let entries = result.changes.results[0].entries.filter { $0.group == quadrant.rawValue }
                for (a, b) in zip(entries, entries.dropFirst()) {
                    let keyA = (a.values["support"]!, a.values["votes"]!)
                    let keyB = (b.values["support"]!, b.values["votes"]!)
                    #expect(keyA >= keyB)
                    #expect((a.rank == b.rank) == (keyA == keyB))
                }
            }
        }
    }

    /// The same wall gives the same bytes, and applying a run's changes then running again changes nothing.
    @Test func resultsAreDeterministicAndIdempotent() async {
        await propertyCheck(input: Self.wall, Gen.int(in: 0...3)) { workshop, pairs in
            let parameters: [String: ParameterValue] = ["tows_pairs": .integer(pairs)]
            let first = try runSWOT(workshop, parameters)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            #expect(try encoder.encode(first) == encoder.encode(try runSWOT(workshop, parameters)))
            let after = SWOTBrainwritingSupport.applying(first.changes, to: workshop)
            let second = try runSWOT(after, parameters)
            #expect(second.changes.items.isEmpty)
            #expect(second.changes.results == first.changes.results)
        }
    }
}
