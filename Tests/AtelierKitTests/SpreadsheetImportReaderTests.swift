import AtelierODF
import Foundation
import ODFSchemas
import Testing
@testable import AtelierKit

/// Reading a spreadsheet's sheet into an import table: the Actions sheet's headers, horizons and
/// item texts in any language, and other kinds under their CSV columns.
@Suite struct SpreadsheetImportReaderTests {
    @Test func sourcesAreFoundByTheirTextsAsACellGivesThemBack() throws {
        let items = [
            Item(id: "w1", text: "Applications informatiques\tvieillissantes", kind: .weakness),
            Item(id: "w2", text: "Lange wachttijden\r\nvooral op maandag", kind: .weakness),
            Item(id: "s1", text: "  Personnel motivé ", kind: .strength),
            Item(id: "s2", text: "Personnel motivé", kind: .strength),
            Item(id: "c1", text: "Contrôle\u{0001}", kind: .challenge),
        ]
        let sources = SourceTexts(items)
        func ids(_ cell: String, existing: [String] = []) -> String {
            do {
                return try sources.ids(in: cell, existing: existing) { line, problem in ImportError(file: "f", message: "'\(line)' \(problem)") }
            } catch {
                return "\(error)"
            }
        }
        #expect(ids("Applications informatiques\tvieillissantes\nLange wachttijden\nvooral op maandag") == "w1 w2")
        #expect(ids("Applications informatiquesvieillissantes") == "w1", "LibreOffice dropped the tab")
        #expect(ids("\n  Personnel motivé \n\nContrôle\u{FFFD}\nw2, c1") == "s1 c1 w2 c1")
        #expect(ids("Personnel  motivé") == "f: error: 'Personnel  motivé' is the text of several items (s1, s2); write the id of the one meant")
        #expect(ids("Personnel  motivé", existing: ["w1", "s2"]) == "s2")
        #expect(ids("w1 inconnu") == "f: error: 'w1 inconnu' is neither the text nor the id of an item of the workshop")
    }

    @Test func noHeaderIsClaimedTwice() {
        #expect(ActionSheet.headerTable().conflicts.isEmpty)
        #expect(ActionSheet.headerRoles["état d'avancement"] == .column("status"))
        #expect(ActionSheet.headerRoles[SpreadsheetParser.fold(" ÉTAT D\u{2019}AVANCEMENT ")] == .column("status"))
        #expect(ActionSheet.headerRoles["fällig bis"] == .dueBy)
        #expect(ActionSheet.headerRoles["owner"] == .column("owner"))
        #expect(ActionSheet.headerRoles["gommettes"] == .ignored)
    }

    @Test func localisedHorizonsReadBackInEveryLanguage() {
        for language in Language.allCases {
            for month in 1...12 {
                let day = CalendarDate(year: 2027, month: month, day: month == 2 ? 28 : 30)!
                #expect(LocalisedHorizon.parse(Horizon(day).written(in: language)) == Horizon(day))
                let monthHorizon = Horizon(String(format: "2027-%02d", month))!
                #expect(LocalisedHorizon.parse(monthHorizon.written(in: language).uppercased()) == monthHorizon)
            }
            #expect(LocalisedHorizon.parse(Horizon("2027")!.written(in: language)) == Horizon("2027"))
        }
        for text in ["30 juin", "juin 2027 bis", "31 février 2027", "30 juin 27", "2027-13", "soon"] {
            #expect(LocalisedHorizon.parse(text) == nil, "\(text)")
        }
    }

    @Test func otherKindsReadASheetHeadedByTheirCSVColumns() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("criteria.fods")
        try SheetDocument.flat(SheetDocument.table("Notes", [["rien"]]) + """
            <table:table table:name="Criteria"><table:table-row>\(["ID", "Name", "", "Weight"].map(SheetDocument.cell).joined())</table:table-row>\
            <table:table-row>\(SheetDocument.cell("cost"))\(SheetDocument.cell("Coût"))<table:table-cell/>\
            <table:table-cell office:value-type="float" office:value="1.5"><text:p>1,50</text:p></table:table-cell></table:table-row>\
            <table:table-row table:number-rows-repeated="1000"><table:table-cell/></table:table-row>\
            <table:table-row>\(SheetDocument.cell("time"))\(SheetDocument.cell("Temps 3,5"))</table:table-row></table:table>
            """).write(to: url)
        let sheet = try SpreadsheetImportReader(contentsOf: url, displayPath: "criteria.fods", kind: .criteria)
        #expect(sheet.sheetName == "Criteria")
        let table = try sheet.table(for: Workshop(info: WorkshopInfo(title: "t")))
        #expect(table.header == ["id", "name", "weight"])
        #expect(table.records.map(\.line) == [2, 1003])
        #expect(table.records.map(\.fields) == [["cost", "Coût", "1.5"], ["time", "Temps 3,5", ""]])
        #expect(table.headerLine == 1 && table.sheet == "Criteria")
    }
}
