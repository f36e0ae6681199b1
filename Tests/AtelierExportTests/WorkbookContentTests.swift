import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import Testing

/// The tracking workbook read back with XPath: sheets, typed cells, formats, filters and frozen
/// header rows, and participants hidden when the workshop asks for it.
@Suite struct WorkbookContentTests {
    static let actionsSheet = "//table:table[@table:name='Actions']"

    @Test func sheetsAreThereInOrder() throws {
        let content = try Self.content()
        #expect(try content.strings("//office:spreadsheet/table:table/@table:name") == [
            "Actions", "Éléments", "Votes", "Scores", "Participants",
        ])
        #expect(try content.number("count(//table:table[not(table:table-column)])") == 0)
        #expect(try content.number("count(//@table:formula)") == 0, "nothing people typed becomes a formula")
    }

    @Test func actionRowsHaveTypedCells() throws {
        let content = try Self.content()
        let rows = "\(Self.actionsSheet)/table:table-row"
        #expect(try content.number("count(\(rows))") == 24)
        let first = "\(rows)[1]/table:table-cell"
        #expect(try content.string("\(first)[1]/@office:value-type") == "float")
        #expect(try content.string("\(first)[1]/@office:value") == "1")
        #expect(try content.string("\(first)[3]") == "Ouvrir la prise de rendez-vous en ligne")
        #expect(try content.string("\(first)[3]/@office:value-type") == "string")
        #expect(try content.string("\(first)[4]") == "Administration")
        #expect(try content.string("\(first)[8]/@office:value-type") == "date")
        #expect(try content.string("\(first)[8]/@office:date-value") == "2026-06-30", "the last day of the horizon")
        #expect(try content.string("\(first)[8]/@table:style-name") == "ce-date")
        #expect(try content.string("\(first)[9]") == "2026-06")
        #expect(try content.string("\(first)[11]/@office:value") == "5")
        #expect(try content.string("\(first)[12]/@office:value") == "4.25")
        #expect(try content.string("\(first)[12]/@table:style-name") == "ce-decimal")
        let ranks = try content.strings("\(rows)/table:table-cell[1]/@office:value").compactMap(Int.init)
        #expect(ranks == Array(1...6) + Array(8...24), "ranked actions by rank; the unranked one has no value")
        let third = "\(rows)[3]/table:table-cell"
        #expect(try content.string("\(third)[3]") == SampleWorkshop.formulaTitle)
        #expect(try content.string("\(third)[5]") == "Région wallonne")
    }

    @Test func dataStylesKeepDatesAndDecimalsReadable() throws {
        let content = try Self.content()
        #expect(try content.string("//style:style[@style:name='ce-date']/@style:data-style-name") == "N-date")
        #expect(try content.number("count(//number:date-style[@style:name='N-date']/number:year)") == 1)
        #expect(try content.string("//number:number-style[@style:name='N-decimal']/number:number/@number:decimal-places") == "2")
        #expect(try content.number("count(//table:table-cell[@office:value-type='date'][not(@table:style-name)])") == 0)
    }

    @Test func headerRowsAreFilterableAndFrozen() throws {
        let export = try SampleExport(formats: [.ods])
        let package = try ODFPackage(export.file("actions.ods"))
        let content = try package.xml("content.xml")
        let ranges = try content.strings("//table:database-range/@table:target-range-address")
        #expect(ranges == [
            "Actions.A1:Actions.Q25", "Éléments.A1:Éléments.J22", "Votes.A1:Votes.E6", "Scores.A1:Scores.F16",
            "Participants.A1:Participants.D13",
        ])
        #expect(try content.number("count(//table:database-range[@table:display-filter-buttons='true'])") == 5)
        #expect(try content.number("count(//table:table/table:table-header-rows/table:table-row)") == 5)
        let settings = try package.xml("settings.xml")
        let actions = "//config:config-item-map-named[@config:name='Tables']/config:config-item-map-entry[@config:name='Actions']"
        #expect(try settings.string("\(actions)/config:config-item[@config:name='VerticalSplitMode']") == "2")
        #expect(try settings.string("\(actions)/config:config-item[@config:name='VerticalSplitPosition']") == "1")
        #expect(try settings.string("\(actions)/config:config-item[@config:name='PositionBottom']") == "1")
        #expect(try settings.string("\(actions)/config:config-item[@config:name='ActiveSplitRange']") == "2")
        #expect(try content.number("count(//style:table-column-properties[@style:column-width])") == 5)
    }

    @Test func votesAreTalliedFromBallots() throws {
        let content = try Self.content()
        let rows = try content.strings("//table:table[@table:name='Votes']/table:table-row[not(parent::table:table-header-rows)]")
        #expect(rows.count == 5)
        let dots = try content.strings("//table:table[@table:name='Votes']/table:table-row/table:table-cell[4]/@office:value")
        #expect(dots == ["5", "5", "4", "4", "1"])
        let ranks = try content.strings("//table:table[@table:name='Votes']/table:table-row/table:table-cell[1]/@office:value")
        #expect(ranks == ["1", "1", "3", "3", "5"], "ties share a rank")
        let voters = try content.strings("//table:table[@table:name='Votes']/table:table-row/table:table-cell[5]/@office:value")
        #expect(voters == ["2", "1", "1", "0", "1"], "the paper tally of pr5 has no named voter")
    }

    @Test func participantsArePseudonymisedWhenAsked() throws {
        let named = try Self.content()
        #expect(try named.strings("//table:table[@table:name='Participants']/table:table-header-rows//text:p") == [
            "ID", "Nom", "Groupe", "Rôle",
        ])
        #expect(try named.number("count(//table:table-cell[. = 'Anne-Sophie Dubois'])") > 0)

        let hidden = try Self.content(SampleWorkshop.make(pseudonymise: true))
        #expect(try hidden.strings("//table:table[@table:name='Participants']/table:table-header-rows//text:p") == [
            "ID", "Groupe", "Rôle",
        ])
        for surname in ["Dubois", "Peeters", "Müller", "العلوي", "Lambert", "O'Neill", "Benali", "Facilitatrice"] {
            #expect(try hidden.number("count(//table:table[@table:name!='Actions']//table:table-cell[contains(., \"\(surname)\")])") == 0,
                    "\(surname) appears in the pseudonymised workbook")
        }
        #expect(try hidden.string("//table:table[@table:name='Éléments']/table:table-row[1]/table:table-cell[5]") == "p01")
    }

    @Test func rightToLeftCellsGetARightToLeftStyle() throws {
        let content = try Self.content()
        #expect(try content.string("//table:table-cell[. = '\(SampleWorkshop.rightToLeftName)']/@table:style-name") == "ce-rtl")
        #expect(try content.string("//style:style[@style:name='ce-rtl']/style:paragraph-properties/@style:writing-mode") == "rl-tb")
    }

    @Test func flatWorkbookHasTheSameRows() throws {
        let export = try SampleExport(formats: [.ods, .fods])
        let package = try ODFPackage(export.file("actions.ods")).xml("content.xml")
        let flat = try SafeXMLDocument(contentsOf: export.file("actions.fods"), namespaces: ODFPrefixes.all)
        let cells = "\(Self.actionsSheet)/table:table-row/table:table-cell[3]"
        #expect(try flat.strings(cells) == package.strings(cells))
        #expect(try flat.number("count(//office:settings//config:config-item-map-entry[@config:name='Actions'])") == 1)
    }

    static func content(_ workshop: Workshop = SampleWorkshop.make()) throws -> SafeXMLDocument {
        let export = try SampleExport(workshop, formats: [.ods])
        return try ODFPackage(export.file("actions.ods")).xml("content.xml")
    }
}
