import ArgumentParser
import AtelierKit
import Foundation
import TeamsMethod

/// `atelier-bench teams`: forms the teams of a generated hackathon with the `teams` method and with
/// the two ways a facilitator would otherwise form them, and prints how well each mixes the room and
/// meets the preferences (the table of BENCHMARKS.md, "Teams").
struct TeamsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "teams",
        abstract: "Form the teams of a generated hackathon (method and two baselines) and print their figures.")

    @Option(help: "How many people.") var people = 300
    @Option(help: "People per team (teams of this size, one smaller where the count does not divide).") var size = 6
    @Option(help: "The built-in registry's folder of manifests.") var methods = "methods/builtin"

    /// The attributes spread, with their weights: the service counts double.
    static let spread = ["service:2", "gender", "language", "age_band", "role"]

    func run() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-bench-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("data").path
        try GeneratedHackathon.write(people: people, to: folder)

        let teamCount = (people + size - 1) / size
        let perChallenge = (teamCount + GeneratedHackathon.challenges - 1) / GeneratedHackathon.challenges
        let step = AgendaStep(id: "teams", title: "Équipes", method: "teams", parameters: [
            "team_size_min": .integer(size - 1), "team_size_max": .integer(size), "spread": .list(Self.spread),
            "teams_per_challenge": .integer(perChallenge), "preferences": .string("\(folder)/preferences.csv"),
        ])
        let registryURL = URL(fileURLWithPath: methods)
        let registry = try Registry.load(from: registryURL, builtinModules: Registry.modulesNamed(in: registryURL))
        let runner = Runner(registry: registry, builtins: [Teams()])
        let store = try WorkshopStore.create(at: scratch.appendingPathComponent("hackathon.atelier"), info: BenchSource.info,
                                             agenda: Agenda(days: [AgendaDay(number: 1, title: "Hackathon", steps: [step])]))
        for (kind, file) in [(ImportKind.participants, "participants.csv"), (.items, "challenges.csv")] {
            let table = try CSVTable(contentsOf: URL(fileURLWithPath: "\(folder)/\(file)"), displayPath: file)
            try store.change(command: "import") { try Importer(kind: kind, table: table, file: file).changes(for: $0) }
        }

        let start = DispatchTime.now().uptimeNanoseconds
        _ = try runner.run("teams", overrides: [:], in: store, command: "run teams")
        let seconds = Stopwatch.seconds(DispatchTime.now().uptimeNanoseconds - start)
        let workshop = try store.workshop()
        guard let result = workshop.results.last else { throw ValidationError("the teams step gave no result") }
        let challengeOf = Dictionary(result.entries.compactMap { entry in entry.group.map { ($0, entry.item) } }) { first, _ in first }
        let method = Formation(teams: result.groups.map(\.members), challenges: result.groups.map { challengeOf[$0.name] ?? "" })

        let ids = workshop.participants.filter { $0.role != .observer && $0.role != .facilitator }.map(\.id)
        let sizes = (0..<teamCount).map { ids.count / teamCount + ($0 < ids.count % teamCount ? 1 : 0) }
        let preferences = try Self.preferences("\(folder)/preferences.csv")
        let listOrder = Formation.listOrder(ids, sizes: sizes)
        let roundRobin = Formation.roundRobin(ids, teams: teamCount, preferences: preferences, perChallenge: perChallenge)

        let attributes = Self.spread.map { String($0.split(separator: ":")[0]) }
        print("| \(people) people, \(teamCount) teams | " + attributes.map { "largest gap, \($0)" }.joined(separator: " | ")
              + " | first choice | top two | time |")
        print("| --- |" + String(repeating: " --- |", count: attributes.count + 3))
        for (name, formation, time) in [("`teams` method", method, "\(seconds) s"), ("list order", listOrder, "–"),
                                        ("greedy round-robin", roundRobin, "–")] {
            let gaps = attributes.map { formation.largestGap($0, people: workshop.participants) }
            let (first, topTwo) = formation.choiceShares(preferences)
            print("| \(name) | " + gaps.map { Self.points($0) }.joined(separator: " | ")
                  + " | \(Self.points(first)) % | \(Self.points(topTwo)) % | \(time) |")
        }
    }

    /// A share as percentage points with one decimal.
    static func points(_ share: Double) -> String { String(format: "%.1f", share * 100) }

    /// Each person's ranked challenges, first choice first.
    static func preferences(_ path: String) throws -> [String: [String]] {
        let table = try CSVTable(contentsOf: URL(fileURLWithPath: path), displayPath: path)
        var ranked: [String: [(Int, String)]] = [:]
        for record in table.records { ranked[record.fields[0], default: []].append((Int(record.fields[2])!, record.fields[1])) }
        return ranked.mapValues { $0.sorted { $0.0 < $1.0 }.map(\.1) }
    }
}

