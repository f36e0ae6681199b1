import AtelierKit
import Foundation
import GRDB
import Testing

/// Workshop files sent by someone else, opened through the `atelier` binary: what they hold is data,
/// never code, and a file whose schema Atelier did not make is refused before it is read.
struct HostileWorkshopTests {
    /// `Fixtures/hostile/undo-log-attack.atelier` is a workshop of the first undo format whose log
    /// holds `ATTACH 'victim.atelier' AS v; DELETE FROM v.participants; DELETE FROM participants` as
    /// the statement to undo its last change with.
    @Test func theUndoLogAttackEmptiesNoOtherWorkshop() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try FileManager.default.copyItem(at: CLI.fixture("hostile/undo-log-attack.atelier"),
                                         to: cli.folder.appendingPathComponent("received.atelier"))
        try cli.write("people.csv", "id,name\np1,Anne\np2,Jan\n")
        #expect(try cli.run(["init", "--title", "Victime", "--workshop", "victim.atelier"]).status == 0)
        #expect(try cli.run(["import", "participants", "people.csv", "--workshop", "victim.atelier"]).status == 0)

        let undo = try cli.run(["undo", "--workshop", "received.atelier"])
        #expect(undo.status == 1)
        #expect(undo.stderr == """
            error: \(cli.folder.path)/received.atelier: the changes left were made before the file moved to this \
            version's format and cannot be undone\n
            """)
        #expect(try cli.run(["status", "--workshop", "victim.atelier"]).stdout.contains("participants 2"))
        #expect(try cli.run(["status", "--workshop", "received.atelier"]).stdout.contains("participants 2"))
        #expect(try cli.run(["log", "--workshop", "received.atelier"]).stdout.contains("upgrade"))
    }

    @Test(arguments: [
        ("CREATE TRIGGER wipe AFTER INSERT ON journal BEGIN DELETE FROM participants; END", "trigger ‘wipe’ is not Atelier's"),
        ("CREATE VIEW everyone AS SELECT * FROM participants", "view ‘everyone’ is not Atelier's"),
        ("DROP TRIGGER items_keep_update", "trigger ‘items_keep_update’ is missing"),
    ])
    func aWorkshopWhoseSchemaWasChangedIsRefusedByEveryCommand(_ sql: String, _ reason: String) throws {
        let cli = try SeededWorkshop.copy()
        defer { cli.remove() }
        let file = cli.folder.appendingPathComponent("workshop.atelier")
        let queue = try DatabaseQueue(path: file.path)
        try queue.write { db in try db.execute(sql: sql) }
        try queue.close()
        let bytes = try Data(contentsOf: file)
        for command in [["status"], ["undo"], ["run", "day2-vote"], ["export", "--output", "out"]] {
            let result = try cli.run(command)
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "error: \(file.path): not an Atelier workshop, or changed outside atelier (\(reason)); "
                        + "it was not opened\n", "\(command)")
        }
        #expect(try Data(contentsOf: file) == bytes, "the file is left as it came")
    }

    /// Anyone auditing a vote lists its ballots with SQLite alone, one row per ballot.
    @Test func ballotsAndScoresArePlainRows() throws {
        let cli = try SeededWorkshop.copy()
        defer { cli.remove() }
        let queue = try DatabaseQueue(path: cli.folder.appendingPathComponent("workshop.atelier").path)
        let ballots = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT participant, item, dots, step FROM ballots ORDER BY ord").map { "\($0)" }
        }
        #expect(ballots == [#"[participant:"p2" item:"pr1" dots:2 step:"day2-vote"]"#])
        let scores = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT participant, item, criterion, value FROM scores ORDER BY ord").map { "\($0)" }
        }
        #expect(scores == [#"[participant:"p2" item:"pr1" criterion:"impact" value:4.0]"#])
    }
}
