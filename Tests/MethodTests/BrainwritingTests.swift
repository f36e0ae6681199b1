import AtelierKit
import Foundation
import PropertyBased
import Testing
@testable import BrainwritingMethod

private typealias Support = SWOTBrainwritingSupport

private func runBrainwriting(
    _ workshop: Workshop, _ parameters: [String: ParameterValue] = [:], language: Language = .en
) throws -> MethodResult {
    try Brainwriting().run(
        Support.request("brainwriting", workshop, defaults: Support.brainwritingDefaults, parameters, language: language))
}

private func plan(_ people: Int, _ parameters: [String: ParameterValue] = [:]) throws -> StepResult {
    try runBrainwriting(Support.workshop(participants: Support.people(people)), parameters).changes.results[0]
}

/// Whether each round hands every member exactly one sheet, and each sheet visits distinct members.
private func rotationIsSound(_ group: ParticipantGroup) -> Bool {
    let members = group.members.sorted()
    let roundsArePermutations = group.rotation.allSatisfy { $0.sorted() == members }
    let sheetsVisitDistinctMembers = group.members.indices.allSatisfy { sheet in
        Set(group.rotation.map { $0[sheet] }).count == group.rotation.count
    }
    return roundsArePermutations && sheetsVisitDistinctMembers
}

