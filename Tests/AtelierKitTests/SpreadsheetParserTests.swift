import Foundation
import ODFSchemas
import Testing
@testable import AtelierODF

/// Reading a sheet's cells from ODF markup: repeats, covered cells, white space, typed values,
/// which sheet, and the limits that keep a crafted file from exhausting memory.
@Suite struct SpreadsheetParserTests {
    func sheet(_ tables: String, preferred: Set<String> = ["actions"]) throws -> Sheet {
        try SpreadsheetParser(file: "t.fods", preferred: preferred).sheet(from: SheetDocument.flat(tables), part: "t.fods")
    }

    func rows(_ rows: String) throws -> [SheetRow] {
        try sheet("<table:table table:name=\"Actions\">\(rows)</table:table>").rows
    }

    func error(_ tables: String) -> String {
        do {
            _ = try sheet(tables)
            return "no error"
        } catch {
            return "\(error)"
        }
    }

    @Test func repeatedCellsAndRowsExpandOnlyWhereTheyHoldSomething() throws {
        let rows = try rows("""
            <table:table-column table:number-columns-repeated="1024"/>
            <table:table-header-rows><table:table-row>\
            <table:table-cell office:value-type="string"><text:p>id</text:p></table:table-cell>\
            <table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>x</text:p></table:table-cell>\
            <table:table-cell table:number-columns-repeated="16000"/></table:table-row></table:table-header-rows>
            <table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            <table:table-row-group><table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="2"/>\
            <table:table-cell office:value-type="float" office:value="2"><text:p>2,00</text:p></table:table-cell></table:table-row></table:table-row-group>
            <table:table-row table:number-rows-repeated="1048570"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
            """)
        #expect(rows.map(\.number) == [1, 5, 6])
        #expect(rows[0].cells.map(\.text) == ["id", "x", "x"])
        #expect(rows[1].cells == [.empty, .empty, SheetCell(text: "2,00", value: "2")])
        #expect(rows[2].cells == rows[1].cells)
        #expect(rows[1][7] == .empty, "beyond the last cell read: empty")
    }

    @Test func coveredCellsTakeTheirColumnsAndHoldNothing() throws {
        let rows = try rows("""
            <table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string"><text:p>a</text:p></table:table-cell>\
            <table:covered-table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>hidden</text:p></table:covered-table-cell>\
            <table:table-cell office:value-type="string"><text:p>b</text:p></table:table-cell></table:table-row>
            """)
        #expect(rows[0].cells.map(\.text) == ["a", "", "", "b"])
    }

