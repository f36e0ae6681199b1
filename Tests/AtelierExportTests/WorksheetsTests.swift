import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// The worksheets printed for the room, drawn from what the methods declare: one rotation sheet per
/// sheet of every group a step formed, a canvas for the SWOT step and a tally sheet for the vote, on
/// A4 and A3.
@Suite struct WorksheetsTests {
    @Test func brainwritingSheetsFollowTheRotation() throws {
        let export = try SampleExport(formats: [.worksheets])
        let content = try ODFPackage(export.file("worksheets-a4.odt")).xml("content.xml")
        let sheets = try content.strings("//text:h[@text:outline-level='2']")
        #expect(sheets.count == 11, "6 sheets for group A, 5 for group B")
        #expect(sheets.first == "Feuille 1 du groupe A" && sheets.last == "Feuille 5 du groupe B")
        // Sheet 2 of group A is held by p02, p03, p04, p05, p06, p01 in rounds 1 to 6.
        let holders = try content.strings("//table:table[@table:name='Sheet-A-2']/table:table-row/table:table-cell[1]/text:p[2]")
        #expect(holders == ["Jan Peeters", "Lukas Müller", SampleWorkshop.rightToLeftName, "Chloé Lambert",
                            "Pieter-Jan Van den Broeck", "Anne-Sophie Dubois"])
        let columns = try content.number("count(//table:table[@table:name='Sheet-A-2']/table:table-column)")
        #expect(columns == 4, "a round column and three ideas per round")
        #expect(try content.strings("//text:h[@text:outline-level='1']").first == "Brainwriting 6-3-5")
        #expect(try content.strings("//text:h[@text:outline-level='1']").suffix(2)
                == ["Analyse SWOT (AFOM) – SWOT", "Vote par gommettes – Gommettes"])
        let boxes = try content.strings("//table:table[@table:name='Canvas1-1']/table:table-header-rows//table:table-cell")
        #expect(boxes == ["Forces (Interne · Favorable)", "Faiblesses (Interne · Défavorable)"])
        let tally = try content.strings("//table:table[@table:name='Tally1']/table:table-row/table:table-cell[2]")
        #expect(tally == ["Prise de rendez-vous en ligne", "Loket op afspraak, ook 's avonds", "Wissensdatenbank für alle Dienste",
                          SampleWorkshop.formulaTitle, "Chatbot 🤖 pour les questions fréquentes"])
    }

    /// A step that seats groups without passing sheets (teams) gets a room plan and a card per team.
    @Test func teamsGetARoomPlanAndACardEach() throws {
        var workshop = SampleWorkshop.make()
        let challenge = try #require(workshop.items.first { $0.kind == .challenge })
        workshop.results.append(StepResult(step: "teams", method: "teams", summary: "", entries: [
            ResultEntry(item: challenge.id, rank: 1, value: 2, group: "Équipe 1"),
        ], groups: [
            ParticipantGroup(name: "Équipe 1", members: ["p01", "p02", "p03"]),
            ParticipantGroup(name: "Équipe 2", members: ["p04", "p05"]),
        ]))
        let export = try SampleExport(workshop, formats: [.worksheets])
        let package = try ODFPackage(export.file("worksheets-a4.odt"))
        let content = try package.xml("content.xml")
        #expect(try ODFSchemas.odf().validate(content).isEmpty)
        let plan = try content.strings("//table:table[@table:name='Plan1']/table:table-row/table:table-cell")
        #expect(plan == ["1", "Équipe 1", challenge.text, "3", "2", "Équipe 2", "", "2"])
        let headings = try content.strings("//text:h[@text:outline-level='1']")
        #expect(headings.contains("Équipes – Plan de salle"))
        #expect(headings.contains("Table 1 – Équipe 1") && headings.contains("Table 2 – Équipe 2"))
        let card = try content.strings("//text:h[.='Table 1 – Équipe 1']/following-sibling::text:p[position() <= 4]")
        #expect(card == ["Défi\u{A0}: \(challenge.text)", "Anne-Sophie Dubois", "Jan Peeters", "Lukas Müller"])
    }

    @Test func pseudonymisedWorkshopsPrintIdentifiers() throws {
        let export = try SampleExport(SampleWorkshop.make(pseudonymise: true), formats: [.worksheets])
        let content = try ODFPackage(export.file("worksheets-a3.odt")).xml("content.xml")
        let holders = try content.strings("//table:table[@table:name='Sheet-B-1']/table:table-row/table:table-cell[1]/text:p[2]")
        #expect(holders == ["p07", "p08", "p09", "p10", "p11"])
    }

    @Test(arguments: [("worksheets-a4.odt", "21cm", "29.7cm"), ("worksheets-a3.odt", "29.7cm", "42cm")])
    func paperSizes(file: String, width: String, height: String) throws {
        let export = try SampleExport(formats: [.worksheets])
        let styles = try ODFPackage(export.file(file)).xml("styles.xml")
        #expect(try styles.string("//style:page-layout/style:page-layout-properties/@fo:page-width") == width)
        #expect(try styles.string("//style:page-layout/style:page-layout-properties/@fo:page-height") == height)
    }

    @Test func withoutAPlanTheSheetsAreBlankButPrintable() throws {
        var workshop = SampleWorkshop.make()
        workshop.results = []
        workshop.items = []
        let export = try SampleExport(workshop, formats: [.worksheets])
        let content = try ODFPackage(export.file("worksheets-a4.odt")).xml("content.xml")
        #expect(try content.strings("//text:h[@text:outline-level='1']") == ["Analyse SWOT (AFOM) – SWOT", "Vote par gommettes – Gommettes"])
        #expect(try content.number("count(//table:table[@table:name='Tally1']/table:table-row)") == 15)
        #expect(try content.string("//text:h[1]/@text:style-name") == "Heading_20_1", "no blank first page")
    }

    @Test func anExporterCanBeUsedOnItsOwn() throws {
        let directory = try TemporaryDirectory()
        let url = directory.url.appendingPathComponent("plan.xml")
        try ActionListXMLExporter().write(SampleWorkshop.make(), language: .de, to: url)
        let document = try SafeXMLDocument(contentsOf: url, namespaces: ODFPrefixes.all)
        #expect(try document.string("/a:actions/@language") == "de")
        #expect(try document.number("count(//a:action)") == 24)
    }
}