@Suite struct BrainwritingPlanTests {
    /// A hackathon runs its rounds per team: with `groups_from`, the groups are the teams an earlier
    /// step formed, whole, named as there, a team larger than `group_size` split.
    @Test func groupsComeFromAnEarlierStepsTeams() throws {
        var workshop = Support.workshop(participants: Support.people(12))
        workshop.results = [StepResult(step: "teams", method: "teams", summary: "", groups: [
            ParticipantGroup(name: "Team 1", members: ["p3", "p7", "p11", "p1"]),
            ParticipantGroup(name: "Team 2", members: ["p2", "p4", "p5", "p6", "p8", "p9", "p10", "p12"]),
        ])]
        let result = try runBrainwriting(workshop, ["groups_from": .string("teams"), "group_size": .integer(5)]).changes.results[0]
        #expect(result.groups.map(\.name) == ["Team 1", "Team 2-1", "Team 2-2"])
        #expect(result.groups.map(\.members) == [["p3", "p7", "p11", "p1"], ["p2", "p4", "p5", "p6"], ["p8", "p9", "p10", "p12"]])
        #expect(result.groups.allSatisfy(rotationIsSound))

        #expect(methodErrorMessage { _ = try runBrainwriting(workshop, ["groups_from": .string("vote")]) }
                == "groups_from names step 'vote', which has no result yet: run it first")
        workshop.results[0].groups[0].members = ["p3", "p7"]
        #expect(methodErrorMessage { _ = try runBrainwriting(workshop, ["groups_from": .string("teams")]) }
                == "group 'Team 1' of step 'teams' has 2 people, but a brainwriting group needs at least 3")
        workshop.results[0].groups[0].members = ["p3", "p7", "p99"]
        #expect(methodErrorMessage { _ = try runBrainwriting(workshop, ["groups_from": .string("teams")]) }
                == "group 'Team 1' of step 'teams' names 'p99', who is not a participant of the workshop")
    }

    /// Each team writes on its own challenge: every sheet of its groups, and every idea on them.
    @Test func aTeamsSheetsAddressItsChallenge() throws {
        var workshop = Support.workshop(participants: Support.people(8))
        workshop.items += ["c1", "c2"].map { Item(id: $0, text: "Challenge \($0)", kind: .challenge) }
        workshop.items.append(Item(id: "x1", text: "Une idée", kind: .idea,
                                   position: SheetPosition(group: 2, sheet: 3, round: 1, slot: 1)))
        workshop.results = [StepResult(step: "teams", method: "teams", summary: "", entries: [
            ResultEntry(item: "c2", rank: 1, group: "Team 1"), ResultEntry(item: "c1", rank: 2, group: "Team 2"),
        ], groups: [
            ParticipantGroup(name: "Team 1", members: ["p1", "p2", "p3", "p4"]),
            ParticipantGroup(name: "Team 2", members: ["p5", "p6", "p7", "p8"]),
        ])]
        let run = try runBrainwriting(workshop, ["groups_from": .string("teams")])
        #expect(run.changes.results[0].groups.map(\.sheetTopics) == [["c2", "c2", "c2", "c2"], ["c1", "c1", "c1", "c1"]])
        #expect(run.changes.items.upsert.first { $0.id == "x1" }?.addresses == "c1")
        // The challenges parameter hands its challenges out in turn instead.
        let handed = try runBrainwriting(workshop, ["groups_from": .string("teams"), "challenges": .list(["c1", "c2"])])
        #expect(handed.changes.results[0].groups[0].sheetTopics == ["c1", "c2", "c1", "c2"])
    }

    @Test func aRoundOfSixGivesEighteenIdeasPerRoundAndHundredAndEightInAll() throws {
        let result = try plan(6)
        #expect(result.metrics == [
            "participants": 6, "groups": 1, "rounds": 6, "ideas_per_round": 3, "minutes_per_round": 5,
            "minutes": 30, "capacity_per_round": 18, "capacity": 108, "ideas": 0, "built_on": 0,
            "ideas.group.1": 0,
        ])
        #expect(result.groups.count == 1)
        #expect(result.groups[0].name == "1")
        #expect(result.groups[0].members == ["p1", "p2", "p3", "p4", "p5", "p6"])
        #expect(result.groups[0].rotation.count == 6)
        #expect(result.groups[0].rotation[1] == ["p2", "p3", "p4", "p5", "p6", "p1"])
        #expect(result.groups[0].rotation.map { $0[0] } == ["p1", "p2", "p3", "p4", "p5", "p6"])
        #expect(result.groups[0].sheetTopics.isEmpty)
        #expect(result.entries.isEmpty)
        #expect(result.notes.isEmpty)
        #expect(result.summary
            == "Brainwriting: 6 participants in 1 group (6), 6 rounds of 5 minutes (30 minutes), room for 108 ideas; 0 ideas recorded, 0 of them building on an idea above.")
    }

    @Test func fourteenPeopleMakeGroupsOfFiveFiveAndFour() throws {
        let result = try plan(14)
        #expect(result.groups.map(\.name) == ["1", "2", "3"])
        #expect(result.groups.map(\.members) == [
            ["p1", "p2", "p3", "p4", "p5"], ["p6", "p7", "p8", "p9", "p10"], ["p11", "p12", "p13", "p14"],
        ])
        #expect(result.groups.map(\.rotation.count) == [5, 5, 4])
        #expect(result.groups.allSatisfy(rotationIsSound))
        #expect(result.metrics["capacity_per_round"] == 42)
        #expect(result.metrics["capacity"] == 198)
        #expect(result.metrics["minutes"] == 25)
        #expect(result.metrics["rounds"] == 5)
    }

    @Test func aGroupOfThreePassesSheetsOneSeatOnEachRound() throws {
        let result = try plan(3)
        #expect(result.groups[0].rotation == [["p1", "p2", "p3"], ["p2", "p3", "p1"], ["p3", "p1", "p2"]])
    }

    @Test(arguments: [
        (3, 6, [3]), (6, 6, [6]), (7, 6, [4, 3]), (8, 6, [4, 4]), (12, 6, [6, 6]), (13, 6, [5, 4, 4]),
        (14, 6, [5, 5, 4]), (20, 6, [5, 5, 5, 5]), (5, 4, [5]), (4, 3, [4]), (7, 3, [4, 3]), (17, 8, [6, 6, 5]),
        (16, 8, [8, 8]),
    ])
    func splitsIntoEvenGroupsOfThreeOrMore(people: Int, groupSize: Int, sizes: [Int]) throws {
        #expect(PlannedGroup.sizes(for: people, groupSize: groupSize) == sizes)
        let result = try plan(people, ["group_size": .integer(groupSize)])
        #expect(result.groups.map(\.members.count) == sizes)
    }

    @Test func refusesFewerThanThreeWriters() {
        #expect(Support.message { try plan(2) }
            == "brainwriting needs at least 3 people who write (role participant or expert), but the workshop has 2: add participants, or set include_facilitators to true")
    }

    @Test func countsParticipantsAndExpertsButNotObserversOrFacilitatorsByDefault() throws {
        let people = [
            Participant(id: "a", name: "Anne"), Participant(id: "x", name: "Xavier", role: .expert),
            Participant(id: "f", name: "Fatima", role: .facilitator), Participant(id: "o", name: "Olaf", role: .observer),
            Participant(id: "b", name: "Bert"),
        ]
        let workshop = Support.workshop(participants: people)
        #expect(try runBrainwriting(workshop).changes.results[0].groups[0].members == ["a", "x", "b"])
        #expect(try runBrainwriting(workshop, ["include_facilitators": .bool(true)]).changes.results[0].groups[0].members
            == ["a", "x", "f", "b"])
        let small = Support.workshop(participants: Array(people.prefix(4)).filter { $0.id != "x" })
        #expect(Support.message { try runBrainwriting(small, ["include_facilitators": .bool(true)]) }
            == "brainwriting needs at least 3 people who write (role participant, expert or facilitator), but the workshop has 2: add participants")
    }

    @Test func roundsShortenTheRotationAndTheTiming() throws {
        let result = try plan(6, ["rounds": .integer(3)])
        #expect(result.groups[0].rotation.count == 3)
        #expect(result.metrics["capacity"] == 54)
        #expect(result.metrics["minutes"] == 15)
        #expect(result.groups.allSatisfy(rotationIsSound))
    }

    @Test func roundsBeyondAGroupsSizeStopWhenEverySheetHasVisitedEveryone() throws {
        let result = try plan(14, ["rounds": .integer(6)])
        #expect(result.groups.map(\.rotation.count) == [5, 5, 4])
        #expect(result.notes == [
            "Group 1 has 5 members, so its sheets go round 5 times instead of 6.",
            "Group 2 has 5 members, so its sheets go round 5 times instead of 6.",
            "Group 3 has 4 members, so its sheets go round 4 times instead of 6.",
        ])
        #expect(result.metrics["minutes"] == 25)
    }

    @Test func ideasAndMinutesPerRoundSetCapacityAndTiming() throws {
        let result = try plan(6, ["ideas_per_round": .integer(2), "minutes_per_round": .integer(10)])
        #expect(result.metrics["capacity_per_round"] == 12)
        #expect(result.metrics["capacity"] == 72)
        #expect(result.metrics["minutes"] == 60)
    }

    @Test func keepTablesFormsGroupsFromTablesAndSplitsLargeOnes() throws {
        let tables = ["A", "B", "C", "A", "C", "B", "C", "A", "B", "C", "A", "C", "C", "C", "C", "C", "C"]
        let people = tables.enumerated().map { Participant(id: "p\($0.offset + 1)", name: "P", group: $0.element) }
        let result = try runBrainwriting(Support.workshop(participants: people), ["keep_tables": .bool(true)])
            .changes.results[0]
        #expect(result.groups.map(\.name) == ["A", "B", "C-1", "C-2"])
        #expect(result.groups.map(\.members) == [
            ["p1", "p4", "p8", "p11"], ["p2", "p6", "p9"], ["p3", "p5", "p7", "p10", "p12"],
            ["p13", "p14", "p15", "p16", "p17"],
        ])
        let mixed = try plan(17).groups.map(\.members.count)
        #expect(mixed == [6, 6, 5])
    }

    @Test func keepTablesRefusesPeopleWithoutATable() {
        let people = [
            Participant(id: "p1", name: "Anne", group: "A"), Participant(id: "p2", name: "Bert", group: " "),
            Participant(id: "p3", name: "Chloé", group: "A"), Participant(id: "p4", name: "Dirk"),
        ]
        #expect(Support.message { try runBrainwriting(Support.workshop(participants: people), ["keep_tables": .bool(true)]) }
            == "keep_tables is true but 'p2' (Bert), 'p4' (Dirk) have no table: give every participant a group, or set keep_tables to false")
    }

    @Test func keepTablesRefusesATableOfFewerThanThree() {
        let people = ["A", "A", "A", "B", "B"].enumerated().map {
            Participant(id: "p\($0.offset + 1)", name: "P", group: $0.element)
        }
        #expect(Support.message { try runBrainwriting(Support.workshop(participants: people), ["keep_tables": .bool(true)]) }
            == "table 'B' has 2 people who write (p4, p5), but a brainwriting group needs at least 3: move people to that table, or set keep_tables to false")
    }

    @Test(arguments: [
        ("group_size", ParameterValue.integer(2), "parameter group_size is 2; a brainwriting group has 3 to 8 people"),
        ("rounds", .integer(0), "parameter rounds is 0; it must be at least 1"),
        ("ideas_per_round", .integer(0), "parameter ideas_per_round is 0; it must be at least 1"),
        ("minutes_per_round", .integer(-5), "parameter minutes_per_round is -5; it must be at least 1"),
        ("keep_tables", .string("yes"),
         "parameter 'keep_tables' of method 'brainwriting' must be a boolean; check its manifest"),
    ])
    func refusesParametersOutsideTheirBounds(name: String, value: ParameterValue, message: String) {
        #expect(Support.message { try plan(6, [name: value]) } == message)
    }

    @Test(arguments: [
        (Language.fr,
         "Brainwriting\u{A0}: 14 participants en 3 groupes (5+5+4), 5 tours de 5 minutes (25 minutes), place pour 198 idées\u{A0}; 0 idées relevées, dont 0 prolongeant une idée précédente."),
        (.nl,
         "Brainwriting: 14 deelnemers in 3 groepen (5+5+4), 5 rondes van 5 minuten (25 minuten), ruimte voor 198 ideeën; 0 ideeën genoteerd, waarvan 0 voortbouwend op een idee erboven."),
        (.de,
         "Brainwriting: 14 Teilnehmende in 3 Gruppen (5+5+4), 5 Runden zu je 5 Minuten (25 Minuten), Platz für 198 Ideen; 0 Ideen erfasst, davon 0 aufbauend auf einer Idee darüber."),
    ])
    func summarisesInTheRequestLanguage(language: Language, summary: String) throws {
        let workshop = Support.workshop(participants: Support.people(14))
        #expect(try runBrainwriting(workshop, language: language).summary == summary)
    }
}