    /// As LibreOffice Calc reads cells (checked with soffice): character data as it is, spaces and
    /// line feeds included; `text:s`, `text:tab` and `text:line-break` as what they stand for.
    @Test func cellTextIsReadAsLibreOfficeReadsIt() throws {
        let rows = try rows("""
            <table:table-row><table:table-cell office:value-type="string">\
            <office:annotation><text:p>a comment</text:p></office:annotation>\
            <text:p>  Un   <text:span>deux</text:span>
              trois<text:s text:c="3"/>quatre<text:tab/>cinq<text:line-break/>six </text:p>\
            <text:p/><text:p><text:s/>lien : <text:a xlink:href="https://example.org">site</text:a><text:s text:c="2"/></text:p>\
            <draw:frame><draw:text-box><text:p>drawing</text:p></draw:text-box></draw:frame>\
            </table:table-cell><table:table-cell office:value-type="string"><text:p>Rendez-vous en ligne <text:s text:c="2"/>avec rappel</text:p>\
            <text:p>Rendez-vous en ligne   avec rappel </text:p></table:table-cell></table:table-row>
            """)
        #expect(rows[0].cells[0].text == "  Un   deux\n  trois   quatre\tcinq\nsix \n\n lien : site  ")
        #expect(rows[0].cells[1].text == "Rendez-vous en ligne   avec rappel\nRendez-vous en ligne   avec rappel ",
                "Atelier's text:s and LibreOffice's plain spaces read the same")
    }

    @Test func typedCellsKeepTheirValues() throws {
        let rows = try rows("""
            <table:table-row>\
            <table:table-cell office:value-type="float" office:value="4.25"><text:p>4,25</text:p></table:table-cell>\
            <table:table-cell office:value-type="float" office:value="3.0"><text:p>3</text:p></table:table-cell>\
            <table:table-cell office:value-type="date" office:date-value="2027-06-30T00:00:00"><text:p>30/06/27</text:p></table:table-cell>\
            <table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>VRAI</text:p></table:table-cell>\
            <table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50 %</text:p></table:table-cell>\
            <table:table-cell office:value-type="currency" office:currency="EUR" office:value="40000"><text:p>40 000,00 €</text:p></table:table-cell>\
            <table:table-cell office:value-type="time" office:time-value="PT12H30M00S"><text:p>12:30</text:p></table:table-cell>\
            <table:table-cell table:formula="of:=&quot;a&quot;" office:value-type="string" office:string-value="a"/>\
            </table:table-row>
            """)
        #expect(rows[0].cells == [
            SheetCell(text: "4,25", value: "4.25"), SheetCell(text: "3", value: "3"),
            SheetCell(text: "30/06/27", value: "2027-06-30"), SheetCell(text: "VRAI", value: "true"),
            SheetCell(text: "50 %", value: "0.5"), SheetCell(text: "40 000,00 €", value: "40000"),
            SheetCell(text: "12:30", value: nil), SheetCell(text: "a", value: nil),
        ])
        #expect(rows[0].cells[2].valueOrText == "2027-06-30")
        #expect(rows[0].cells[6].valueOrText == "12:30")
    }

    @Test func thePreferredSheetIsReadElseTheFirst() throws {
        let notes = SheetDocument.table("Notes", [["n"]])
        let actions = SheetDocument.table("Acties", [["a"]])
        let read = try sheet(notes + actions + SheetDocument.table("acties", [["second"]]), preferred: ["acties"])
        #expect(read.name == "Acties")
        #expect(read.rows[0].cells[0].text == "a")
        #expect(try sheet(notes + actions, preferred: ["maßnahmen"]).name == "Notes")
    }

    @Test func documentsThatAreNotSpreadsheetsAreNamed() {
        let text = Data("""
            <office:document \(SheetDocument.namespaces)><office:body><office:text><text:p>Bonjour</text:p></office:text></office:body></office:document>
            """.utf8)
        #expect(throws: SpreadsheetError(file: "t.fods", message: "this is an OpenDocument text document, not a spreadsheet")) {
            _ = try SpreadsheetParser(file: "t.fods", preferred: []).sheet(from: text, part: "t.fods")
        }
        #expect(throws: SpreadsheetError(file: "t.fods", message: "this is not an OpenDocument spreadsheet (no office:spreadsheet element)")) {
            _ = try SpreadsheetParser(file: "t.fods", preferred: []).sheet(from: Data("<html><body/></html>".utf8), part: "t.fods")
        }
        #expect(error("") == "t.fods: error: the spreadsheet has no sheet")
    }

    @Test func malformedXMLNamesTheFileAndLine() {
        let broken = "<table:table table:name=\"Actions\"><table:table-row>\n</table:table>"
        #expect(error(broken).hasPrefix("t.fods: error: cannot read the spreadsheet: t.fods is not well-formed XML:"))
        #expect(error(broken).contains("t.fods:4:"))
    }

    @Test(arguments: [
        ("<table:table-row><table:table-cell table:number-columns-repeated=\"16384\"/>"
            + "<table:table-cell office:value-type=\"string\"><text:p>far</text:p></table:table-cell></table:table-row>",
         "t.fods:Actions:1: error: a value beyond column XFD, the last a sheet may use"),
        ("<table:table-row table:number-rows-repeated=\"1048576\"><table:table-cell/></table:table-row>"
            + "<table:table-row><table:table-cell office:value-type=\"string\"><text:p>far</text:p></table:table-cell></table:table-row>",
         "t.fods:Actions:1048577: error: a value beyond row 1048576, the last a sheet may use"),
        ("<table:table-row table:number-rows-repeated=\"400000\"><table:table-cell table:number-columns-repeated=\"16\" "
            + "office:value-type=\"string\"><text:p>x</text:p></table:table-cell></table:table-row>",
         "t.fods:Actions:1: error: the sheet holds more than 5000000 cells; import it in smaller sheets"),
        ("<table:table-row><table:table-cell office:value-type=\"string\"><text:p>x<text:s text:c=\"2000000000\"/></text:p>"
            + "</table:table-cell></table:table-row>",
         "t.fods:Actions:1: error: the cells hold more than 50 MiB of spaces; this is not a workbook Atelier can read"),
    ])
    func sheetsOverTheLimitsAreRefusedWithoutExpanding(rows: String, message: String) {
        #expect(error("<table:table table:name=\"Actions\">\(rows)</table:table>") == message)
    }
}
