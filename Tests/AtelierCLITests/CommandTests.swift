import Foundation
import Testing

@Suite struct CommandTests {
    func fixture(_ name: String) throws -> String {
        try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/AtelierCLITests/Fixtures/\(name)"), encoding: .utf8)
    }

    /// A workshop with the two-day agenda, participants and items.
    func seeded() throws -> CLI {
        let cli = try CLI()
        let created = try cli("init", "--template", "two-day", "--title", "Atelier « accueil »", "--language", "fr", "--start", "2026-03-10")
        #expect(created.status == 0, "\(created.stderr)")
        try cli.write("participants.csv", try fixture("participants.csv"))
        try cli.write("items.csv", try fixture("items.csv"))
        #expect(try cli("import", "participants", "participants.csv").status == 0)
        #expect(try cli("import", "items", "items.csv").status == 0)
        return cli
    }

    @Test func initImportStatusLogAndUndo() throws {
        let cli = try seeded()
        defer { cli.remove() }
        let status = try cli("status")
        #expect(status.status == 0)
        #expect(status.stdout.contains("Atelier « accueil »"))
        #expect(status.stdout.contains("participants 4"))
        #expect(status.stdout.contains("items        3"))
        #expect(status.stdout.contains("categories   1"))
        #expect(status.stdout.contains("criteria     2"))
        #expect(status.stdout.contains("2026-03-10 – 2026-03-11"))
        #expect(status.stdout.contains("0 of 8 steps done; next: day1-swot"))
        let log = try cli("log")
        #expect(log.stdout.contains("import participants participants.csv"))
        #expect(log.stdout.contains("import items items.csv"))
        let undo = try cli("undo")
        #expect(undo.status == 0)
        #expect(undo.stdout.contains("import items items.csv"))
        #expect(try cli("status").stdout.contains("items        0"))
        #expect(try cli("log").stdout.contains("(undone)"))
    }

    @Test func planShowsTheTwoDayAgenda() throws {
        let cli = try seeded()
        defer { cli.remove() }
        let plan = try cli("plan")
        #expect(plan.status == 0)
        #expect(plan.stdout.contains("Day 1 (2026-03-10): Jour 1 : diagnostic partagé"))
        #expect(plan.stdout.contains("day2-vote  Vote par gommettes [dot-voting] 30 min"))
    }

    /// Bad input through the CLI: exit 1, a message naming the place, the workshop unchanged.
    static let badImports: [(String, String, String, String)] = [
        ("items", "missing-column.csv", "text\nfoo\n", "missing-column.csv:1: error: kind: missing column"),
        ("ballots", "unknown-voter.csv", "participant,item,dots\np1,s1,2\nzz,s1,1\n", "unknown-voter.csv:3: error: participant: unknown participant 'zz'"),
        ("items", "duplicate.csv", "id,text,kind\ns1,encore,idea\nx,a,idea\nx,b,idea\n", "duplicate.csv:4: error: id: id 'x' appears twice"),
        ("items", "bad-kind.csv", "text,kind\nfoo,menace\n", "bad-kind.csv:2: error: kind: 'menace' is not a kind"),
        ("participants", "semicolon-bad.csv", "id;name;role\np9;Zoé;chef\n", "semicolon-bad.csv:2: error: role: 'chef' is not a role"),
    ]

    @Test(arguments: badImports)
    func badImportExitsOneNamingThePlaceAndChangesNothing(_ kind: String, _ file: String, _ text: String, _ message: String) throws {
        let cli = try seeded()
        defer { cli.remove() }
        let before = try cli.snapshot()
        try cli.write(file, text)
        let result = try cli("import", kind, file)
        #expect(result.status == 1)
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(try cli.snapshot() == before)
    }

    @Test func invalidUTF8ExitsOneAndChangesNothing() throws {
        let cli = try seeded()
        defer { cli.remove() }
        let before = try cli.snapshot()
        try (Data("id,text,kind\nz1,caf".utf8) + Data([0xE9]) + Data(",idea\n".utf8)).write(to: cli.folder.appendingPathComponent("latin1.csv"))
        let result = try cli("import", "items", "latin1.csv")
        #expect(result.status == 1)
        #expect(result.stderr.contains("latin1.csv:2: error: not valid UTF-8"))
        #expect(try cli.snapshot() == before)
    }

    @Test func usageErrorsExitTwo() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("import", "votes", "x.csv").status == 2)
        #expect(try cli("init", "--language", "es").status == 2)
        #expect(try cli("frobnicate").status == 2)
        let serve = try cli("serve", "--port", "0")
        #expect(serve.status == 2 && serve.stderr.contains("--port 0: use a port from 1 to 65535"))
        let demo = try cli("demo", "--port", "9000")
        #expect(demo.status == 2 && demo.stderr.contains("--host and --port open the live room: add --live"))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("exports").path))
    }

    @Test func missingWorkshopIsAUserError() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let result = try cli("status")
        #expect(result.status == 1)
        #expect(result.stderr.contains("workshop.atelier: no workshop here"))
    }

    @Test func everyCommandHasHelpWithAnExample() throws {
        let cli = try CLI()
        defer { cli.remove() }
        for command in ["init", "methods", "plan", "import", "run", "status", "log", "undo", "export", "demo"] {
            let help = try cli(command, "--help")
            #expect(help.status == 0, "\(command)")
            #expect(help.stdout.contains("Example"), "\(command) --help has no example")
        }
    }

    @Test func aBrokenRegistryManifestIsRefusedWithFileAndLine() throws {
        var cli = try CLI()
        defer { cli.remove() }
        let registry = cli.folder.appendingPathComponent("registry")
        try FileManager.default.createDirectory(at: registry, withIntermediateDirectories: true)
        try Data("id: broken\nversion: 1.0.0\nnmae: {en: x}\n".utf8).write(to: registry.appendingPathComponent("broken.yaml"))
        cli.environment["ATELIER_METHODS"] = registry.path
        let result = try cli("methods")
        #expect(result.status == 1)
        #expect(result.stderr.contains("broken.yaml:3:1: error: nmae: unknown key"), "\(result.stderr)")
    }

    @Test func unknownParameterIsRefusedAndChangesNothing() throws {
        let cli = try seeded()
        defer { cli.remove() }
        let before = try cli.snapshot()
        let result = try cli("run", "day1-swot", "--param", "colour=blue")
        #expect(result.status == 1)
        #expect(result.stderr.contains("method 'swot', parameter 'colour': unknown parameter"), "\(result.stderr)")
        #expect(try cli.snapshot() == before)
        #expect(try cli("run", "day1-swot", "--param", "novalue").status == 2)
    }
}
