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
        #expect(rows.allSatisfy { $0.count == 17 })
        #expect(rows[1][0] == "1" && rows[1][2] == "Ouvrir la prise de rendez-vous en ligne")
        #expect(rows[1][7] == "2026-06-30")
        #expect(rows[1][11] == "4.25")
        #expect(rows[1][14] == SampleWorkshop.longDescription)
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
        #expect(rows[2][14] == "Eerste lijn\nTweede lijn\r\nDerde\tkolom")
        #expect(text.contains("\u{FFFD}") && !text.contains("\u{0001}"))
    }
}
