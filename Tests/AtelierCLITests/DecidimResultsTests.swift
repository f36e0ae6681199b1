import Foundation
import Testing

/// Results files of Decidim's accountability component: `atelier export --format decidim` writes
/// the actions as one, `atelier import actions` reads it back with nothing lost, and reads one
/// written by hand in the shape Decidim's import documents; a bad row refuses the whole file,
/// naming its line and Decidim's column.
@Suite struct DecidimResultsTests {
    static func fixture(_ name: String) throws -> String {
        try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/AtelierCLITests/Fixtures/decidim/\(name)"), encoding: .utf8)
    }

    /// The Decidim file `atelier export` writes from the workshop at `workshop`.
    func exported(_ cli: CLI, workshop: String) throws -> String {
        let folder = "decidim-" + workshop.replacingOccurrences(of: "/", with: "-")
        let result = try cli("export", "--workshop", workshop, "--format", "decidim", "--output", folder)
        try #require(result.status == 0, "\(result.stderr)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent(folder).path).first)
        return try String(contentsOf: cli.folder.appendingPathComponent("\(folder)/\(name)"), encoding: .utf8)
    }

    @Test func theDemosResultsImportBackWithNothingLost() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try #require(try cli("demo", "--output", "out").status == 0)
        try cli.write("return.csv", """
            id,title,progress,parent,received,due,evidence
            A02,x,30,A01,2026-04-01,2026-12-31,"https://example.org/a?b=1
            https://example.org/c"
            A03,y,55,A01,,,
            A04,=SUM(1),,,,,

            """.replacingOccurrences(of: ",x,", with: ",\"Faire du langage clair un réflexe : formation, relecteurs et panel d'usagers\",")
              .replacingOccurrences(of: ",y,", with: ",Changement d'adresse « Dites-le-nous une fois »,"))
        let fixed = try cli("import", "actions", "return.csv", "--workshop", "out/demo.atelier", "--dated", "2026-05-01")
        try #require(fixed.status == 0, "\(fixed.stderr)")
        let first = try exported(cli, workshop: "out/demo.atelier")
        let lines = first.split(separator: "\r\n")
        #expect(lines[0] == "id;parent/id;title/fr;description/fr;category/id;status/id;status/key;start_date;end_date;progress;proposal_urls")
        #expect(lines.count == 1 + 19)
        #expect(lines[4].hasPrefix("A04;;'=SUM(1);"), "a formula-like title made inert")
        #expect(lines[2].hasPrefix("A02;A01;\"Faire du langage clair un réflexe : formation, relecteurs et panel d'usagers\";"))
        #expect(lines[2].hasSuffix(";;;limited;2026-04-01;2026-12-31;30;\"https://example.org/a?b=1;https://example.org/c\""),
                "evidence links are separated by semicolons")

        #expect(try cli("init", "--title", "Reprise", "--language", "fr", "--workshop", "copy.atelier").status == 0)
        try cli.write("results.csv", first)
        let imported = try cli("import", "actions", "results.csv", "--workshop", "copy.atelier")
        #expect(imported.stdout.hasPrefix("Imported results.csv: 19 added, 0 updated, 0 unchanged."), "\(imported.stdout)\(imported.stderr)")
        #expect(try exported(cli, workshop: "copy.atelier") == first, "every column comes back as it went")
        let again = try cli("import", "actions", "results.csv", "--workshop", "out/demo.atelier")
        #expect(again.stdout.hasPrefix("Nothing to import: the 19 actions of results.csv are those of the workshop"), "\(again.stdout)\(again.stderr)")
    }

    @Test func aHandWrittenResultsFileImports() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Budget", "--language", "en").status == 0)
        try cli.write("results.csv", try Self.fixture("results.csv"))
        let imported = try cli("import", "actions", "results.csv", "--dated", "2026-06-01")
        #expect(imported.stdout == "Imported results.csv: 3 added, 0 updated, 0 unchanged.\n", "\(imported.stderr)")
        #expect(try exported(cli, workshop: "workshop.atelier") == """
            id;parent/id;title/en;description/en;category/id;status/id;status/key;start_date;end_date;progress;proposal_urls\r
            1;;Cycle lanes;<p>Ten kilometres of protected lanes</p>;;;not-started;2026-01-15;2026-12-31;46;"https://decidim.example/processes/p/f/2/proposals/12;https://decidim.example/processes/p/f/2/proposals/15"\r
            2;1;Tram line;;;;not-started;2026-02-01;;25;\r
            3;1;Bus lanes;;;;not-started;;;68;\r

            """)
        let progress = try cli("follow-up", "--as-of", "2026-06-02").stdout
        #expect(progress.contains("  1  47 % = (25 × 1 + 68 × 1) / 2 (2, 3)\n"), "\(progress)")

        try cli.write("new.csv", "title/en;progress\nParks;5\n")
        #expect(try cli("import", "actions", "new.csv").stdout == "Imported new.csv: 1 added, 0 updated, 0 unchanged.\n", "results without ids are new")
        #expect(try exported(cli, workshop: "workshop.atelier").hasSuffix("A01;;Parks;;;;not-started;;;5;\r\n"))
    }

    @Test(arguments: [
        ("id;title/en;progress\n1;Cycle lanes;10\n2;Tram;lots\n", "results.csv:3: error: progress: 'lots' is not a progress; write a whole number from 0 to 100"),
        ("id;title/en;progress\n1;Cycle lanes;1e308\n", "results.csv:2: error: progress: '1e308' is not a progress; write a whole number from 0 to 100"),
        ("id;title/en;progress\n1;Cycle lanes;nan\n", "results.csv:2: error: progress: 'nan' is not a progress; write a whole number from 0 to 100"),
        ("id;title/en;progress\n1;Cycle lanes;100.4\n", "results.csv:2: error: progress: '100.4' is not a progress; write a whole number from 0 to 100"),
        ("id;title/en;end_date\n1;Cycle lanes;31/12/2026\n", "results.csv:2: error: end_date: '31/12/2026' is not a date; write YYYY-MM-DD"),
        ("id;parent/id;title/en\n1;9;Cycle lanes\n", "results.csv:2: error: parent/id: '9' is no action of the workshop or of this file"),
        ("id;parent/id;title/en\n1;2;Cycle lanes\n2;1;Tram\n", "results.csv:2: error: parent/id: '2' leads back to 1; an action cannot be part of itself"),
    ])
    func aBadRowRefusesTheWholeFileNamingItsLine(_ text: String, _ message: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Budget", "--language", "en").status == 0)
        try cli.write("results.csv", text)
        let refused = try cli("import", "actions", "results.csv")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(message), "\(refused.stderr)")
        #expect(try exported(cli, workshop: "workshop.atelier").split(separator: "\r\n").count == 1, "nothing imported")
    }
}