@Suite struct BrainwritingSheetTests {
    static let twoChallenges: [String: ParameterValue] = ["challenges": .list(["C1", "C2"])]

    @Test func linksEachIdeaToTheIdeaAboveItInItsColumn() throws {
        let result = try runBrainwriting(try Support.workshop("brainwriting-sheets"), Self.twoChallenges)
        let ideas = Dictionary(uniqueKeysWithValues: result.changes.items.upsert.map { ($0.id, $0) })
        #expect(ideas.keys.sorted() == ["i1", "i2", "i3", "i4", "i5", "i6"])
        #expect(ideas["i1"]?.buildsOn == nil)
        #expect(ideas["i2"]?.buildsOn == nil)
        #expect(ideas["i3"]?.buildsOn == "i1")
        #expect(ideas["i4"]?.buildsOn == "i3")
        #expect(ideas["i5"]?.buildsOn == "i2", "round 2 slot 2 is blank, so i5 continues round 1 slot 2")
        #expect(ideas["i6"]?.buildsOn == nil)
        #expect(ideas.values.allSatisfy { $0.step == "brainwriting" })
    }

    @Test func tagsEachIdeaWithItsSheetsChallengeAndFillsInAuthors() throws {
        let workshop = try Support.workshop("brainwriting-sheets")
        let result = try runBrainwriting(workshop, Self.twoChallenges)
        let ideas = Dictionary(uniqueKeysWithValues: result.changes.items.upsert.map { ($0.id, $0) })
        #expect(["i1", "i2", "i3", "i4", "i5", "i6"].map { ideas[$0]?.addresses } == ["C1", "C1", "C1", "C1", "C1", "C2"])
        #expect(["i1", "i2", "i3", "i4", "i5", "i6"].map { ideas[$0]?.author } == ["p1", "p1", "p2", "p3", "p3", "p5"])
        #expect(ideas["i6"]?.text == "Un guichet « zéro papier » 📄")
        let step = result.changes.results[0]
        #expect(step.groups[0].sheetTopics == ["C1", "C2", "C1", "C2", "C1", "C2"])
        #expect(step.notes == [
            "Idea i6 is by p5, but sheet 2 of group 1 was with p2 in round 1.",
            "1 idea of this step has no sheet position and is not counted.",
        ])
    }

    @Test func reportsIdeasPerChallengeAndGroup() throws {
        let result = try runBrainwriting(try Support.workshop("brainwriting-sheets"), Self.twoChallenges)
        let step = result.changes.results[0]
        #expect(step.entries == [
            ResultEntry(item: "C1", rank: 1, value: 5, values: ["ideas": 5, "built_on": 3],
                        members: ["i1", "i2", "i3", "i4", "i5"]),
            ResultEntry(item: "C2", rank: 2, value: 1, values: ["ideas": 1, "built_on": 0], members: ["i6"]),
        ])
        #expect(step.metrics["ideas"] == 6)
        #expect(step.metrics["built_on"] == 3)
        #expect(step.metrics["ideas.group.1"] == 6)
        #expect(step.metrics["ideas.unassigned"] == nil)
        #expect(result.summary.hasSuffix("room for 108 ideas; 6 ideas recorded, 3 of them building on an idea above."))
    }

    @Test func withoutChallengesIdeasKeepWhatTheyAddress() throws {
        var workshop = try Support.workshop("brainwriting-sheets")
        let index = try #require(workshop.items.firstIndex { $0.id == "i6" })
        workshop.items[index].addresses = "C2"
        let step = try runBrainwriting(workshop).changes.results[0]
        #expect(step.entries.map(\.item) == ["C2"])
        #expect(step.metrics["ideas.unassigned"] == 5)
        #expect(step.groups[0].sheetTopics.isEmpty)
    }

    @Test func tiedChallengesShareARankInTheParametersOrder() throws {
        var workshop = Support.workshop(participants: Support.people(3), items: [
            Item(id: "C1", text: "Un", kind: .challenge), Item(id: "C2", text: "Deux", kind: .challenge),
        ])
        workshop.items += [
            Item(id: "a", text: "A", kind: .idea, position: SheetPosition(group: 1, sheet: 1, round: 1, slot: 1)),
            Item(id: "b", text: "B", kind: .idea, position: SheetPosition(group: 1, sheet: 2, round: 1, slot: 1)),
        ]
        let entries = try runBrainwriting(workshop, ["challenges": .list(["C2", "C1"])]).changes.results[0].entries
        #expect(entries.map(\.item) == ["C2", "C1"])
        #expect(entries.map(\.rank) == [1, 1])
    }

    @Test func dimensionTagsEveryIdea() throws {
        let result = try runBrainwriting(try Support.workshop("brainwriting-sheets"), ["dimension": .string(" impact ")])
        #expect(result.changes.items.upsert.count == 6)
        #expect(result.changes.items.upsert.allSatisfy { $0.dimension == "impact" })
        let blank = try runBrainwriting(try Support.workshop("brainwriting-sheets"), ["dimension": .string("  ")])
        #expect(blank.changes.items.upsert.allSatisfy { $0.dimension == nil })
    }

    @Test func challengesBeyondTheLargestGroupGetNoSheet() throws {
        let ids = (1...8).map { "C\($0)" }
        let workshop = Support.workshop(
            participants: Support.people(6), items: ids.map { Item(id: $0, text: $0, kind: .challenge) })
        let step = try runBrainwriting(workshop, ["challenges": .list(ids + ["C1"])]).changes.results[0]
        #expect(step.groups[0].sheetTopics == ["C1", "C2", "C3", "C4", "C5", "C6"])
        #expect(step.notes == ["Challenges C7, C8 get no sheet: the largest group has 6 sheets."])
    }

    @Test func refusesChallengesThatAreNotChallengeItems() throws {
        let workshop = try Support.workshop("brainwriting-sheets")
        #expect(Support.message { try runBrainwriting(workshop, ["challenges": .list(["C1", "C9", "i1"])]) } == """
            parameter challenges names 'C9', which is not an item of the workshop; its challenges are C1, C2
            parameter challenges names 'i1', which is an item of kind idea, not a challenge; list challenge items only
            """)
        let none = Support.workshop(participants: Support.people(3))
        #expect(Support.message { try runBrainwriting(none, ["challenges": .list(["C1"])]) }
            == "parameter challenges names 'C1', which is not an item of the workshop; the workshop has no challenges yet")
    }

    @Test func refusesIdeasOutsideThePlanListingEveryProblem() throws {
        var workshop = try Support.workshop("brainwriting-sheets")
        workshop.items += [
            Item(id: "x1", text: "?", kind: .idea, position: SheetPosition(group: 2, sheet: 1, round: 1, slot: 1)),
            Item(id: "x2", text: "?", kind: .idea, position: SheetPosition(group: 1, sheet: 7, round: 1, slot: 1)),
            Item(id: "x3", text: "?", kind: .idea, position: SheetPosition(group: 1, sheet: 3, round: 7, slot: 1)),
            Item(id: "x4", text: "?", kind: .idea, position: SheetPosition(group: 1, sheet: 3, round: 1, slot: 4)),
            Item(id: "x5", text: "?", kind: .idea, position: SheetPosition(group: 1, sheet: 1, round: 2, slot: 1)),
            Item(id: "x6", text: "?", kind: .idea, position: SheetPosition(group: 1, sheet: 0, round: 0, slot: 0)),
        ]
        #expect(Support.message { try runBrainwriting(workshop) } == """
            the ideas on the sheets of step 'brainwriting' do not fit its plan (groups of 6, 3 ideas per round):
            - idea 'x1' is on group 2, but the plan has groups 1 to 1
            - idea 'x2' is on sheet 7 of group 1, which has sheets 1 to 6
            - idea 'x3' is in round 7 of group 1, which has rounds 1 to 6
            - idea 'x4' is in slot 4, but ideas_per_round is 3 (slots 1 to 3)
            - ideas 'i3' and 'x5' are both on group 1, sheet 1, round 2, slot 1; move one of them
            - idea 'x6' is on sheet 0 of group 1, which has sheets 1 to 6
            - idea 'x6' is in round 0 of group 1, which has rounds 1 to 6
            - idea 'x6' is in slot 0, but ideas_per_round is 3 (slots 1 to 3)
            """)
    }

    @Test func aSmallerIdeasPerRoundMakesOutOfRangeSlots() throws {
        let workshop = try Support.workshop("brainwriting-sheets")
        #expect(Support.message { try runBrainwriting(workshop, ["ideas_per_round": .integer(1)]) } == """
            the ideas on the sheets of step 'brainwriting' do not fit its plan (groups of 6, 1 ideas per round):
            - idea 'i2' is in slot 2, but ideas_per_round is 1 (slots 1 to 1)
            - idea 'i5' is in slot 2, but ideas_per_round is 1 (slots 1 to 1)
            """)
    }

    @Test func runningAgainChangesNothing() throws {
        let workshop = try Support.workshop("brainwriting-sheets")
        let first = try runBrainwriting(workshop, Self.twoChallenges)
        let after = Support.applying(first.changes, to: workshop)
        let second = try runBrainwriting(after, Self.twoChallenges)
        #expect(second.changes.items.isEmpty)
        #expect(second.changes.results == first.changes.results)
    }

    @Test func ignoresIdeasOfOtherSteps() throws {
        let result = try runBrainwriting(try Support.workshop("brainwriting-sheets"))
        #expect(!result.changes.items.upsert.contains { $0.id == "i8" })
    }
}

@Suite struct BrainwritingPropertyTests {
    /// For any number of people from 3 and any group size from 3 to 8, groups have 3 to 8 members,
    /// differ by at most one and hold everyone once; none exceeds the group size, except that sizes 3
    /// and 4 may give groups of up to 5 where smaller groups would leave one under 3.
    @Test func groupSizesStayBetweenThreeAndEight() async {
        await propertyCheck(input: Gen.int(in: 3...500), Gen.int(in: 3...8)) { people, groupSize in
            let sizes = PlannedGroup.sizes(for: people, groupSize: groupSize)
            #expect(sizes.allSatisfy { (3...8).contains($0) })
            #expect(sizes.reduce(0, +) == people)
            #expect(sizes.max()! - sizes.min()! <= 1)
            #expect(sizes.allSatisfy { $0 <= groupSize } || groupSize < 5 && sizes.allSatisfy { $0 <= 5 })
        }
    }

    /// With the default group size of 6, every round of every group is a permutation of its members and
    /// every sheet visits every member exactly once.
    @Test func rotationIsAPermutationAndEachSheetMeetsEachMemberOnce() async {
        await propertyCheck(input: Gen.int(in: 3...60)) { people in
            let result = try plan(people)
            #expect(result.groups.flatMap(\.members) == Support.people(people).map(\.id))
            for group in result.groups {
                #expect((3...6).contains(group.members.count))
                #expect(group.rotation.count == group.members.count)
                #expect(rotationIsSound(group))
                for sheet in group.members.indices {
                    #expect(group.rotation.map { $0[sheet] }.sorted() == group.members.sorted())
                }
            }
        }
    }

    /// Random valid sheets: the same workshop gives the same bytes, every idea past round 1 builds on an
    /// idea of the same sheet and slot in an earlier round, and running again changes nothing.
    @Test func recordingIsDeterministicAndIdempotent() async {
        let sheets = zip(Gen.int(in: 3...14), Gen.int(in: 0...5).array(of: 0...40))
        await propertyCheck(input: sheets) { people, draws in
            var workshop = Support.workshop(participants: Support.people(people))
            let sizes = PlannedGroup.sizes(for: people, groupSize: 6)
            var used = Set<SheetPosition>()
            for (index, draw) in draws.enumerated() {
                let group = index % sizes.count
                let position = SheetPosition(
                    group: group + 1, sheet: (index / 2 + draw) % sizes[group] + 1,
                    round: (index + draw) % sizes[group] + 1, slot: draw % 3 + 1)
                guard used.insert(position).inserted else { continue }
                workshop.items.append(Item(id: "i\(index)", text: "Idée \(index)", kind: .idea, position: position))
            }
            let first = try runBrainwriting(workshop)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            #expect(try encoder.encode(first) == encoder.encode(try runBrainwriting(workshop)))
            let after = Support.applying(first.changes, to: workshop)
            for idea in after.items {
                let position = idea.position!
                guard let parent = idea.buildsOn.flatMap(after.item)?.position else {
                    #expect(!after.items.contains {
                        $0.position.map { $0.group == position.group && $0.sheet == position.sheet
                            && $0.slot == position.slot && $0.round < position.round } ?? false
                    })
                    continue
                }
                #expect((parent.group, parent.sheet, parent.slot) == (position.group, position.sheet, position.slot))
                #expect(parent.round < position.round)
            }
            #expect(try runBrainwriting(after).changes.items.isEmpty)
            #expect(first.changes.results[0].metrics["ideas"] == Double(used.count))
        }
    }
}
