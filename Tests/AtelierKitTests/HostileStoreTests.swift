import Foundation
import GRDB
import Testing
@testable import AtelierKit

/// A workshop file is data: what someone else put in it never runs, and a schema Atelier did not make
/// is refused before anything is read.
@Suite struct HostileStoreTests {
    /// The attack of a crafted undo log: `atelier undo` on the received file must not reach another
    /// workshop on the same disk.
    @Test func anUndoLogHoldingStatementsNeverRunsThem() throws {
        let (other, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let crafted = folder.appendingPathComponent("received.atelier")
        try StoreFormatTests.earlierFile(
            at: crafted, format: "v2-sheets",
            undoStatement: "ATTACH '\(other.url.path)' AS v; DELETE FROM v.participants; DELETE FROM participants")

        let store = try WorkshopStore.open(at: crafted)
        #expect(throws: StoreError.undoBeforeUpgrade(path: crafted.path)) { try store.undo() }
        #expect(try other.workshop().participants.map(\.id) == ["p1", "p2"])
        #expect(try store.workshop().participants.map(\.id) == ["p1", "p2"])
    }

    /// Each way of changing a current file's schema outside Atelier, and what the refusal names.
    static let tamperings: [(String, String)] = [
        ("CREATE TRIGGER wipe AFTER INSERT ON journal BEGIN DELETE FROM participants; END", "trigger ‘wipe’ is not Atelier's"),
        ("CREATE VIEW everyone AS SELECT * FROM participants", "view ‘everyone’ is not Atelier's"),
        ("CREATE TABLE notes (text TEXT)", "table ‘notes’ is not Atelier's"),
        ("CREATE INDEX by_name ON participants(name)", "index ‘by_name’ is not Atelier's"),
        ("DROP TRIGGER participants_keep_update", "trigger ‘participants_keep_update’ is missing"),
        ("""
         DROP TRIGGER items_keep_delete;
         CREATE TRIGGER items_keep_delete AFTER DELETE ON items BEGIN DELETE FROM participants; END
         """, "trigger ‘items_keep_delete’ is not Atelier's"),
        ("ALTER TABLE actions ADD COLUMN extra TEXT", "table ‘actions’ is not Atelier's"),
        ("DELETE FROM grdb_migrations WHERE identifier = 'v7-hidden-cards'", "index ‘sqlite_autoindex_hidden_cards_1’ is not Atelier's"),
        ("DELETE FROM grdb_migrations WHERE identifier = 'v6-ballot-changes'", "its migrations are out of order"),
        ("DELETE FROM grdb_migrations WHERE identifier = 'v5-follow-up'", "its migrations are out of order"),
        ("DELETE FROM grdb_migrations WHERE identifier = 'v4-attributes'", "its migrations are out of order"),
        ("DELETE FROM grdb_migrations WHERE identifier = 'v3-plain'", "its migrations are out of order"),
    ]

    @Test(arguments: tamperings)
    func aSchemaChangedOutsideAtelierIsRefused(_ sql: String, _ reason: String) throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try store.queue.write { db in try db.execute(sql: sql) }
        #expect(throws: StoreError.changedOutside(path: store.url.path, reason: reason)) {
            try WorkshopStore.open(at: store.url)
        }
        #expect(StoreError.changedOutside(path: "w.atelier", reason: reason).description
                == "w.atelier: not an Atelier workshop, or changed outside atelier (\(reason)); it was not opened")
    }

    @Test func noOtherDatabaseCanBeAttached() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let other = folder.appendingPathComponent("other.db").path
        #expect(throws: DatabaseError.self) {
            try store.queue.writeWithoutTransaction { db in try db.execute(sql: "ATTACH ? AS other", arguments: [other]) }
        }
        #expect(!FileManager.default.fileExists(atPath: other))
        let settings = try store.queue.read { db in
            [try Int.fetchOne(db, sql: "PRAGMA trusted_schema"), try Int.fetchOne(db, sql: "PRAGMA cell_size_check")]
        }
        #expect(settings == [0, 1])
    }
}
