import Foundation
import GRDB
import Testing

/// A full disk or a read-only filesystem under the workshop or the export folder: a clear error, the
/// workshop as it was, and no partial document under a final name. The disks are small tmpfs mounts
/// (see ``TinyFilesystem``): as root, file permissions would stop nothing.
@Suite(.enabled(if: TinyFilesystem.available, "needs permission to mount a tmpfs (root, in a container that allows mount)"))
struct DiskFailureTests {
    /// A copy of the seeded workshop on a tmpfs of `kilobytes`, and the path commands name it by.
    func workshopOnTinyDisk(kilobytes: Int) throws -> (CLI, TinyFilesystem, String) {
        let cli = try SeededWorkshop.copy()
        let disk = try TinyFilesystem(kilobytes: kilobytes)
        let path = disk.url.appendingPathComponent("workshop.atelier").path
        try FileManager.default.moveItem(atPath: cli.folder.appendingPathComponent("workshop.atelier").path, toPath: path)
        return (cli, disk, path)
    }

    /// An items file of `rows` ideas.
    static func ideas(_ rows: Int) -> String {
        "id,text,kind\n" + (0..<rows).map { "x\($0),\"Idée n° \($0) : un accès « simple », sans papier\",idea\n" }.joined()
    }

    @Test(arguments: [(1024, 30_000, false), (1024, 1, true)])
    func anImportOnAFullDiskChangesNothing(kilobytes: Int, rows: Int, fillFirst: Bool) throws {
        let (cli, disk, workshop) = try workshopOnTinyDisk(kilobytes: kilobytes)
        defer { disk.unmount(); cli.remove() }
        let before = try WorkshopContent(cli, file: workshop)
        try cli.write("ideas.csv", Self.ideas(rows))
        if fillFirst { try disk.fill() }
        let result = try cli.run(["import", "items", "ideas.csv", "--workshop", workshop])
        #expect(result.status == 1)
        #expect(result.stderr == "error: \(workshop): the disk is full; nothing was changed\n")
        #expect(try cli.run(["status", "--workshop", workshop]).status == 0, "a full disk still lets the workshop be read")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.url.path).sorted()
                == (fillFirst ? ["filler", "workshop.atelier"] : ["workshop.atelier"]), "no journal is left behind")
        // The rollback finished before atelier exited: the file alone is whole, as it was.
        let alone = cli.folder.appendingPathComponent("alone.atelier")
        try FileManager.default.copyItem(atPath: workshop, toPath: alone.path)
        let integrity = try DatabaseQueue(path: alone.path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == ["ok"])
        #expect(try WorkshopContent(cli, file: alone.path) == before)
        #expect(try WorkshopContent(cli, file: workshop) == before)
    }

    @Test func aReadOnlyWorkshopIsReadButNeverChanged() throws {
        let (cli, disk, workshop) = try workshopOnTinyDisk(kilobytes: 1024)
        defer { disk.unmount(); cli.remove() }
        let before = try WorkshopContent(cli, file: workshop)
        try disk.remount(readOnly: true)
        try cli.write("ideas.csv", Self.ideas(3))
        for command in [["import", "items", "ideas.csv"], ["run", "day2-vote"], ["undo"]] {
            let result = try cli.run(command + ["--workshop", workshop])
            #expect(result.status == 1, "\(command)")
            #expect(result.stderr == "error: \(workshop): the file is read-only; nothing was changed\n", "\(command)")
        }
        #expect(try cli.run(["status", "--workshop", workshop]).stdout.contains("items        5"))
        #expect(try cli.run(["export", "--workshop", workshop, "--output", "out"]).status == 0)
        #expect(try WorkshopContent(cli, file: workshop) == before)
    }

    /// Documents in `disk`, exported once; a later export then meets `trouble`.
    @Test(arguments: ["full", "read-only"])
    func anExportThatCannotWriteLeavesNoPartialDocument(_ trouble: String) throws {
        let cli = try SeededWorkshop.copy()
        let disk = try TinyFilesystem(kilobytes: 256)
        defer { disk.unmount(); cli.remove() }
        let out = disk.url.appendingPathComponent("out")
        #expect(try cli.run(["export", "--format", "xml", "--format", "csv", "--output", out.path]).status == 0)
        let earlier = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let bytes = try earlier.map { try Data(contentsOf: out.appendingPathComponent($0)) }
        #expect(earlier == ["atelier-accueil-actions.csv", "atelier-accueil-actions.xml"])
        if trouble == "full" { try disk.fill() } else { try disk.remount(readOnly: true) }

        let result = try cli.run(["export", "--output", out.path])
        #expect(result.status == 1)
        // The system's words: "No space left on device" or Foundation's "There isn’t enough space.",
        // "Read-only file system" or "The volume is read only."
        let reasons = trouble == "full" ? ["No space left on device", "enough space"] : ["Read-only file system", "read only"]
        #expect(result.stderr.hasPrefix("error: could not write \(out.path)/atelier-accueil-actions.odt (odt):"), "\(result.stderr)")
        #expect(reasons.contains { result.stderr.contains($0) }, "\(result.stderr)")
        #expect(!result.stderr.contains("Domain="), "no error dump: \(result.stderr)")
        #expect(result.stderr.hasSuffix("; no file was left under that name\n"), "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == earlier, "no partial or staging file")
        #expect(try earlier.map { try Data(contentsOf: out.appendingPathComponent($0)) } == bytes, "earlier documents are intact")
    }
}
