import AtelierKit
import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// What spreadsheets really write is read as meant, and text XML cannot carry still gives valid
/// documents.
@Suite struct AcceptedInputTests {
    /// Participant files as LibreOffice, Excel and text editors write them, and the participants each
    /// must add (id, name, group).
    static let participantFiles: [(String, [UInt8], [Participant])] = [
        ("UTF-8 with BOM", [0xEF, 0xBB, 0xBF] + Array("id,name,group\np9,Zoé Martin,B\n".utf8),
         [Participant(id: "p9", name: "Zoé Martin", group: "B")]),
        ("CRLF line ends and a quoted line break", Array("id,name,group\r\np9,\"Zoé\r\nMartin\",B\r\np8,Jan,A\r\n".utf8),
         [Participant(id: "p9", name: "Zoé\r\nMartin", group: "B"), Participant(id: "p8", name: "Jan", group: "A")]),
        ("semicolons with commas inside fields", Array("id;name;group\np9;Martin, Zoé;B\np8;\"Peeters; Jan\";A\n".utf8),
         [Participant(id: "p9", name: "Martin, Zoé", group: "B"), Participant(id: "p8", name: "Peeters; Jan", group: "A")]),
        ("Excel in French: BOM, semicolons and CRLF", [0xEF, 0xBB, 0xBF] + Array("id;name;group\r\np9;Zoé « la » Martin;B\r\n".utf8),
         [Participant(id: "p9", name: "Zoé « la » Martin", group: "B")]),
        ("tabs", Array("id\tname\tgroup\np9\tZoé, Martin\tB\n".utf8), [Participant(id: "p9", name: "Zoé, Martin", group: "B")]),
        ("old Mac CR line ends", Array("id,name,group\rp9,Zoé,B\rp8,Jan,A\r".utf8),
         [Participant(id: "p9", name: "Zoé", group: "B"), Participant(id: "p8", name: "Jan", group: "A")]),
        ("doubled quotes, blank lines and no final line break", Array("ID, Name ,Group\n\np9,\"Zoé \"\"la\"\" Martin\",B\n\n\np8,Jan 🙂,A".utf8),
         [Participant(id: "p9", name: "Zoé \"la\" Martin", group: "B"), Participant(id: "p8", name: "Jan 🙂", group: "A")]),
    ]

    @Test(arguments: participantFiles)
    func isImportedAsMeant(_ name: String, _ bytes: [UInt8], _ expected: [Participant]) throws {
        let cli = try SeededWorkshop.copy()
        defer { cli.remove() }
        let before = try WorkshopStore.open(at: cli.folder.appendingPathComponent("workshop.atelier")).workshop().participants
        try Data(bytes).write(to: cli.folder.appendingPathComponent("people.csv"))
        let result = try cli("import", "participants", "people.csv")
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stdout == "Imported \(expected.count) participants from people.csv.\n")
        let after = try WorkshopStore.open(at: cli.folder.appendingPathComponent("workshop.atelier")).workshop().participants
        #expect(after == before + expected, "\(name)")
    }

    /// C0 controls, an escape sequence and the two noncharacters XML 1.0 forbids, typed into cards and
    /// an action.
    static let unspeakable = "Bip\u{07} \u{1B}[31mrouge\u{1B}[0m \u{01}\u{02}\u{08} tab\tici \u{0B}\u{0C} fin \u{FFFE}\u{FFFF}"

    /// A copy of the seeded workshop holding that text in a card and an action whose title looks like
    /// a formula, exported in every format into `out`.
    func exportUnspeakableText() throws -> CLI {
        let cli = try SeededWorkshop.copy()
        let items = "id,text,kind\npr7,\"Carte \(Self.unspeakable)\",proposal\n"
        let actions = "id,title,description,carrier,items\nA02,\"=HYPERLINK(\"\"http://x\"\") \(Self.unspeakable)\",\"\(Self.unspeakable)\",administration,pr7\n"
        try cli.write("cards.csv", items)
        try cli.write("actions.csv", actions)
        #expect(try cli("import", "items", "cards.csv").status == 0)
        #expect(try cli("import", "actions", "actions.csv").status == 0)
        let stored = try WorkshopStore.open(at: cli.folder.appendingPathComponent("workshop.atelier")).workshop()
        #expect(stored.item("pr7")?.text == "Carte " + Self.unspeakable, "kept as typed")
        let export = try cli("export", "--output", "out")
        #expect(export.status == 0, "\(export.stderr)")
        return cli
    }

    static let slug = "atelier-accueil-actions"

    @Test func textXMLCannotCarryStillGivesValidDocuments() throws {
        let cli = try exportUnspeakableText()
        defer { cli.remove() }
        let out = cli.folder.appendingPathComponent("out")
        let xml = try SafeXMLDocument(contentsOf: out.appendingPathComponent("\(Self.slug).xml"), namespaces: ["a": "urn:atelier:actions:1"])
        let schema = try RelaxNGValidator(schemaAt: CLI.packageRoot.appendingPathComponent("exports/schema/atelier-actions-1.rng"))
        #expect(try schema.validate(xml).isEmpty)
        for path in ["//a:action[@id='A02']/a:title", "//a:action[@id='A02']/a:description", "//a:source[@item='pr7']"] {
            let text = try xml.string(path)
            #expect(text.contains("tab\tici"), "\(path): what XML can carry is kept")
            #expect(text.unicodeScalars.allSatisfy { ["\t", "\n", "\r"].contains($0) || $0.value >= 0x20 && $0.value != 0xFFFE && $0.value != 0xFFFF },
                    "\(path): \(text.debugDescription)")
        }
        #expect(try xml.string("//a:action[@id='A02']/a:title").hasPrefix("=HYPERLINK(\"http://x\") Bip"))
        for flat in ["\(Self.slug).fodt", "\(Self.slug).fods"] {
            let document = try SafeXMLDocument(contentsOf: out.appendingPathComponent(flat),
                                               namespaces: ["table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"])
            #expect(try document.number("count(//@table:formula)") == 0, "\(flat): text stays text")
        }
        let csv = try String(contentsOf: out.appendingPathComponent("\(Self.slug).csv"), encoding: .utf8)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\") Bip"), "the formula is made inert")
    }

    @Test func textXMLCannotCarryStillGivesDocumentsValidAgainstTheOASISODF13Schema() throws {
        let cli = try exportUnspeakableText()
        defer { cli.remove() }
        let odf = try ODFSchemas.odf()
        for flat in ["\(Self.slug).fodt", "\(Self.slug).fods"] {
            let document = try SafeXMLDocument(contentsOf: cli.folder.appendingPathComponent("out/\(flat)"))
            #expect(try odf.validate(document).isEmpty, "\(flat)")
        }
    }
}
