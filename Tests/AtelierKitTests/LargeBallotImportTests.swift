import Foundation
import Testing
@testable import AtelierKit

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
        let text = "participant,item,dots\n" + (0..<rows).map { replaced[$0] ?? row($0) }.joined(separator: "\n")
        let table = try CSVTable(data: Data(text.utf8), displayPath: "votes.csv")
        return try Importer(kind: .ballots, table: table, file: "votes.csv").changes(for: workshop).changes
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
        do {
            _ = try Self.changes(replacing: replaced)
            Issue.record("accepted")
        } catch let error as ImportError {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }
}
