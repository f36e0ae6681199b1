import AtelierExport
import AtelierKit
import Testing

/// The follow-up workbook's sheets are named by the report's headings in each language, whole:
/// a spreadsheet takes at most 31 characters.
@Suite struct FollowUpWorkbookTests {
    @Test(arguments: [
        (Language.en, ["Recommendations", "Summary by addressee", "Statuses over time", "Timeline"]),
        (.fr, ["Recommandations", "Synthèse par destinataire", "Avancement dans le temps", "Chronologie"]),
        (.nl, ["Aanbevelingen", "Overzicht per geadresseerde", "Status in de tijd", "Tijdlijn"]),
        (.de, ["Empfehlungen", "Übersicht nach Adressat", "Stand im Zeitverlauf", "Zeitleiste"]),
    ])
    func theSheetsAreNamedByTheHeadingsWhole(_ language: Language, _ names: [String]) throws {
        let export = try SampleExport(formats: [.followUp], language: language)
        let content = try ODFPackage(export.file("follow-up.ods")).xml("content.xml")
        #expect(try content.strings("//table:table/@table:name") == names)
    }
}
