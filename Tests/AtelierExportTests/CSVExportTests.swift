import AtelierExport
import AtelierKit
import CSV
import Foundation
import Testing

/// The CSV export: RFC 4180, one header row, the same columns as the workbook, and cells that
/// would run as formulas made inert.
@Suite struct CSVExportTests {
    static func rows() throws -> (bytes: Data, rows: [[String]]) {
        let export = try SampleExport(formats: [.csv])
        let data = try Data(contentsOf: export.file("actions.csv"))
        let reader = try CSVReader(string: String(decoding: data, as: UTF8.self), hasHeaderRow: false)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        return (data, rows)
    }

    @Test func headerAndOneRecordPerAction() throws {
        let (_, rows) = try Self.rows()
        #expect(rows.count == 25)
        #expect(rows[0].prefix(4) == ["Rang", "ID", "Titre", "Porteur"])
        #expect(rows.allSatisfy { $0.count == 30 })
        #expect(rows[1][0] == "1" && rows[1][2] == "Ouvrir la prise de rendez-vous en ligne")
        #expect(rows[1][7] == "2026-06", "the horizon is the one date column")
        #expect(rows[1][10] == "4.25")
        #expect(rows[1][13] == SampleWorkshop.longDescription)
    }

    @Test func formulaCellsAreMadeInert() throws {
        let (_, rows) = try Self.rows()
        let titles = rows.map { $0[2] }
        #expect(titles.contains("'" + SampleWorkshop.formulaTitle))
        #expect(!titles.contains { $0.hasPrefix("=") || $0.hasPrefix("+") || $0.hasPrefix("-") || $0.hasPrefix("@") })
    }

    @Test func fieldsAreQuotedAndLinesEndWithCRLF() throws {
        let (bytes, rows) = try Self.rows()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!text.hasPrefix("\u{FEFF}"))
        #expect(text.components(separatedBy: "\r\n").count == 27, "25 record ends and one CRLF inside a quoted field")
        #expect(text.contains("\"  Loket op afspraak,  ook 's avonds \""))
        #expect(rows[2][2] == "  Loket op afspraak,  ook 's avonds ")
        #expect(rows[2][13] == "Eerste lijn\nTweede lijn\r\nDerde\tkolom")
        #expect(text.contains("\u{FFFD}") && !text.contains("\u{0001}"))
    }

    /// Titles, owners, budgets and partners typed to run as formulas or to shift columns.
    static let hostile: [(title: String, owner: String, budget: String)] = [
        ("=HYPERLINK(\"http://evil.example\";\"clic\")", "+1+cmd|' /C calc'!A0", "-2+3"),
        ("@SUM(A1:A9)", "\t=1+1", "\r=1+1"),
        ("-5", "Service; Accueil", "1 000, puis 2 000"),
        ("Un \"guichet\"; unique", "Ligne 1\n=Ligne 2", "=1"),
    ]

    static func hostileWorkshop() -> Workshop {
        var workshop = SampleWorkshop.make()
        workshop.actions = hostile.enumerated().map { index, text in
            Action(id: "H\(index + 1)", title: text.title, carrier: .other(index == 0 ? "@Région" : "Ville"),
                   owner: text.owner, partners: ["-Smals", "=BOSA"], rank: index + 1, budget: text.budget,
                   score: index == 2 ? -0.5 : nil)
        }
        return workshop
    }

    /// No field starts with a formula character, save a plain number; every field that holds a
    /// separator of either kind, a quote or a line break is quoted; and a CSV reader, guessing the
    /// separator as Atelier's import and LibreOffice do, reads back the same columns, each field as
    /// exported with only the quote prefix added.
    @Test func hostileFieldsAreInertQuotedAndReadBack() throws {
        let export = try SampleExport(Self.hostileWorkshop(), formats: [.csv])
        let data = try Data(contentsOf: export.file("actions.csv"))
        let table = try CSVTable(data: data, displayPath: "actions.csv")
        #expect(table.separator == ",")
        #expect(table.header.count == 30 && table.records.count == Self.hostile.count)
        let rows = table.records.map(\.fields)
        #expect(rows.allSatisfy { $0.count == 30 })
        for (row, text) in zip(rows, Self.hostile) {
            for (field, typed) in [(row[2], text.title), (row[5], text.owner), (row[11], text.budget)] {
                let lead = typed.first.map { "=+-@\t\r".contains($0) } == true && typed != "-5"
                #expect(field == (lead ? "'" + typed : typed))
            }
            #expect(row[6] == "'-Smals; =BOSA")
        }
        #expect(rows[0][4] == "'@Région")
        #expect(rows[2][2] == "-5" && rows[2][10] == "-0.5", "plain numbers stay numbers")
        for row in rows {
            for field in row where field != "-5" && field != "-0.5" {
                #expect(field.first.map { "=+-@\t\r".contains($0) } != true, "\(field.debugDescription) would run as a formula")
            }
        }
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains(",\"Service; Accueil\",") && text.contains(",'-2+3,"))
        #expect(text.contains(",\"Un \"\"guichet\"\"; unique\","))
        #expect(text.contains(",\"1 000, puis 2 000\","))
        #expect(text.contains(",\"'\r=1+1\","))
    }
}

