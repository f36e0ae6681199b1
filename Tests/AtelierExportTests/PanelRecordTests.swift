import AtelierExport
import AtelierKit
import Foundation
import ODFSchemas
import Testing

/// The record of a panel draw: strictly valid ODF 1.3 in every language, with the facts a bailiff
/// signs, the same bytes when written twice.
@Suite struct PanelRecordTests {
    static let record = PanelRecord(
        title: "Panel citoyen de Namur 2027", date: CalendarDate(year: 2027, month: 3, day: 7)!, method: .leximin, seats: 2,
        lotteryPanels: 3, solver: "GLPK 5.0", seed: "Lotto 4 11 23 35 41 44", inputsHash: String(repeating: "ab", count: 32),
        quotas: [.init(feature: "gender", value: "female", min: 1, max: 1, seated: 1),
                 .init(feature: "gender", value: "male", min: 1, max: 1, seated: 1)],
        respondents: [.init(id: "p1", probability: 2.0 / 3, selected: true), .init(id: "p2", probability: 1.0 / 3, selected: false),
                      .init(id: "p3", probability: 1, selected: true)],
        alternates: [.init(id: "p2", replaces: ["p1"])])

    @Test(arguments: Language.allCases)
    func everyPartIsValidODF13(language: Language) throws {
        let folder = try TemporaryDirectory()
        let files = try Self.record.write(language: language, to: folder.url, name: "record")
        #expect(files.map(\.lastPathComponent) == ["record.odt", "record.ods"])
        #expect(try folder.fileNames() == ["record.odt", "record.ods"].sorted())
        for file in files {
            let package = try ODFPackage(file)
            for path in package.paths where path.hasSuffix(".xml") {
                let schema = path == "META-INF/manifest.xml" ? try ODFSchemas.manifest() : try ODFSchemas.odf()
                let errors = try schema.validate(package.xml(path))
                #expect(errors.isEmpty, "\(file.lastPathComponent)/\(path):\n\(errors.prefix(20).map(\.description).joined(separator: "\n"))")
            }
        }
    }

    @Test func theTextGivesTheFactsTheTablesAndTheSignatureFields() throws {
        let folder = try TemporaryDirectory()
        let files = try Self.record.write(language: .fr, to: folder.url, name: "record")
        let content = try ODFPackage(files[0]).xml("content.xml")
        let text = try content.strings("//text:p | //text:h").joined(separator: "\n")
        for expected in ["Panel citoyen de Namur 2027", "Procès-verbal du tirage au sort d'un panel citoyen", "7 mars 2027",
                         "Lotto 4 11 23 35 41 44", "Solveur", "GLPK 5.0", String(repeating: "ab", count: 32), "0,6667", "0,3333", "1,0000",
                         "Huissier de justice", "Nom, date et signature\u{00A0}:", "Suppléants, dans l'ordre"] {
            #expect(text.contains(expected), "missing \(expected)")
        }
        let sheets = try ODFPackage(files[1]).xml("content.xml").strings("//table:table/@table:name")
        #expect(sheets == ["Tirage", "Quotas atteints par groupe", "Le panel", "Suppléants, dans l'ordre", "Probabilité"])
    }

    @Test func writingTwiceGivesTheSameBytes() throws {
        let first = try TemporaryDirectory(), second = try TemporaryDirectory()
        let a = try Self.record.write(language: .de, to: first.url, name: "record")
        let b = try Self.record.write(language: .de, to: second.url, name: "record")
        for (x, y) in zip(a, b) { #expect(try Data(contentsOf: x) == Data(contentsOf: y)) }
    }
}
