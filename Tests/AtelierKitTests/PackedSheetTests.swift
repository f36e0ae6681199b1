import Foundation
import GRDB
import Testing
@testable import AtelierKit

@Suite struct PackedSheetTests {
    @Test func ballotsComeBackInOrderWithTheirStepsAcrossChanges() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = [
            Ballot(participant: "p1", item: "i1", dots: 2, step: "vote"),
            Ballot(item: "i2", dots: 40, step: "vote"),
            Ballot(participant: "p1", item: "i2", dots: 1),
            Ballot(participant: "p1", item: "i1", dots: 1, step: "vote"),
        ]
        let second = [Ballot(participant: "p2", item: "i1", dots: 3, step: "vote")]
        try store.change(command: "first") { _ in (ChangeSet(ballots: first), "first") }
        try store.change(command: "second") { _ in (ChangeSet(ballots: second), "second") }
        #expect(try store.workshop().ballots == first + second)
        #expect(try store.counts()[.ballots] == 5)
        let sheets = try store.queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM ballot_sheets") }
        #expect(sheets == 4)
    }

    @Test func packingKeepsEveryValueAStoredBallotCanHold() throws {
        let ballots = [
            Ballot(participant: "Ünïcode ✅ « voter »", item: String(repeating: "long-item-", count: 40), dots: -3, step: "s"),
            Ballot(participant: "", item: "", dots: Int.max, step: "s"),
            Ballot(item: "i", dots: Int.min, step: "s"),
            Ballot(participant: "p\t1\n", item: "i,2", dots: 0, step: "s"),
        ]
        let packed = BallotSheet.pack(ballots[...])
        var read: [Ballot] = []
        try packed.withUnsafeBytes { bytes in
            try BallotSheet.unpack(bytes, count: ballots.count, step: "s", into: &read)
        }
        #expect(read == ballots)

        let scores = [
            Score(item: "i « 1 »", criterion: "impact", value: 4.5, participant: "Ünïcode ✅", step: "m"),
            Score(item: "", criterion: "", value: -0.0, group: "Table 2", step: "m"),
            Score(item: "i", criterion: "c", value: .greatestFiniteMagnitude, participant: "p", group: "g", step: "m"),
            Score(item: "i", criterion: "c", value: 1e-300, step: "m"),
        ]
        var readScores: [Score] = []
        try ScoreSheet.pack(scores[...]).withUnsafeBytes { bytes in
            try ScoreSheet.unpack(bytes, count: scores.count, step: "m", into: &readScores)
        }
        #expect(readScores == scores)
        #expect(readScores[1].value.sign == .minus)
    }

    @Test func scoresComeBackInOrderWithTheirStepsAndUndoTogether() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = [Score(item: "i1", criterion: "impact", value: 3, participant: "p1", step: "vote"),
                     Score(item: "i2", criterion: "impact", value: 2.5, group: "A"),
                     Score(item: "i1", criterion: "impact", value: 5, step: "vote")]
        let second = [Score(item: "i2", criterion: "impact", value: 1, participant: "p2", step: "vote")]
        try store.change(command: "first") { _ in (ChangeSet(scores: first), "first") }
        try store.change(command: "second") { _ in (ChangeSet(scores: second), "second") }
        #expect(try store.workshop().scores == first + second)
        #expect(try store.counts()[.scores] == 4)
        try store.undo()
        #expect(try store.workshop().scores == first)
    }

    /// A way a stored sheet can be damaged, and what the error then says.
    enum Damage: String, CaseIterable, Sendable {
        case countTooLarge, countTooSmall, cut, otherFormat, empty

        var count: Int { self == .countTooLarge ? 3 : self == .countTooSmall ? 1 : 2 }

        func apply(_ bytes: [UInt8]) -> [UInt8] {
            switch self {
            case .countTooLarge, .countTooSmall: bytes
            case .cut: Array(bytes.dropLast(2))
            case .otherFormat: [9] + bytes.dropFirst()
            case .empty: []
            }
        }

        var reason: String {
            switch self {
            case .countTooLarge, .cut: "ends in the middle of a row"
            case .countTooSmall: "holds more than its 1 rows"
            case .otherFormat, .empty: "unknown sheet format"
            }
        }
    }

    @Test(arguments: Damage.allCases)
    func aDamagedSheetIsReportedWithItsRow(_ damage: Damage) throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let ballots = [Ballot(participant: "p1", item: "i1", dots: 2, step: "vote"), Ballot(participant: "p2", item: "i2", dots: 1, step: "vote")]
        try store.change(command: "vote") { _ in (ChangeSet(ballots: ballots), "vote") }
        try store.queue.write { db in
            try db.execute(sql: "UPDATE ballot_sheets SET count = ?, rows = ?",
                           arguments: [damage.count, Data(damage.apply(BallotSheet.pack(ballots[...])))])
        }
        let ord = try store.queue.read { db in try Int64.fetchOne(db, sql: "SELECT ord FROM ballot_sheets") } ?? 0
        do {
            _ = try store.workshop()
            Issue.record("\(damage): the damaged sheet was read")
        } catch let error as StoreError {
            guard case .corrupt(let path, let table, let row, let found) = error else {
                Issue.record("\(damage): \(error)")
                return
            }
            #expect(path == store.url.path)
            #expect(table == "ballot_sheets")
            #expect(row == ord)
            #expect(found.contains(damage.reason), "\(damage): \(found)")
        }
    }

    @Test func undoTakesBackOneChangesSheetsOnly() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kept = [Ballot(participant: "p1", item: "i1", dots: 2, step: "vote")]
        try store.change(command: "kept") { _ in (ChangeSet(ballots: kept), "kept") }
        try store.change(command: "undone") { _ in
            (ChangeSet(ballots: [Ballot(participant: "p2", item: "i2", dots: 1, step: "vote"), Ballot(item: "i1", dots: 5)]), "undone")
        }
        try store.undo()
        #expect(try store.workshop().ballots == kept)
        #expect(try store.counts()[.ballots] == 1)
        try store.undo()
        #expect(try store.workshop().ballots.isEmpty)
    }

    /// A file of the first format keeps its ballots and scores, in order and by change, once opened:
    /// and each change's rows still undo together.
    @Test func aFirstFormatFileIsMovedToSheetsWhenOpened() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("old.atelier")
        let queue = try DatabaseQueue(path: url.path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)") }
        try StoreSchema.migrator.migrate(queue, upTo: "v1")
        let agenda = Agenda(days: [AgendaDay(number: 1, title: "Jour 1", steps: [AgendaStep(id: "vote", title: "Vote", method: "tally")])])
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO journal(id, at, command, summary) VALUES (1, '2026-01-01T00:00:00Z', 'init', 'init'),
                    (2, '2026-01-01T00:00:00Z', 'seed', 'seed'), (3, '2026-01-01T00:00:00Z', 'vote', 'vote'),
                    (4, '2026-01-01T00:00:00Z', 'paper', 'paper');
                INSERT INTO participants(id, name, role, entry) VALUES ('p1', 'Anne', 'participant', 2), ('p2', 'Jan', 'participant', 2);
                INSERT INTO items(id, text, kind, entry) VALUES ('i1', 'L''accueil', 'proposal', 2), ('i2', 'Les files', 'proposal', 2);
                INSERT INTO ballots(participant, item, dots, step, entry) VALUES ('p1', 'i1', 2, 'vote', 3),
                    ('p2', 'i1', 1, 'vote', 3), ('p2', 'i2', 1, NULL, 3), (NULL, 'i2', 12, 'vote', 4);
                INSERT INTO scores(item, criterion, value, participant, grp, step, entry) VALUES
                    ('i1', 'impact', 4.5, 'p1', NULL, 'vote', 3), ('i2', 'impact', 2, NULL, 'Table 1', NULL, 4);
                """)
            try StoreRows.insertMeta(db, key: StoreRows.infoKey, value: StoreRows.json(WorkshopInfo(title: "Ancien")), entry: 1)
            try StoreRows.insertMeta(db, key: StoreRows.agendaKey, value: StoreRows.json(agenda), entry: 1)
        }
        try queue.close()

        let store = try WorkshopStore.open(at: url)
        let vote = [Ballot(participant: "p1", item: "i1", dots: 2, step: "vote"), Ballot(participant: "p2", item: "i1", dots: 1, step: "vote"),
                    Ballot(participant: "p2", item: "i2", dots: 1)]
        let paper = [Ballot(item: "i2", dots: 12, step: "vote")]
        #expect(try store.workshop().ballots == vote + paper)
        #expect(try store.counts()[.ballots] == 4)
        #expect(try store.workshop().scores == [Score(item: "i1", criterion: "impact", value: 4.5, participant: "p1", step: "vote"),
                                                Score(item: "i2", criterion: "impact", value: 2, group: "Table 1")])
        let tables = try store.queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE 'ballot%' OR name LIKE 'score%'")
        }
        #expect(Set(tables) == ["ballot_sheets", "ballot_sheets_undo_update", "ballot_sheets_undo_delete",
                                "score_sheets", "score_sheets_undo_update", "score_sheets_undo_delete"])
        #expect(try store.undo().command == "paper")
        #expect(try store.workshop().ballots == vote)
        #expect(try store.workshop().scores.count == 1)
        #expect(try store.undo().command == "vote")
        #expect(try store.workshop().ballots.isEmpty)
    }
}
