import ArgumentParser
import Foundation

/// `atelier-bench generate`: writes the input files Atelier and its peers read.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write generated input files: actions, a vote (ballots), a score sheet or a hackathon, as CSV.",
        subcommands: [Actions.self, Items.self, Vote.self, Scores.self, Hackathon.self])

    struct Actions: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "N actions as CSV (the ten columns of 'atelier import actions').")

        @Option(help: "How many actions.") var count: Int
        @Option(help: "The CSV file to write.") var output: String

        func run() throws {
            try CSVFile.write(path: output, header: GeneratedAction.header, rows: count) { GeneratedAction($0).fields }
        }
    }

    struct Items: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "N proposals as CSV (id, text, kind), for the start-up benchmark.")

        @Option(help: "How many items.") var count: Int
        @Option(help: "The CSV file to write.") var output: String

        func run() throws {
            try CSVFile.write(path: output, header: GeneratedVote.proposalHeader, rows: count, GeneratedVote.proposal)
        }
    }

    struct Vote: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "N ballots: participants.csv, proposals.csv and ballots.csv in a folder.")

        @Option(help: "How many ballot rows.") var count: Int
        @Option(help: "The folder to write into.") var output: String
        @Option(help: "The order of the rows: panel (each voter's ballots together, voters in the panel's order), voters (each voter's ballots together, voters in a random order, as a time-ordered export gives them) or rows (every row in a random order).")
        var order: GeneratedVote.Order = .panel

        func run() throws { try GeneratedVote.writeVote(count: count, order: order, to: output) }
    }

    struct Scores: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "N score rows (participant, item, impact, feasibility): participants.csv, proposals.csv and scores.csv.")

        @Option(help: "How many score rows (each holds two scores).") var count: Int
        @Option(help: "The folder to write into.") var output: String

        func run() throws { try GeneratedVote.writeScores(count: count, to: output) }
    }

    struct Hackathon: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A hackathon of N people: participants.csv (with attributes), challenges.csv and preferences.csv.")

        @Option(help: "How many people.") var people: Int
        @Option(help: "The folder to write into.") var output: String

        func run() throws { try GeneratedHackathon.write(people: people, to: output) }
    }
}

extension GeneratedVote {
    /// The order of a generated vote's rows.
    enum Order: String, CaseIterable, ExpressibleByArgument {
        case panel, voters, rows
    }

    /// Writes ballots.csv with `count` rows in `order`, and the participants and proposals it refers to.
    static func writeVote(count: Int, order: Order = .panel, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let ballots = try CSVFile(path: "\(folder)/ballots.csv", header: ballotHeader)
        var voters = 0
        if order == .panel {
            voters = try forEachBallot(count: count) { try ballots.write($0) }
        } else {
            var rows: [[[String]]] = []
            voters = forEachBallot(count: count) { row in
                if rows.last?.first?.first == row[0] { rows[rows.count - 1].append(row) } else { rows.append([row]) }
            }
            if order == .rows { rows = rows.flatMap { $0.map { [$0] } } }
            var random = SeededRandom(stream: 6, index: 0)
            for index in rows.indices.reversed() { rows.swapAt(index, random.below(index + 1)) }
            for group in rows { for row in group { try ballots.write(row) } }
        }
        try ballots.close()
        try writePeople(voters, proposals: proposals, to: folder)
    }

    /// Writes scores.csv with `count` rows, and the participants and proposals it refers to.
    static func writeScores(count: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let scores = try CSVFile(path: "\(folder)/scores.csv", header: scoreHeader)
        let raters = try forEachScore(count: count) { try scores.write($0) }
        try scores.close()
        try writePeople(raters, proposals: scoredProposals, to: folder)
    }

    private static func writePeople(_ participants: Int, proposals: Int, to folder: String) throws {
        try CSVFile.write(path: "\(folder)/participants.csv", header: participantHeader, rows: participants, participant)
        try CSVFile.write(path: "\(folder)/proposals.csv", header: proposalHeader, rows: proposals, proposal)
    }
}
