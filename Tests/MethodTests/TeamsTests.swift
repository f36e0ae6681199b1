import AtelierKit
import Foundation
import Testing
@testable import TeamsMethod

/// `teams` forms mixed teams of sizes that add up, honours pairs, and gives each team a challenge.
@Suite struct TeamsTests {
    /// `count` participants whose groups come in runs of `run` (A, A, A, B, B, B, …) over `groups`
    /// services, every fourth an expert: the list order a facilitator would cut into teams.
    static func room(_ count: Int, groups: Int = 4, run: Int = 6, challenges: Int = 0) -> Workshop {
        let letters = ["A", "B", "C", "D", "E", "F"]
        return Workshop(
            info: WorkshopInfo(title: "Hackathon"),
            participants: (1...count).map { n in
                Participant(id: "p\(n)", name: "Person \(n)", group: letters[((n - 1) / run) % groups],
                            role: n % 4 == 0 ? .expert : .participant)
            },
            items: (0..<challenges).map { Item(id: "c\($0 + 1)", text: "Challenge \($0 + 1)", kind: .challenge) })
    }

    static func run(_ workshop: Workshop, _ parameters: [String: ParameterValue] = [:], language: Language = .en) throws -> StepResult {
        let request = try ManifestDefaults.request("teams", step: "hack-teams", parameters: parameters, language: language, workshop: workshop)
        let result = try Teams().run(request)
        #expect(result.changes.writtenParts == [.results])
        return try #require(result.changes.results.first)
    }