/// Teams and the challenge each works on, however they were formed.
struct Formation {
    var teams: [[String]]
    var challenges: [String]

    /// The list cut into teams of the given sizes, challenges handed out in turn.
    static func listOrder(_ ids: [String], sizes: [Int]) -> Formation {
        var teams: [[String]] = []
        var next = 0
        for size in sizes {
            teams.append(Array(ids[next..<next + size]))
            next += size
        }
        return Formation(teams: teams, challenges: teams.indices.map { "c\($0 % GeneratedHackathon.challenges + 1)" })
    }

    /// The list counted off into teams (1, 2, …, n, 1, 2, …); then each team in turn takes the open
    /// challenge its members rank best (3 points a first choice, 2 a second, 1 a third), a challenge
    /// closing once it has `perChallenge` teams.
    static func roundRobin(_ ids: [String], teams count: Int, preferences: [String: [String]], perChallenge: Int) -> Formation {
        var teams = [[String]](repeating: [], count: count)
        for (index, id) in ids.enumerated() { teams[index % count].append(id) }
        var taken: [String: Int] = [:]
        let challenges = teams.map { team in
            var points: [String: Int] = [:]
            for id in team { for (rank, challenge) in (preferences[id] ?? []).enumerated() { points[challenge, default: 0] += 3 - rank } }
            let open = (1...GeneratedHackathon.challenges).map { "c\($0)" }.filter { taken[$0, default: 0] < perChallenge }
            let best = open.max { (points[$0] ?? 0, $1) < (points[$1] ?? 0, $0) }!
            taken[best, default: 0] += 1
            return best
        }
        return Formation(teams: teams, challenges: challenges)
    }

    /// The largest difference, over teams and values, between a team's share of a value of the
    /// attribute and the room's share.
    func largestGap(_ attribute: String, people: [Participant]) -> Double {
        let byID = Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
        let value = { (id: String) -> String in
            attribute == "role" ? byID[id]!.role.rawValue : byID[id]!.attributes[attribute] ?? ""
        }
        let everyone = teams.joined().map(value)
        var room: [String: Double] = [:]
        for v in everyone { room[v, default: 0] += 1.0 / Double(everyone.count) }
        return teams.map { team in
            var counts: [String: Double] = [:]
            for id in team { counts[value(id), default: 0] += 1 }
            return room.map { abs((counts[$0.key] ?? 0) / Double(team.count) - $0.value) }.max() ?? 0
        }.max() ?? 0
    }

    /// The shares of people who ranked challenges that got their first choice, and one of their top two.
    func choiceShares(_ preferences: [String: [String]]) -> (first: Double, topTwo: Double) {
        var ranked = 0, first = 0, topTwo = 0
        for (team, challenge) in zip(teams, challenges) {
            for id in team {
                guard let choices = preferences[id], !choices.isEmpty else { continue }
                ranked += 1
                if choices.first == challenge { first += 1 }
                if choices.prefix(2).contains(challenge) { topTwo += 1 }
            }
        }
        return ranked == 0 ? (0, 0) : (Double(first) / Double(ranked), Double(topTwo) / Double(ranked))
    }
}
