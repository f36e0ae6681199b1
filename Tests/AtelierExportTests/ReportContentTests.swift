import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// The action-plan report read back with XPath: headings, carriers, ranks, the trail, and the text
/// people typed kept intact.
@Suite struct ReportContentTests {
    let export: SampleExport
    let content: SafeXMLDocument

    init() throws {
        export = try SampleExport(formats: [.odt, .fodt])
        content = try ODFPackage(export.file("actions.odt")).xml("content.xml")
    }

    @Test func everyHeadingHasAnOutlineLevel() throws {
        #expect(try content.number("count(//text:h)") > 30)
        #expect(try content.number("count(//text:h[not(@text:outline-level)])") == 0)
        #expect(try content.strings("//text:h[@text:outline-level='1']") == [
            "Comment les actions ont été choisies", "Actions",
        ])
    }

    @Test func actionsAreGroupedByCarrierInPriorityOrder() throws {
        let level2 = try content.strings("//text:h[@text:outline-level='2']")
        #expect(Array(level2.suffix(3)) == [
            "Actions pour l'administration", "Actions pour le prochain gouvernement", "Actions pour d'autres organismes",
        ])
        let titles = try content.strings("//text:h[@text:outline-level='3']")
        #expect(titles.count == 24)
        #expect(titles.first == "1. Ouvrir la prise de rendez-vous en ligne (A1)", "rank, title and the workbook's ID")
        #expect(titles.contains("4. Wissensdatenbank für alle Dienste 📚 (A4)"))
        #expect(titles.contains("3. =1+1 Simplifier les formulaires (A3)"))
        #expect(titles.last == "Action sans rang ni échéance (A7)", "the unranked action of another body comes last")
        let administration = try content.strings(
            "//table:table[@table:name='Overview-administration']/table:table-row/table:table-cell[1]")
        let ranks = administration.compactMap(Int.init)
        #expect(ranks == ranks.sorted() && ranks.first == 1 && ranks.count == administration.count)
    }

    @Test func tablesHaveColumnsBeforeRowsAndRepeatingHeaders() throws {
        #expect(try content.number("count(//table:table)") > 20)
        #expect(try content.number("count(//table:table[not(table:table-column)])") == 0)
        #expect(try content.number("count(//table:table[table:table-column/preceding-sibling::table:table-row])") == 0)
        #expect(try content.number("count(//table:table[@table:name='Overview-administration']/table:table-header-rows/table:table-row)") == 1)
    }

    @Test func actionDetailsShowWhoWhenAndWhereFrom() throws {
        let table = "//table:table[@table:name='administration-1']"
        let rows = try content.strings("\(table)/table:table-row")
        #expect(rows.contains("PorteurAdministration"))
        #expect(rows.contains("Service piloteDG Accueil"))
        #expect(rows.contains("Échéancejuin\u{00A0}2026"), "a date never wraps")
        #expect(rows.contains("État d'avancementAvancement limité"))
        let provenance = try content.strings("\(table)/table:table-row[last()]/table:table-cell[2]/text:p")
        #expect(provenance == ["Prise de rendez-vous en ligne", "Rendez-vous en ligne avec rappel SMS", "Gommettes\u{00A0}: 5", "Score\u{00A0}: 4,25"])
        #expect(try content.string("\(table)//text:p[starts-with(., 'Rendez-vous')]/text:s/@text:c") == "2", "three spaces kept")
        let other = try content.strings("//table:table[@table:name='other-1']/table:table-row[1]/table:table-cell[2]")
        #expect(other == ["Région wallonne"])
    }

    @Test func spacesTabsAndLineBreaksAreKept() throws {
        // "  Loket op afspraak,  ook 's avonds ": leading run, inner run, trailing space.
        let heading = "//text:h[@text:outline-level='3'][contains(., 'Loket op afspraak')]"
        #expect(try content.number("count(\(heading)/text:s)") == 3)
        #expect(try content.string("\(heading)/text:s[1]/@text:c") == "2")
        let description = "//text:p[starts-with(., 'Eerste lijn')]"
        #expect(try content.number("count(\(description)/text:line-break)") == 2)
        #expect(try content.number("count(\(description)/text:tab)") == 1)
        #expect(try content.string(description) == "Eerste lijnTweede lijnDerdekolom")
    }

    @Test func illegalCharactersAreReplacedAndLongTextKept() throws {
        let title = try content.strings("//text:h[contains(., 'Contrôle')]")
        #expect(title == ["6. Contrôle\u{FFFD}caractèresinterdits\u{FFFD} (A6)"])
        #expect(try content.number("count(//text:h[contains(., 'Contrôle')]/text:line-break)") == 1)
        let long = try content.strings("//text:p[starts-with(., 'Dix mille caractères')]")
        #expect(long == [SampleWorkshop.longDescription])
    }

    @Test func rightToLeftTextGetsARightToLeftStyle() throws {
        let styles = try content.strings("//text:p[. = '\(SampleWorkshop.rightToLeftName)']/@text:style-name")
        #expect(!styles.isEmpty && styles.allSatisfy { $0.hasPrefix("RTL_") })
        let mode = try content.string("//style:style[@style:name='RTL_Table_20_Contents']/style:paragraph-properties/@style:writing-mode")
        #expect(mode == "rl-tb")
        #expect(try content.string("//text:p[. = 'DG Accueil']/@text:style-name") == "Table_20_Contents")
    }

    /// Each step's result is drawn by the shape its manifest declares: the SWOT as cards under the
    /// quadrants, brainwriting as groups, the matrix as a scatter with its table, the vote as a ranking.
    @Test func trailDrawsEachResultByItsShape() throws {
        let headings = try content.strings("//text:h[@text:outline-level='2']").prefix(5)
        #expect(Array(headings) == ["Analyse SWOT (AFOM)", "Catégories de défis", "Brainwriting 6-3-5", "Matrice de priorisation",
                                    "Vote par gommettes"])
        #expect(try content.strings("//table:table[@table:name='Cards1-1']/table:table-header-rows//table:table-cell") == ["Forces", "Faiblesses"])
        let strengths = try content.strings("//table:table[@table:name='Cards1-1']/table:table-row[1]/table:table-cell[1]//text:p")
        #expect(strengths == ["Personnel motivé et « polyvalent »", "Sterke lokale verankering 💪"], "the duplicate is merged away")
        let groups = try content.strings("//table:table[@table:name='Groups2']/table:table-row/table:table-cell[1]")
        #expect(groups == ["A", "B"])
        let matrixHeader = try content.strings("//table:table[@table:name='Result3']/table:table-header-rows//text:p")
        #expect(matrixHeader == ["Rang", "Élément", "Score pondéré", "Impact", "Faisabilité", "Quadrant", "Remarques"])
        let matrix = try content.strings("//table:table[@table:name='Result3']/table:table-row[1]/table:table-cell")
        #expect(matrix == ["1", "Prise de rendez-vous en ligne", "4,25", "4,50", "4", "Gains rapides", ""])
        let thankless = try content.strings("//table:table[@table:name='Result3']/table:table-row[5]/table:table-cell")
        #expect(thankless.suffix(2) == ["Tâches ingrates", "désaccord"], "quadrants and flags in the document's language")
        let voteHeader = try content.strings("//table:table[@table:name='Result4']/table:table-header-rows//text:p")
        #expect(voteHeader == ["Rang", "Élément", "Gommettes", "Votants", "Remarques"])
        let vote = try content.strings("//table:table[@table:name='Result4']/table:table-row/table:table-cell[2]")
        #expect(vote.first == "Prise de rendez-vous en ligne" && vote.count == 5)
        #expect(try content.strings("//table:table[@table:name='Result4']/table:table-row[3]/table:table-cell[5]") == ["ex aequo, retenu"])
        #expect(try content.number("count(//text:p[starts-with(., 'Sans catégorie')])") == 1)
    }

    /// LibreOffice adds an empty paragraph after a closing table, which can fall on a page of its
    /// own: the report closes with a hairline paragraph instead.
    @Test func theReportEndsOnAHairlineParagraph() throws {
        #expect(try content.string("local-name(//office:text/*[last()])") == "p")
        #expect(try content.string("//office:text/*[last()]/@text:style-name") == "DocumentEnd")
        #expect(try content.string("//style:style[@style:name='DocumentEnd']/style:text-properties/@fo:font-size") == "1pt")
    }

    @Test func titlePageAndContents() throws {
        #expect(try content.string("//text:p[@text:style-name='Title']") == "Budget 2027 : l'accueil « guichet unique » 🏛️")
        #expect(try content.strings("//text:p[@text:style-name='Facts']").contains("Participants\u{00A0}: 11"),
                "twelve people, one of them the facilitator")
        let entries = try content.strings("//text:table-of-content/text:index-body/text:p")
        #expect(entries.count == 10)
        #expect(entries.first == "Comment les actions ont été choisies")
    }

    @Test func pageNumbersAreInTheFooter() throws {
        let styles = try ODFPackage(export.file("actions.odt")).xml("styles.xml")
        #expect(try styles.number("count(//style:master-page/style:footer//text:page-number)") == 1)
    }

    @Test func flatReportCarriesTheChartsInline() throws {
        let flat = try SafeXMLDocument(contentsOf: export.file("actions.fodt"), namespaces: ODFPrefixes.all)
        #expect(try flat.number("count(//draw:image/office:binary-data)") == 2, "the matrix's scatter and the vote's bars")
        #expect(try flat.number("count(//draw:image/@xlink:href)") == 0)
        let base64 = try flat.strings("//draw:image/office:binary-data").first ?? ""
        let svg = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) ?? Data()
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        #expect(try flat.strings("//text:h[@text:outline-level='3']") == content.strings("//text:h[@text:outline-level='3']"))
    }

    @Test func workshopWithoutTrailDataSkipsTheTrail() throws {
        var workshop = SampleWorkshop.make()
        workshop.items = []
        workshop.categories = []
        workshop.results = []
        let export = try SampleExport(workshop, formats: [.odt])
        let content = try ODFPackage(export.file("actions.odt")).xml("content.xml")
        #expect(try content.strings("//text:h[@text:outline-level='1']") == ["Actions"])
        #expect(try ODFPackage(export.file("actions.odt")).paths.filter { $0.hasPrefix("Pictures/") }.isEmpty)
    }
}