    /// Writes `text` to a new file in a folder of its own and returns its path.
    static func file(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("teams-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    @Test func manifestIsWellFormed() throws {
        try ManifestDefaults.expectWellFormed("teams", module: "Teams", writes: [.results])
    }

    @Test func everyoneWhoTakesPartIsInExactlyOneTeamOfTheRightSize() throws {
        var workshop = Self.room(23)
        workshop.participants += [Participant(id: "f1", name: "Facilitator", role: .facilitator),
                                  Participant(id: "o1", name: "Observer", role: .observer)]
        let result = try Self.run(workshop)
        #expect(result.groups.map(\.members.count) == [6, 6, 6, 5])
        #expect(result.groups.map(\.name) == ["Team 1", "Team 2", "Team 3", "Team 4"])
        #expect(result.groups.flatMap(\.members).sorted() == (1...23).map { "p\($0)" }.sorted())
        let withFacilitators = try Self.run(workshop, ["include_facilitators": .bool(true)])
        #expect(withFacilitators.groups.flatMap(\.members).contains("f1"))
        #expect(!withFacilitators.groups.flatMap(\.members).contains("o1"))
        #expect(withFacilitators.metrics["participants"] == 24)
    }

    @Test func sizesThatCannotAddUpAreRefusedWithTheNumbers() {
        #expect(methodErrorMessage { _ = try Self.run(Self.room(23), ["team_size_min": .integer(6), "team_size_max": .integer(6)]) }
            == "23 people cannot be split into teams of exactly 6: 3 teams hold at most 18 and 4 teams need at least 24; "
            + "change team_size_min or team_size_max, or set teams")
        #expect(methodErrorMessage { _ = try Self.run(Self.room(23), ["team_size_min": .integer(7), "team_size_max": .integer(5)]) }
            == "team_size_min (7) is above team_size_max (5); give a minimum no larger than the maximum")
        #expect(methodErrorMessage { _ = try Self.run(Self.room(5), ["teams": .integer(3)]) }
            == "5 people cannot form 3 teams of at least 2; ask for at most 2 teams")
        #expect(methodErrorMessage { _ = try Self.run(Self.room(1)) }
            == "teams need at least 2 people (participants or experts); the workshop has 1; import participants first")
    }

    @Test func aNumberOfTeamsGivesEvenSizes() throws {
        #expect(try Self.run(Self.room(23), ["teams": .integer(5)]).groups.map(\.members.count) == [5, 5, 5, 4, 4])
        #expect(try TeamSizes.bounded(people: 24, minimum: 6, maximum: 6) == [6, 6, 6, 6])
        #expect(try TeamSizes.bounded(people: 14, minimum: 3, maximum: 5) == [5, 5, 4])
    }

    @Test func mixesServicesFarBetterThanListOrder() throws {
        let workshop = Self.room(24)
        let result = try Self.run(workshop)
        // 4 services of 6 in teams of 6: the best is 2, 2, 1, 1 of each (8.3 points from a quarter).
        #expect(result.metrics["deviation_group"] == 8.3)
        let mix = Mix(people: workshop.participants,
                      attributes: try WeightedAttribute.parse(["group", "role"], people: workshop.participants))
        let listOrder = stride(from: 0, to: 24, by: 6).map { Array($0..<$0 + 6) }
        #expect(mix.largestDeviations(listOrder)[0] == 0.75)
        #expect(result.metrics["deviation_role"] == 8.3)
        #expect(result.summary == "Teams: 24 people in 4 teams of 6; largest gap from the room's mix (percentage points): group 8.3, role 8.3.")
    }

    /// 8 people in two teams of 4: every split is tried and none mixes better than the method's.
    @Test(arguments: [1, 2, 3, 4, 5])
    func smallRoomsReachTheBestMixThereIs(seed: Int) throws {
        let participants = [("A", Role.participant), ("A", .expert), ("A", .participant), ("B", .participant),
                            ("B", .expert), ("C", .participant), ("C", .participant), ("A", .expert)]
            .enumerated().map { Participant(id: "p\($0 + 1)", name: "P\($0 + 1)", group: $1.0, role: $1.1) }
        let weights = try WeightedAttribute.parse(["group:2", "role"], people: participants)
        let mix = Mix(people: participants, attributes: weights)
        let score = { (teams: [[Int]]) in zip(weights, mix.largestDeviations(teams)).reduce(0) { $0 + $1.0.weight * $1.1 } }
        var best = Double.infinity
        for mask in 0..<(1 << 8) where mask.nonzeroBitCount == 4 {
            let first = (0..<8).filter { mask & (1 << $0) != 0 }
            best = min(best, score([first, (0..<8).filter { !first.contains($0) }]))
        }
        let workshop = Workshop(info: WorkshopInfo(title: "Small"), participants: participants)
        let result = try Self.run(workshop, ["team_size_min": .integer(4), "team_size_max": .integer(4),
                                             "spread": .list(["group:2", "role"]), "seed": .integer(seed)])
        let index = Dictionary(uniqueKeysWithValues: participants.enumerated().map { ($1.id, $0) })
        let teams = result.groups.map { $0.members.map { index[$0]! } }
        #expect(abs(score(teams) - best) < 1e-9)
    }

    @Test func theSameSeedGivesTheSameTeams() throws {
        let workshop = Self.room(30)
        let first = try Self.run(workshop, ["seed": .integer(7)])
        #expect(try Self.run(workshop, ["seed": .integer(7)]).groups == first.groups)
        let others = try (1...4).map { try Self.run(workshop, ["seed": .integer($0)]).groups }
        #expect(others.contains { $0 != first.groups })
    }

    @Test func keepsPairsTogetherAndApart() throws {
        let pairs = try Self.file("pairs.csv", "first,second,keep\np1,p2,together\np2,p3,together\np7,p8,apart\np9,p10,apart\n")
        let result = try Self.run(Self.room(24), ["pairs": .string(pairs)])
        let teamOf = { (id: String) in result.groups.firstIndex { $0.members.contains(id) } }
        #expect(teamOf("p1") == teamOf("p2") && teamOf("p2") == teamOf("p3"))
        #expect(teamOf("p7") != teamOf("p8") && teamOf("p9") != teamOf("p10"))
        #expect(result.metrics["apart_unmet"] == 0 && result.notes.isEmpty)
    }

    @Test func namesAKeepApartPairThatCannotBeMet() throws {
        let pairs = try Self.file("pairs.csv", "first,second,keep\np1,p2,apart\n")
        let result = try Self.run(Self.room(4), ["teams": .integer(1), "pairs": .string(pairs)])
        #expect(result.metrics["apart_unmet"] == 1)
        #expect(result.notes == ["'p1' and 'p2' were to be kept apart but are both in Team 1: no arrangement found separates them."])
    }

    @Test func refusesPairsThatCannotBeHonoured() throws {
        let large = try Self.file("pairs.csv", "first,second,keep\np1,p2,together\np2,p3,together\np3,p4,together\np4,p5,together\n")
        #expect(methodErrorMessage { _ = try Self.run(Self.room(12), ["team_size_min": .integer(3), "team_size_max": .integer(4), "pairs": .string(large)]) }
            == "the keep-together pairs join 5 people (p1, p2, p3, p4, p5), more than the largest team (4); remove a pair or make teams larger")
        let both = try Self.file("pairs.csv", "first,second,keep\np1,p2,together\np2,p3,together\np3,p1,apart\n")
        #expect(methodErrorMessage { _ = try Self.run(Self.room(12), ["pairs": .string(both)]) }
            == "'p3' and 'p1' are to be kept apart, but the keep-together pairs put them in one team (p1, p2, p3); remove one of the pairs")
        let unknown = try Self.file("pairs.csv", "first,second,keep\np1,p2,together\np1,zz,apart\n")
        #expect(methodErrorMessage { _ = try Self.run(Self.room(12), ["pairs": .string(unknown)]) }
            == "\(unknown):3: error: second: 'zz' is not among the people forming teams (participants and experts, "
            + "facilitators with include_facilitators); name them by id")
        let keep = try Self.file("pairs.csv", "first,second,keep\np1,p2,maybe\n")
        #expect(methodErrorMessage { _ = try Self.run(Self.room(12), ["pairs": .string(keep)]) }
            == "\(keep):2: error: keep: 'maybe' is neither together nor apart")
    }

    @Test func givesEveryChallengeATeamAndMostPeopleTheirChoice() throws {
        // 12 people in 3 teams of 4; 3 challenges. Everyone prefers c1, then c2, then c3.
        let rows = (1...12).flatMap { n in ["p\(n),c1,1", "p\(n),c2,2", "p\(n),c3,3"] }
        let preferences = try Self.file("preferences.csv", "participant,challenge,rank\n" + rows.joined(separator: "\n"))
        let result = try Self.run(Self.room(12, challenges: 3), ["team_size_min": .integer(4), "team_size_max": .integer(4),
                                                                 "preferences": .string(preferences)])
        #expect(Set(result.entries.map(\.item)) == ["c1", "c2", "c3"])
        #expect(result.entries.map(\.group) == ["Team 1", "Team 2", "Team 3"])
        #expect(result.metrics["first_choice"] == 33.3 && result.metrics["top_two"] == 66.7 && result.metrics["ranked"] == 12)
        let byChallenge = Dictionary(uniqueKeysWithValues: result.entries.map { ($0.item, $0) })
        #expect(["c1", "c2", "c3"].map { byChallenge[$0]?.value } == [4, 0, 0])
        #expect(["c1", "c2", "c3"].map { byChallenge[$0]?.values["top_two"] } == [4, 4, 0])
        // Two teams may now share the popular challenge, but every challenge still comes first.
        let shared = try Self.run(Self.room(16, challenges: 3), ["team_size_min": .integer(4), "team_size_max": .integer(4),
                                                                 "teams_per_challenge": .integer(2), "preferences": .string(preferences)])
        #expect(shared.entries.map(\.item).sorted() == ["c1", "c1", "c2", "c3"])
    }

    @Test func namesTheChallengesLeftWithoutATeam() throws {
        let result = try Self.run(Self.room(8, challenges: 3), ["teams": .integer(2)])
        #expect(result.metrics["uncovered"] == 1)
        #expect(result.notes.count == 1 && result.notes[0].hasPrefix("Challenges without a team (2 teams for more challenges): c"))
    }

    @Test func refusesBadPreferencesAndParameters() throws {
        let workshop = Self.room(12, challenges: 3)
        let unknownChallenge = try Self.file("preferences.csv", "participant,challenge,rank\np1,c1,1\np1,c9,2\n")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["preferences": .string(unknownChallenge)]) }
            == "\(unknownChallenge):3: error: challenge: unknown challenge 'c9'; the challenges are c1, c2, c3")
        let badRank = try Self.file("preferences.csv", "participant;challenge;rank\np1;c1;first\n")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["preferences": .string(badRank)]) }
            == "\(badRank):2: error: rank: 'first' is not a rank; give 1 for the first choice, 2 for the second, …")
        let twice = try Self.file("preferences.csv", "participant,challenge,rank\np1,c1,1\np1,c1,2\n")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["preferences": .string(twice)]) }
            == "\(twice):3: error: challenge: participant 'p1' already ranked challenge 'c1' on line 2; keep one of the two")
        let nobody = try Self.file("preferences.csv", "participant,challenge,rank\nzz,c1,1\n")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["preferences": .string(nobody)]) }
            == "\(nobody):2: error: participant: unknown participant 'zz'; name participants by their id")
        let columns = try Self.file("preferences.csv", "participant,item,rank\np1,c1,1\n")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["preferences": .string(columns)]) }
            == "\(columns):1: error: challenge: missing column; a preferences file has participant,challenge,rank")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["preferences": .string("/nonexistent/prefs.csv")]) }
            == "parameter preferences: cannot read '/nonexistent/prefs.csv'; check the file's path")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["preferences": .string(FileManager.default.temporaryDirectory.path)]) }
            == "parameter preferences: '\(FileManager.default.temporaryDirectory.path)' is not a regular file")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["teams": .integer(4)]) }
            == "4 teams cannot all have a challenge: 3 challenges take at most 3 (teams_per_challenge = 1); "
            + "raise teams_per_challenge or make fewer, larger teams")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["spread": .list(["service"])]) }
            == "parameter spread names 'service', which is not an attribute the participants have; use group, role, "
            + "each with an optional weight (group:2); other attributes come as extra columns of the participants file")
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["challenges": .list(["c1", "x"])]) }
            == "parameter challenges names 'x', which is not a challenge card of the workshop; the challenges are c1, c2, c3")
    }

    @Test func refusesAPreferencesFileTooLargeToBeOne() throws {
        let path = try Self.file("preferences.csv", "participant,challenge,rank\n")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(CSVInput.maxBytes + 1))
        try handle.close()
        #expect(methodErrorMessage { _ = try Self.run(Self.room(12, challenges: 3), ["preferences": .string(path)]) }
            == "parameter preferences: '\(path)' holds \(CSVInput.maxBytes + 1) bytes, more than the \(CSVInput.maxBytes) a preferences file may")
    }

    @Test(arguments: [
        (Language.fr, "Équipes\u{A0}: 24 personnes en 4 équipes de 6\u{A0}; plus grand écart avec la composition de la salle (points de pourcentage)\u{A0}: groupe 8,3, rôle 8,3."),
        (Language.nl, "Teams: 24 mensen in 4 teams van 6; grootste afwijking van de samenstelling van de zaal (procentpunten): groep 8,3, rol 8,3."),
        (Language.de, "Teams: 24 Personen in 4 Teams zu 6; größte Abweichung von der Zusammensetzung des Raums (Prozentpunkte): Gruppe 8,3, Rolle 8,3."),
    ])
    func summarisesInTheRequestLanguage(language: Language, summary: String) throws {
        let result = try Self.run(Self.room(24), language: language)
        #expect(result.summary == summary)
        #expect(result.groups[0].name == (language == .fr ? "Équipe 1" : "Team 1"))
    }

    /// 24 people with imported attributes: services in runs of six, genders alternating, two languages
    /// in runs of twelve, as a list sorted by service would give them.
    static func attributedRoom() -> Workshop {
        let services = ["finance", "health", "mobility", "youth"]
        return Workshop(
            info: WorkshopInfo(title: "Hackathon"),
            participants: (1...24).map { n in
                Participant(id: "p\(n)", name: "Person \(n)", attributes: [
                    "service": services[(n - 1) / 6], "gender": n % 2 == 0 ? "f" : "m", "language": n <= 12 ? "fr" : "nl",
                ])
            })
    }

    @Test func spreadsTheAttributesTheParticipantsFileCarried() throws {
        let workshop = Self.attributedRoom()
        let result = try Self.run(workshop, ["spread": .list(["service:2", "gender", "language"])])
        // A quarter of each service in teams of 6 is 1.5 people: the best is 2 or 1 (8.3 points off).
        #expect(result.metrics["deviation_service"] == 8.3)
        #expect(result.metrics["deviation_gender"] == 0)
        #expect(result.metrics["deviation_language"] == 0)
        #expect(result.summary.hasSuffix("service 8.3, gender 0, language 0."))
        #expect(methodErrorMessage { _ = try Self.run(workshop, ["spread": .list(["age_band"])]) }
            == "parameter spread names 'age_band', which is not an attribute the participants have; use group, role, gender, "
            + "language, service, each with an optional weight (group:2); other attributes come as extra columns of the participants file")
    }

    @Test func namesATeamWithAMajorityFromOneServiceWhenTheRoomAllowsNone() throws {
        let workshop = Self.attributedRoom()
        let sizes = [6, 6, 6, 6]
        let mix = Mix(people: workshop.participants,
                      attributes: try WeightedAttribute.parse(["gender", "service"], people: workshop.participants))
        // List order: each team is one service (6 of 6), and genders alternate (3 of 6: no majority).
        let listOrder = stride(from: 0, to: 24, by: 6).map { Array($0..<$0 + 6) }
        #expect(mix.majorities(listOrder, sizes: sizes).map(\.count) == [6, 6, 6, 6])
        #expect(mix.majorities(listOrder, sizes: sizes).map(\.value) == ["finance", "health", "mobility", "youth"])
        #expect(try Self.run(workshop, ["spread": .list(["gender", "service"])]).notes.isEmpty)
        // 13 of 24 from finance: 4 teams of 6 hold at most 12 without a majority, so none is named.
        var crowded = workshop
        for n in 0..<13 { crowded.participants[n].attributes["service"] = "finance" }
        let crowdedMix = Mix(people: crowded.participants,
                             attributes: try WeightedAttribute.parse(["service"], people: crowded.participants))
        #expect(crowdedMix.majorities(listOrder, sizes: sizes).isEmpty)
        #expect(TeamsTexts(language: .en).majority(team: "Team 2", attribute: Attribute(name: "service"), value: "finance", count: 4, size: 6)
            == "Team 2 has a majority with the same service, 'finance' (4 of 6), although the room allows teams without one.")
    }
}
