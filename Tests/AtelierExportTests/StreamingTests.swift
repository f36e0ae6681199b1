import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// Exports from a source that streams its actions (as the store does), with a few hundred rows:
/// every row arrives, the documents stay valid, and each document walks the actions as planned.
@Suite struct StreamingTests {
    static let count = 300

    @Test func everyStreamedActionReachesEveryFormat() throws {
        let source = GeneratedSource(count: Self.count)
        let directory = try TemporaryDirectory()
        var reports: [(Int, Int)] = []
        let files = try export(source, formats: [.ods, .odt, .xml, .csv], language: .de, to: directory.url) {
            reports.append(($0, $1))
        }
        #expect(files.count == 4)
        let ods = try ODFPackage(files[0]).xml("content.xml")
        #expect(try ods.number("count(//table:table[@table:name='Maßnahmen']/table:table-row)") == Double(Self.count))
        #expect(try ods.string("//table:table[@table:name='Maßnahmen']/table:table-row[300]/table:table-cell[2]") == "G300")
        let odt = try ODFPackage(files[1]).xml("content.xml")
        #expect(try odt.number("count(//text:h[@text:outline-level='3'])") == Double(Self.count))
        let xml = try SafeXMLDocument(contentsOf: files[2], namespaces: ODFPrefixes.all)
        #expect(try xml.number("count(/a:actions/a:action)") == Double(Self.count))
        #expect(try xml.number("count(/a:actions/a:action[@id='G17']/a:provenance/@score)") == 0, "NaN is left out")
        let csv = try String(contentsOf: files[3], encoding: .utf8)
        #expect(csv.components(separatedBy: "\r\n").count == Self.count + 2)
        // The report walks all actions once to fit its overview's columns, then carrier by carrier.
        #expect(source.walks == [nil, nil, .administration, .administration, .government, .government, .other, .other, nil, nil])
        #expect(reports.last.map { $0.0 == 4 * Self.count && $0.1 == 4 * Self.count } == true)
        #expect(reports.map(\.0) == reports.map(\.0).sorted())
    }

    @Test func threeHundredRowsStayValidAgainstTheOASISODF13Schema() throws {
        let source = GeneratedSource(count: Self.count)
        let directory = try TemporaryDirectory()
        let files = try export(source, formats: [.ods, .fods, .xml], language: .nl, to: directory.url)
        let package = try ODFPackage(files[0])
        #expect(try ODFSchemas.odf().validate(package.xml("content.xml")).isEmpty)
        #expect(try ODFSchemas.odf().validate(fileAt: files[1]).isEmpty)
        #expect(try ODFSchemas.actions().validate(fileAt: files[2]).isEmpty)
        let nan = "//table:table-row[table:table-cell[2] = 'G17']/table:table-cell[12]"
        #expect(try package.xml("content.xml").number("count(\(nan)/@office:value)") == 0, "NaN is an empty cell")
    }
}
