import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// The tracking workbook read back with XPath: sheets, typed cells, formats, filters and frozen
/// header rows, and participants hidden when the workshop asks for it.
@Suite struct WorkbookContentTests {
    static let actionsSheet = "//table:table[@table:name='Actions']"

    @Test func sheetsAreThereInOrder() throws {
        let content = try Self.content()
        #expect(try content.strings("//office:spreadsheet/table:table/@table:name") == [
            "Actions", "Éléments", "Scores", "Participants",
            "Analyse SWOT (AFOM)", "Brainwriting 6-3-5", "Matrice de priorisation", "Vote par gommettes",
        ], "a sheet per step result, named after its method")
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
        #expect(try content.string("\(first)[8]") == "2026-06", "the horizon at its own precision, the one date column")
        #expect(try content.number("count(//table:table-cell[@office:value-type='date'])") == 0)
        #expect(try content.string("\(first)[10]/@office:value") == "5")
        #expect(try content.string("\(first)[11]/@office:value") == "4.25")
        #expect(try content.string("\(first)[11]/@table:style-name") == "ce-decimal")
        let ranks = try content.strings("\(rows)/table:table-cell[1]/@office:value").compactMap(Int.init)
        #expect(ranks == Array(1...6) + Array(8...24), "ranked actions by rank; the unranked one has no value")
        let third = "\(rows)[3]/table:table-cell"
        #expect(try content.string("\(third)[3]") == SampleWorkshop.formulaTitle)
        #expect(try content.string("\(third)[5]") == "Région wallonne")
    }

    @Test func statusAndCarrierCellsOfferTheirListsInTheWorkbooksLanguage() throws {
        let content = try Self.content()
        #expect(try content.strings("//office:spreadsheet/*[1]/table:content-validation/@table:name") == ["status", "carrier", "addressee", "response"],
                "declared before the sheets")
        #expect(try content.string("//table:content-validation[@table:name='status']/@table:condition")
            == #"of:cell-content-is-in-list("Pas commencée";"Avancement limité";"Avancement substantiel";"Terminée")"#)
        #expect(try content.string("//table:content-validation[@table:name='carrier']/@table:condition")
            == #"of:cell-content-is-in-list("Administration";"Prochain gouvernement";"Autre organisme")"#)
        #expect(try content.string("//table:content-validation[@table:name='addressee']/@table:condition")
            == #"of:cell-content-is-in-list("Administration";"Gouvernement";"Parlement";"Autre")"#)
        #expect(try content.string("//table:content-validation[@table:name='response']/@table:condition")
            == #"of:cell-content-is-in-list("Adoptée";"Partiellement adoptée";"Rejetée";"En attente")"#)
        let header = "\(Self.actionsSheet)/table:table-header-rows/table:table-row/table:table-cell"
        let status = try Int(content.number("count(\(header)[.=\"État d'avancement\"]/preceding-sibling::table:table-cell)")) + 1
        let carrier = try Int(content.number("count(\(header)[.='Porteur']/preceding-sibling::table:table-cell)")) + 1
        #expect(try content.string("//table:content-validation[@table:name='status']/@table:base-cell-address")
            == "Actions.\(Character(UnicodeScalar(UInt8(64 + status))))2", "the first status cell, column \(status)")
        let rows = "\(Self.actionsSheet)/table:table-row"
        #expect(try content.strings("\(rows)/table:table-cell[\(status)]/@table:content-validation-name") == Array(repeating: "status", count: 24))
        #expect(try content.strings("\(rows)/table:table-cell[\(carrier)]/@table:content-validation-name") == Array(repeating: "carrier", count: 24))
        #expect(try content.number("count(//table:table-cell[@table:content-validation-name])") == 48, "no other cell")
    }

    @Test func dataStyleKeepsDecimalsReadable() throws {
        let content = try Self.content()
        #expect(try content.string("//number:number-style[@style:name='N-decimal']/number:number/@number:decimal-places") == "2")
    }

    @Test func headerRowsAreFilterableAndFrozen() throws {
        let export = try SampleExport(formats: [.ods])
        let package = try ODFPackage(export.file("actions.ods"))
        let content = try package.xml("content.xml")
        let ranges = try content.strings("//table:database-range/@table:target-range-address")
        #expect(ranges == [
            "Actions.A1:Actions.AD25", "Éléments.A1:Éléments.I22", "Scores.A1:Scores.F16", "Participants.A1:Participants.D13",
            "'Analyse SWOT (AFOM)'.A1:'Analyse SWOT (AFOM)'.F8", "'Brainwriting 6-3-5'.A1:'Brainwriting 6-3-5'.C1",
            "'Matrice de priorisation'.A1:'Matrice de priorisation'.H6", "'Vote par gommettes'.A1:'Vote par gommettes'.F6",
        ])
        #expect(try content.number("count(//table:database-range[@table:display-filter-buttons='true'])") == 8)
        #expect(try content.number("count(//table:table/table:table-header-rows/table:table-row)") == 8)
        let settings = try package.xml("settings.xml")
        let actions = "//config:config-item-map-named[@config:name='Tables']/config:config-item-map-entry[@config:name='Actions']"
        #expect(try settings.string("\(actions)/config:config-item[@config:name='VerticalSplitMode']") == "2")
        #expect(try settings.string("\(actions)/config:config-item[@config:name='VerticalSplitPosition']") == "1")
        #expect(try settings.string("\(actions)/config:config-item[@config:name='PositionBottom']") == "1")
        #expect(try settings.string("\(actions)/config:config-item[@config:name='ActiveSplitRange']") == "2")
        #expect(try content.number("count(//style:table-column-properties[@style:column-width])") == 5)
    }

    /// The vote's sheet shows the vote step's result as the method computed it, not a recount of the
    /// ballots: its ranks, dots, voters and flags, headed by the words the manifest declares.
    @Test func theVoteSheetReadsTheVoteResult() throws {
        let content = try Self.content()
        let sheet = "//table:table[@table:name='Vote par gommettes']"
        #expect(try content.strings("\(sheet)/table:table-header-rows//text:p") == [
            "Rang", "ID", "Élément", "Gommettes", "Votants", "Remarques",
        ])
        #expect(try content.strings("\(sheet)/table:table-row/table:table-cell[2]") == ["pr1", "pr3", "pr2", "pr5", "pr4"])
        #expect(try content.strings("\(sheet)/table:table-row/table:table-cell[1]/@office:value") == ["1", "2", "3", "3", "5"],
                "the ranks the method gave, ties shared")
        #expect(try content.strings("\(sheet)/table:table-row/table:table-cell[4]/@office:value") == ["5.0", "5.0", "4.0", "4.0", "1.0"])
        #expect(try content.strings("\(sheet)/table:table-row/table:table-cell[5]/@office:value") == ["2.0", "1.0", "1.0", "0.0", "1.0"])
        #expect(try content.strings("\(sheet)/table:table-row[3]/table:table-cell[6]") == ["ex aequo, retenu"])
        let quadrants = try content.strings("//table:table[@table:name='Matrice de priorisation']/table:table-row/table:table-cell[7]")
        #expect(quadrants == ["Gains rapides", "Gains rapides", "Grands projets", "Tâches d'appoint", "Tâches ingrates"])
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
