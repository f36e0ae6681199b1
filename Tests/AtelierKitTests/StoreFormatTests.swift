import Foundation
import GRDB
import Testing
@testable import AtelierKit

/// Ballots and scores are plain rows that sqlite3 alone can list, and files of the earlier formats
/// are moved over when opened, losing nothing.
@Suite struct StoreFormatTests {
    @Test func ballotsAndScoresAreOneRowEachInOrderAcrossChanges() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = [
            Ballot(participant: "p1", item: "i1", dots: 2, step: "vote"),
            Ballot(item: "i2", dots: 40, step: "vote"),
            Ballot(participant: "p1", item: "i2", dots: 1),
        ]
        let second = [Ballot(participant: "p2", item: "i1", dots: 3, step: "vote")]
        let scores = [Score(item: "i1", criterion: "impact", value: 4.5, participant: "Ünïcode ✅", step: "vote"),
                      Score(item: "i2", criterion: "impact", value: -0.0, group: "Table 2")]
        try store.change(command: "first") { _ in (ChangeSet(scores: scores, ballots: first), "first") }
        try store.change(command: "second") { _ in (ChangeSet(ballots: second), "second") }
        #expect(try store.workshop().ballots == first + second)
        #expect(try store.workshop().scores == scores)
        #expect(try store.counts()[.ballots] == 4)
        #expect(try store.counts()[.scores] == 2)
        let rows = try store.queue.read { db in
            try Row.fetchAll(db, sql: "SELECT participant, item, dots, step, entry FROM ballots ORDER BY ord")
                .map { "\($0[0] ?? "-") \($0[1] as String) \($0[2] as Int) \($0[3] ?? "-") \($0[4] as Int)" }
        }
        #expect(rows == ["p1 i1 2 vote 3", "- i2 40 vote 3", "p1 i2 1 - 3", "p2 i1 3 vote 4"])
        let groups = try store.queue.read { db in try String.fetchAll(db, sql: "SELECT grp FROM scores WHERE grp IS NOT NULL") }
        #expect(groups == ["Table 2"])
    }

    @Test func undoTakesAChangesBallotsBackTogether() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let kept = [Ballot(participant: "p1", item: "i1", dots: 2, step: "vote")]
        try store.change(command: "kept") { _ in (ChangeSet(ballots: kept), "kept") }
        try store.change(command: "undone") { _ in
            (ChangeSet(ballots: [Ballot(participant: "p2", item: "i2", dots: 1, step: "vote"), Ballot(item: "i1", dots: 5)]), "undone")
        }
        try store.undo()
        #expect(try store.workshop().ballots == kept)
        try store.undo()
        #expect(try store.workshop().ballots.isEmpty)
    }

    /// Text planted in a before-image comes back as text: undo runs fixed statements only.
    @Test func aBeforeImageHoldingSQLIsRestoredAsText() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.change(command: "rename") { w in
            var anne = w.participant("p1")!
            anne.name = "Anne D."
            return (ChangeSet(participants: Edits(upsert: [anne])), "rename")
        }
        let planted = "x'); DELETE FROM participants; --"
        try store.queue.write { db in try db.execute(sql: "UPDATE participants_before SET name = ?", arguments: [planted]) }
        try store.undo()
        #expect(try store.workshop().participants.map(\.name) == [planted, "Jan"])
    }

    /// Writes a workshop file of an earlier format, at migration `format`, holding two changes of
    /// ballots and scores, as that format stored them.
    static func earlierFile(at url: URL, format: String, undoStatement: String? = nil) throws {
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
            if let undoStatement {
                try db.execute(sql: "INSERT INTO undo_log(entry, statement) VALUES (4, ?)", arguments: [undoStatement])
            }
        }
        try StoreSchema.migrator.migrate(queue, upTo: format)
        try queue.close()
    }

    @Test(arguments: ["v1", "v2-sheets"])
    func aFileOfAnEarlierFormatKeepsEveryBallotAndScore(format: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("old.atelier")
        try Self.earlierFile(at: url, format: format)

        let store = try WorkshopStore.open(at: url)
        #expect(try store.workshop().ballots == [
            Ballot(participant: "p1", item: "i1", dots: 2, step: "vote"), Ballot(participant: "p2", item: "i1", dots: 1, step: "vote"),
            Ballot(participant: "p2", item: "i2", dots: 1), Ballot(item: "i2", dots: 12, step: "vote"),
        ])
        #expect(try store.workshop().scores == [Score(item: "i1", criterion: "impact", value: 4.5, participant: "p1", step: "vote"),
                                                Score(item: "i2", criterion: "impact", value: 2, group: "Table 1")])
        let entries = try store.queue.read { db in try Int.fetchAll(db, sql: "SELECT entry FROM ballots ORDER BY ord") }
        #expect(entries == [3, 3, 3, 4])
        let tables = try store.queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE '%sheet%' OR name LIKE 'undo%'")
        }
        #expect(tables.isEmpty)
        // The old undo log held statements, which are never run: changes before the move stay done.
        #expect(try store.journal().last?.command == StoreSchema.upgradeCommand)
        #expect(throws: StoreError.undoBeforeUpgrade(path: url.path)) { try store.undo() }
        #expect(try store.workshop().ballots.count == 4)
        // Changes made after the move undo as usual.
        try store.change(command: "late") { _ in (ChangeSet(ballots: [Ballot(participant: "p1", item: "i2", dots: 1)]), "late") }
        #expect(try store.undo().command == "late")
        #expect(try WorkshopStore.open(at: url).workshop().ballots.count == 4)
    }

    @Test func aDamagedSheetIsNamedAndTheFileLeftAsItWas() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("old.atelier")
        try Self.earlierFile(at: url, format: "v2-sheets")
        let queue = try DatabaseQueue(path: url.path)
        try queue.write { db in try db.execute(sql: "UPDATE ballot_sheets SET count = count + 1 WHERE ord = 1") }
        try queue.close()
        #expect(throws: StoreError.corrupt(path: url.path, table: "ballot_sheets", row: 1,
                                           reason: "the sheet ends in the middle of a row")) {
            try WorkshopStore.open(at: url)
        }
        let again = try DatabaseQueue(path: url.path)
        #expect(try again.read { db in try StoreSchema.migrator.appliedIdentifiers(db) } == ["v1", "v2-sheets"])
    }
}
