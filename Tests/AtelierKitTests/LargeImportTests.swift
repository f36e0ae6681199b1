import Foundation
import Testing
@testable import AtelierKit

/// The changes importing `rows` generated rows (some replaced) under `header` makes to a workshop.
func importGenerated(
    _ kind: ImportKind, header: String, rows: Int, row: (Int) -> String, replacing replaced: [Int: String], into workshop: Workshop
) throws -> ChangeSet {
    let text = header + "\n" + (0..<rows).map { replaced[$0] ?? row($0) }.joined(separator: "\n")
    let table = try CSVTable(data: Data(text.utf8), displayPath: "large.csv")
    return try Importer(kind: kind, table: table, file: "large.csv").changes(for: workshop).changes
}

/// Expects `importing` to be refused on `line` with a message holding `message`.
func expectRefusal(line: Int, message: String, _ importing: () throws -> Void) throws {
    do {
        try importing()
        Issue.record("accepted")
    } catch let error as ImportError {
        #expect(error.line == line, "\(error)")
        #expect(error.message.contains(message), "\(error)")
    }
}

/// A ballot file large enough to be read on several cores gives the same ballots, and the same first
/// error, as a reading from the top.
@Suite struct LargeBallotImportTests {
    static let voters = 30_000
    static let rows = voters * 4

    static let workshop = Workshop(
        info: WorkshopInfo(title: "Vote"),
        participants: (0..<voters).map { Participant(id: "p\($0)", name: "Personne \($0)") },
        items: (0..<100).map { Item(id: "i\($0)", text: "Proposition \($0)", kind: .proposal) })

    /// Row `k` (0-based; on line k + 2): voter k/4 on one of four distinct items of theirs.
    static func row(_ k: Int) -> String { "p\(k / 4),i\(k % 4 + (k / 4) % 96),\(k % 2 + 1)" }

    static func changes(replacing replaced: [Int: String] = [:]) throws -> ChangeSet {
        try importGenerated(.ballots, header: "participant,item,dots", rows: rows, row: row, replacing: replaced, into: workshop)
    }

    @Test func readsEveryBallotInOrder() throws {
        let ballots = try Self.changes().ballots
        #expect(ballots.count == Self.rows)
        for k in [0, 1, 59_999, 60_000, 60_001, 89_999, Self.rows - 1] {
            #expect(ballots[k] == Ballot(participant: "p\(k / 4)", item: "i\(k % 4 + (k / 4) % 96)", dots: k % 2 + 1))
        }
    }

    @Test(arguments: [
        // A ballot given twice in the second half comes before an unknown voter further down.
        ([70_000: row(69_999), 100_000: "zz,i1,1"], 70_002, "duplicate ballot: participant 'p17499' already placed dots on item 'i30' on line 70001"),
        // An unknown voter at the very start of the second half comes before the repeat after it.
        ([60_000: "zz,i1,1", 70_000: row(69_999)], 60_002, "unknown participant 'zz'"),
        // A bad count in the first half comes before anything in the second.
        ([100: "p25,i1,deux", 70_000: row(69_999)], 102, "'deux' is not a whole number"),
        // A repeat across the halves is found.
        ([60_000: row(59_999)], 60_002, "already placed dots on item 'i26' on line 60001"),
    ] as [([Int: String], Int, String)])
    func theFirstErrorIsTheOneAReadingFromTheTopMeets(_ replaced: [Int: String], line: Int, message: String) throws {
        try expectRefusal(line: line, message: message) { _ = try Self.changes(replacing: replaced) }
    }
}

/// A score sheet large enough to be read on several cores: the same scores, and the same first error.
@Suite struct LargeScoreImportTests {
    static let rows = 60_000

    static let workshop = Workshop(
        info: WorkshopInfo(title: "Matrice"),
        participants: (0..<rows / 2).map { Participant(id: "p\($0)", name: "Personne \($0)") },
        items: (0..<100).map { Item(id: "i\($0)", text: "Proposition \($0)", kind: .proposal) },
        criteria: [Criterion(id: "impact", name: "Impact"), Criterion(id: "feasibility", name: "Faisabilité")])

    /// Row `k` (0-based; on line k + 2): rater k/2 on one of two distinct items of theirs.
    static func row(_ k: Int) -> String { "p\(k / 2),i\(k % 2 + (k / 2) % 98),\(k % 5 + 1),\((k + 2) % 5 + 1)" }

    static func changes(replacing replaced: [Int: String] = [:]) throws -> ChangeSet {
        try importGenerated(.scores, header: "participant,item,impact,feasibility", rows: rows, row: row, replacing: replaced,
                            into: workshop)
    }

    @Test func readsEveryScoreInOrder() throws {
        let scores = try Self.changes().scores
        #expect(scores.count == 2 * Self.rows)
        for k in [0, 29_999, 30_000, Self.rows - 1] {
            let item = "i\(k % 2 + (k / 2) % 98)"
            #expect(scores[2 * k] == Score(item: item, criterion: "impact", value: Double(k % 5 + 1), participant: "p\(k / 2)"))
            #expect(scores[2 * k + 1] == Score(item: item, criterion: "feasibility", value: Double((k + 2) % 5 + 1), participant: "p\(k / 2)"))
        }
    }

    @Test(arguments: [
        ([40_000: row(39_999), 50_000: "p1,i1,x,1"], 40_002, "duplicate score: participant 'p19999' already scored item 'i8' on criterion 'impact' on line 40001"),
        // The impact score repeats the row above: that is met before the feasibility that is no number.
        ([45_000: "p22499,i58,4,x"], 45_002, "duplicate score: participant 'p22499' already scored item 'i58' on criterion 'impact' on line 45001"),
        ([45_000: "p22500,i60,4,x", 50_000: row(49_999)], 45_002, "'x' is not a number"),
        ([100: "p50,i50,deux,1", 40_000: row(39_999)], 102, "'deux' is not a number"),
    ] as [([Int: String], Int, String)])
    func theFirstErrorIsTheOneAReadingFromTheTopMeets(_ replaced: [Int: String], line: Int, message: String) throws {
        try expectRefusal(line: line, message: message) { _ = try Self.changes(replacing: replaced) }
    }
}
