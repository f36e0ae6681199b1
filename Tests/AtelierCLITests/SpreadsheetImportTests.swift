import Foundation
import Testing

/// `atelier import actions` of the tracking workbook sent back: the demo's workbook in every
/// language, edited, wrong, or crafted to attack.
@Suite struct SpreadsheetImportTests {
    /// The demo workshop, the current workshop of the CLI.
    func demo() throws -> CLI {
        var cli = try CLI()
        cli.environment["ATELIER_WORKSHOP"] = cli.folder.appendingPathComponent("out/demo.atelier").path
        let demo = try cli("demo", "--output", "out")
        #expect(demo.status == 0, "\(demo.stderr)")
        return cli
    }

    /// The workbook exported in a language into a folder of that name, as (ods, fods) paths.
    func workbook(_ cli: CLI, _ language: String) throws -> (ods: String, fods: String) {
        let export = try cli("export", "--format", "ods", "--format", "fods", "--language", language, "--output", language)
        #expect(export.status == 0, "\(export.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent(language).path)
        return ("\(language)/\(files.first { $0.hasSuffix("actions.ods") }!)", "\(language)/\(files.first { $0.hasSuffix("actions.fods") }!)")
    }

    /// The flat workbook with the row of action `id` edited.
    func editedFlat(_ cli: CLI, _ path: String, row id: String, _ edits: [(String, String)], as name: String) throws {
        var xml = try String(contentsOf: cli.folder.appendingPathComponent(path), encoding: .utf8)
        let cell = xml.range(of: "<text:p>\(id)</text:p>")!
        let start = xml.range(of: "<table:table-row>", options: .backwards, range: xml.startIndex..<cell.lowerBound)!.lowerBound
        let end = xml.range(of: "</table:table-row>", range: cell.upperBound..<xml.endIndex)!.upperBound
        var row = String(xml[start..<end])
        for (old, new) in edits {
            #expect(row.contains(old), "\(old) not in the row of \(id)")
            row = row.replacingOccurrences(of: old, with: new)
        }
        xml.replaceSubrange(start..<end, with: row)
        try cli.write(name, xml)
    }

    @Test func theDemoWorkbookSentBackUnchangedChangesNothingInEveryLanguage() throws {
        let cli = try demo()
        defer { cli.remove() }
        let before = try cli.snapshot()
        for language in ["fr", "en", "nl", "de"] {
            let (ods, fods) = try workbook(cli, language)
            for file in [ods, fods] {
                let result = try cli("import", "actions", file)
                #expect(result.status == 0, "\(result.stderr)")
                #expect(result.stdout.contains("Nothing to import: the 19 actions of "), "\(result.stdout)")
                #expect(try cli.snapshot() == before, "\(file)")
            }
        }
        #expect(!(try cli("log").stdout.contains("import actions fr/")), "an import that changes nothing records nothing")
    }

    @Test func anEditedWorkbookChangesExactlyThatAction() throws {
        let cli = try demo()
        defer { cli.remove() }
        let before = try cli.snapshot()
        let (_, fods) = try workbook(cli, "fr")
        try editedFlat(cli, fods, row: "A01", [
            ("<text:p>Pas commencée</text:p>", "<text:p>Wesentlicher Fortschritt</text:p>"),
            ("<text:p>DG Transformation digitale</text:p>", "<text:p>DG Transformation numérique</text:p>"),
        ], as: "retour.fods")
        let result = try cli("import", "actions", "retour.fods")
        #expect(result.status == 0, "\(result.stderr)")
        let expected = before
            .replacingOccurrences(of: "<action id=\"A01\" rank=\"1\" status=\"not-started\">", with: "<action id=\"A01\" rank=\"1\" status=\"substantial\">")
            .replacingOccurrences(of: "<lead-service>DG Transformation digitale</lead-service>\n    <partner>SPF Intérieur",
                                  with: "<lead-service>DG Transformation numérique</lead-service>\n    <partner>SPF Intérieur")
        #expect(expected != before)
        #expect(try cli.snapshot() == expected)
        #expect(try cli("undo").status == 0)
        #expect(try cli.snapshot() == before)
    }

    @Test func aWrongWorkbookExitsOneNamingSheetRowAndColumnAndChangesNothing() throws {
        let cli = try demo()
        defer { cli.remove() }
        let before = try cli.snapshot()
        let (_, fods) = try workbook(cli, "fr")
        try editedFlat(cli, fods, row: "A03", [("<text:p>Pas commencée</text:p>", "<text:p>à moitié</text:p>")], as: "actions.fods")
        let result = try cli("import", "actions", "actions.fods")
        #expect(result.status == 1)
        #expect(result.stderr.contains("actions.fods:Actions:4: error: État d'avancement: 'à moitié' is not a status; use one of Pas commencée, Avancement limité, Avancement substantiel, Terminée"),
                "\(result.stderr)")
        #expect(try cli.snapshot() == before)
    }

    static let attacks: [(String, String, String)] = [
        ("xxe.fods", """
            <?xml version="1.0"?><!DOCTYPE office:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:spreadsheet/></office:body>&xxe;</office:document>
            """, "xxe.fods: error: cannot read the spreadsheet: xxe.fods declares a DTD; Atelier reads no DTDs"),
        ("truncated.ods", "PK\u{3}\u{4}\u{14}\u{0}", "truncated.ods: error: the zip package cannot be read; the file is damaged or not an OpenDocument spreadsheet"),
        ("renamed.ods", "id,title\nA01,Titre\n", "renamed.ods: error: this is not an OpenDocument spreadsheet: neither a zip package (.ods) nor XML (.fods)"),
        ("text.fods", """
            <office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><office:body><office:text/></office:body></office:document>
            """, "text.fods: error: this is an OpenDocument text document, not a spreadsheet"),
    ]

    @Test func filesThatAreNotWorkbooksAreRefusedAndChangeNothing() throws {
        let cli = try demo()
        defer { cli.remove() }
        let before = try cli.snapshot()
        for (name, content, message) in Self.attacks {
            try cli.write(name, content)
            let result = try cli("import", "actions", name)
            #expect(result.status == 1, "\(name)")
            #expect(result.stderr.contains(message), "\(result.stderr)")
        }
        #expect(try cli.snapshot() == before)
    }
}
