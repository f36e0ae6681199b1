import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// One language per document: the demo, run in French, exported in each of the four languages,
/// prints no heading, column, figure, quadrant, step title, criterion or summary of another.
@Suite struct DocumentLanguageTests {
    /// Texts that only a document in that language prints, each a whole paragraph, heading or cell.
    static let telltales: [String: [String]] = [
        "en": ["How the actions were chosen", "Challenge categories", "Figure", "Dots", "Quick wins", "Feasibility",
               "Dot voting", "Weighted score", "Major projects"],
        "fr": ["Comment les actions ont été choisies", "Catégories de défis", "Indicateur", "Gommettes", "Gains rapides",
               "Faisabilité", "Vote par gommettes", "Score pondéré", "Grands projets"],
        "nl": ["Hoe de acties werden gekozen", "Categorieën van uitdagingen", "Kengetal", "Stippen", "Snelle winst",
               "Haalbaarheid", "Stippenstemming", "Gewogen score", "Grote projecten"],
        "de": ["Wie die Maßnahmen ausgewählt wurden", "Kategorien der Herausforderungen", "Kennzahl", "Punkte",
               "Schnelle Erfolge", "Machbarkeit", "Punktabfrage", "Gewichtete Punktzahl", "Große Projekte"],
    ]

    /// The start of each step's summary in a language, as the report prints it.
    static let summaries: [String: String] = [
        "en": "16 of 18 eligible participants placed 80 dots", "fr": "16 participants sur 18 ont placé 80 gommettes",
        "nl": "16 van de 18 stemgerechtigden plaatsten 80 stippen", "de": "16 von 18 Stimmberechtigten haben 80 Punkte",
    ]

    @Test(arguments: ["en", "fr", "nl", "de"])
    func aDocumentSpeaksOneLanguage(_ language: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("demo", "--output", "out").status == 0)
        let export = try cli("export", "--workshop", "out/demo.atelier", "--language", language, "--format", "odt", "--format", "ods",
                             "--output", "doc")
        #expect(export.status == 0, "\(export.stderr)")
        let folder = cli.folder.appendingPathComponent("doc")
        let texts = "//text:p | //text:h | //text:span"
        let report = try Set(ExportedPart.xml("content.xml", of: "actions.odt", in: folder).strings(texts))
        let workbook = try Set(ExportedPart.xml("content.xml", of: "actions.ods", in: folder).strings(texts))
        let own = Set(Self.telltales[language]!)
        #expect(own.isSubset(of: report.union(workbook)), "\(own.subtracting(report.union(workbook)))")
        for (other, words) in Self.telltales where other != language {
            let leaked = Set(words).subtracting(own).intersection(report.union(workbook))
            #expect(leaked.isEmpty, "the \(language) documents print \(other) texts: \(leaked.sorted())")
        }
        #expect(report.contains { $0.hasPrefix(Self.summaries[language]!) }, "the vote's summary in \(language)")
        for (other, start) in Self.summaries where other != language {
            #expect(!report.contains { $0.hasPrefix(start) }, "the \(language) report carries the \(other) summary")
        }
    }
}
