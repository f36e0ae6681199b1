import AtelierXML
import Foundation

/// Reads one sheet from an ODF spreadsheet's XML (a package's `content.xml`, or a flat `.fods`
/// file) in a single streaming pass through ``SafeXMLReader``.
///
/// The sheet read is the first whose name is among the preferred names, else the first sheet.
/// Repeated rows and cells (`table:number-rows-repeated`, `table:number-columns-repeated`) are
/// expanded only where they hold something, so the million empty rows LibreOffice may write at the
/// end of a sheet cost nothing. What a cell that holds something would expand to (its columns
/// times its row's repetitions, in cells and in bytes of text) is checked against
/// ``SpreadsheetLimits`` before anything of it is kept, so a small file that repeats one cell over
/// a whole sheet is refused without being expanded. Covered cells of merged
/// areas take their columns and hold nothing. Comments (`office:annotation`) and drawings in a cell
/// are not part of its text.
///
/// A cell's text is read as LibreOffice Calc reads it, which is not the white-space collapsing ODF
/// defines for text documents: character data as it is (Calc writes runs of spaces, and spaces at
/// the end, as they are in cells of several lines, and reads them back so), `<text:s text:c="N"/>`
/// as N spaces, `<text:tab/>` as a tab, `<text:line-break/>` as a line feed, and one line per
/// paragraph. What ``ODFText`` writes reads back exactly.
public struct SpreadsheetParser {
    /// The file as messages name it.
    let file: String
    /// Folded sheet names (see ``fold(_:)``) to read in preference to the first sheet.
    let preferred: Set<String>

    /// A name as sheet names, headers and labels are compared: trimmed, lower-cased, with the
    /// typographic apostrophe LibreOffice's autocorrection types read as a plain one.
    public static func fold(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
    }

    /// Reads the sheet.
    /// - Parameters:
    ///   - data: The XML document.
    ///   - part: How XML messages name the document (`content.xml`, or the file itself).
    /// - Throws: ``SpreadsheetError`` naming the file (and the sheet and row for a sheet over the limits).
    func sheet(from data: Data, part: String) throws -> Sheet {
        let reader = try readingXML { try SafeXMLReader(data: data, name: part) }
        var walk = Walk(parser: self)
        while !walk.finished, let node = try readingXML({ try reader.next() }) {
            switch node {
            case .start(let namespace, let name): try walk.start(namespace, name, reader)
            case .end: try walk.end()
            case .text(let text): walk.characters(text)
            }
        }
        return try walk.result()
    }

    private func readingXML<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as XMLError {
            throw SpreadsheetError(file: file, message: "cannot read the spreadsheet: \(error)")
        }
    }
}

/// The state of one pass over the document: which sheet, row, cell and paragraph are open.
private struct Walk {
    let parser: SpreadsheetParser
    var depth = 0
    /// The depth of an element whose whole content is passed over.
    var skipping: Int?
    var spreadsheetDepth: Int?
    var sawSpreadsheet = false
    /// The kind of an OpenDocument body that is not a spreadsheet (`text`, `drawing`, …).
    var otherBody: String?
    var sheetCount = 0
    var table: OpenTable?
    var row: OpenRow?
    var cell: OpenCell?
    /// The text of the open paragraph.
    var paragraph: String?
    var paragraphDepth = 0
    /// The first sheet, kept until a preferred one is found.
    var first: Sheet?
    var chosen: Sheet?
    /// Cells and bytes of text kept from the rows before the open one, repetitions expanded.
    var cellsKept = 0
    var textKept = 0
    /// Spaces written out from `text:s` so far: bounded like the document itself.
    var spacesWritten = 0

    struct OpenTable {
        var name: String
        var depth: Int
        var preferred: Bool
        var rows: [SheetRow] = []
        var nextRow = 1
    }

    struct OpenRow {
        var depth: Int
        var repeated: Int
        var cells: [SheetCell] = []
        var column = 0
        /// Bytes of text and value of the cells kept, repeated cells counted each time.
        var textBytes = 0
    }

    struct OpenCell {
        var depth: Int
        var repeated: Int
        var covered: Bool
        var value: String?
        var stringValue: String?
        var paragraphs: [String] = []
    }

    static let office = ODFNamespace.office.uri
    static let table = ODFNamespace.table.uri
    static let text = ODFNamespace.text.uri
    static let draw = ODFNamespace.draw.uri

    init(parser: SpreadsheetParser) { self.parser = parser }

    var finished: Bool { chosen != nil }

    mutating func start(_ namespace: String, _ name: String, _ reader: SafeXMLReader) throws {
        depth += 1
        guard skipping == nil else { return }
        if paragraph != nil {
            try paragraphElement(namespace, name, reader)
        } else if cell != nil {
            if namespace == Self.text, name == "p" || name == "h" {
                paragraph = ""
                paragraphDepth = depth
            } else if namespace == Self.draw || namespace == Self.table || (namespace == Self.office && name == "annotation") {
                skipping = depth
            }
        } else if row != nil {
            if namespace == Self.table, name == "table-cell" || name == "covered-table-cell" {
                cell = OpenCell(depth: depth, repeated: Self.count(reader.attribute("number-columns-repeated", namespace: Self.table)),
                                covered: name == "covered-table-cell", value: Self.value(reader),
                                stringValue: reader.attribute("string-value", namespace: Self.office))
            } else {
                skipping = depth
            }
        } else if table != nil {
            guard namespace == Self.table else { return skipping = depth }
            switch name {
            case "table-row": row = OpenRow(depth: depth, repeated: Self.count(reader.attribute("number-rows-repeated", namespace: Self.table)))
            case "table-header-rows", "table-row-group", "table-rows": break
            default: skipping = depth
            }
        } else if spreadsheetDepth != nil {
            guard namespace == Self.table, name == "table" else { return skipping = depth }
            sheetCount += 1
            let sheetName = reader.attribute("name", namespace: Self.table) ?? "Sheet\(sheetCount)"
            let preferred = parser.preferred.contains(SpreadsheetParser.fold(sheetName))
            if preferred || first == nil {
                table = OpenTable(name: sheetName, depth: depth, preferred: preferred)
            } else {
                skipping = depth
            }
        } else if namespace == Self.office {
            switch name {
            case "document", "document-content", "body": break
            case "spreadsheet":
                spreadsheetDepth = depth
                sawSpreadsheet = true
            case "text", "drawing", "presentation", "chart", "image", "formula":
                otherBody = name
                skipping = depth
            default: skipping = depth
            }
        } else {
            skipping = depth
        }
    }

    /// An element inside a paragraph: spaces, tabs and line breaks are text; spans and links
    /// hold text; notes, comments and drawings do not.
    private mutating func paragraphElement(_ namespace: String, _ name: String, _ reader: SafeXMLReader) throws {
        switch (namespace, name) {
        case (Self.text, "s"):
            let count = Self.count(reader.attribute("c", namespace: Self.text))
            spacesWritten += count
            guard spacesWritten <= SpreadsheetLimits.maxContentBytes else {
                throw SpreadsheetError(file: parser.file, sheet: table?.name, line: table?.nextRow,
                                  message: "the cells hold more than \(SpreadsheetLimits.maxContentBytes >> 20) MiB of spaces; this is not a workbook Atelier can read")
            }
            paragraph! += String(repeating: " ", count: count)
        case (Self.text, "tab"): paragraph! += "\t"
        case (Self.text, "line-break"): paragraph! += "\n"
        case (Self.text, "note"), (Self.text, "ruby-text"), (Self.office, "annotation"), (Self.draw, _):
            skipping = depth
        default:
            break
        }
    }

    mutating func end() throws {
        defer { depth -= 1 }
        if let skipped = skipping {
            if skipped == depth { skipping = nil }
            return
        }
        if let text = paragraph {
            if paragraphDepth == depth {
                cell!.paragraphs.append(text)
                paragraph = nil
            }
        } else if let open = cell {
            if open.depth == depth { try endCell(open) }
        } else if let open = row {
            if open.depth == depth { endRow(open) }
        } else if let open = table {
            if open.depth == depth { endTable(open) }
        } else if spreadsheetDepth == depth {
            spreadsheetDepth = nil
        }
    }

    mutating func characters(_ text: String) {
        guard skipping == nil else { return }
        paragraph? += text
    }

    private mutating func endCell(_ open: OpenCell) throws {
        cell = nil
        var text = open.paragraphs.joined(separator: "\n")
        if text.isEmpty, let stringValue = open.stringValue { text = stringValue }
        let content = open.covered ? SheetCell.empty : SheetCell(text: text, value: open.value)
        guard !content.isEmpty else {
            row!.column = min(row!.column + open.repeated, SpreadsheetLimits.maxColumns + 1)
            return
        }
        let column = row!.column
        let bytes = content.text.utf8.count + (content.value?.utf8.count ?? 0)
        try checkLimits(column: column, repeated: open.repeated, textBytes: bytes)
        if row!.cells.count < column {
            row!.cells += repeatElement(SheetCell.empty, count: column - row!.cells.count)
        }
        row!.cells += repeatElement(content, count: open.repeated)
        row!.column = column + open.repeated
        row!.textBytes += bytes * open.repeated
    }

    /// Refuses a cell that holds something, repeated over `repeated` columns from `column`, when the
    /// open row, repeated as it says, would pass the last column or row or bring the sheet over
    /// ``SpreadsheetLimits/maxCells`` or ``SpreadsheetLimits/maxTextBytes``: checked before the
    /// cell is kept, with counts that saturate rather than overflow.
    private func checkLimits(column: Int, repeated: Int, textBytes: Int) throws {
        let open = row!
        let first = table!.nextRow
        func refuse(line: Int = first, _ message: String) -> SpreadsheetError {
            SpreadsheetError(file: parser.file, sheet: table!.name, line: line, message: message)
        }
        guard column + repeated <= SpreadsheetLimits.maxColumns else {
            throw refuse("a value beyond column \(Sheet.columnName(SpreadsheetLimits.maxColumns - 1)), the last a sheet may use")
        }
        guard first + open.repeated - 1 <= SpreadsheetLimits.maxRows else {
            throw refuse(line: min(first, SpreadsheetLimits.maxRows + 1),
                         "a value beyond row \(SpreadsheetLimits.maxRows), the last a sheet may use")
        }
        guard Self.expanded(column + repeated, times: open.repeated, plus: cellsKept) <= SpreadsheetLimits.maxCells else {
            throw refuse("the sheet holds more than \(SpreadsheetLimits.maxCells) cells; import it in smaller sheets")
        }
        let rowText = Self.expanded(textBytes, times: repeated, plus: open.textBytes)
        guard Self.expanded(rowText, times: open.repeated, plus: textKept) <= SpreadsheetLimits.maxTextBytes else {
            throw refuse("the cells hold more than \(SpreadsheetLimits.maxTextBytes >> 20) MiB of text once repeated rows and cells are counted; this is not a workbook Atelier can read")
        }
    }

    /// `count × times + plus` for counts of 0 or more, or `Int.max` when it does not fit.
    private static func expanded(_ count: Int, times: Int, plus: Int) -> Int {
        let (product, overflow) = count.multipliedReportingOverflow(by: times)
        let (sum, carry) = product.addingReportingOverflow(plus)
        return overflow || carry ? .max : sum
    }

    private mutating func endRow(_ open: OpenRow) {
        row = nil
        guard !open.cells.isEmpty else {
            table!.nextRow += open.repeated
            return
        }
        let first = table!.nextRow
        cellsKept += open.cells.count * open.repeated
        textKept += open.textBytes * open.repeated
        for offset in 0..<open.repeated {
            table!.rows.append(SheetRow(number: first + offset, cells: open.cells))
        }
        table!.nextRow += open.repeated
    }

    private mutating func endTable(_ open: OpenTable) {
        table = nil
        let sheet = Sheet(name: open.name, rows: open.rows)
        if open.preferred { chosen = sheet } else { first = sheet }
    }

    func result() throws -> Sheet {
        if let sheet = chosen ?? first { return sheet }
        guard sawSpreadsheet else {
            throw SpreadsheetError(file: parser.file, message: otherBody.map { "this is an OpenDocument \($0) document, not a spreadsheet" }
                ?? "this is not an OpenDocument spreadsheet (no office:spreadsheet element)")
        }
        throw SpreadsheetError(file: parser.file, message: "the spreadsheet has no sheet")
    }

    /// A repetition count (`number-columns-repeated`, `text:c`): 1 when absent or not a whole
    /// number from 1, at most 2³¹ − 1.
    static func count(_ text: String?) -> Int {
        guard let text, let value = Int(text), value >= 1 else { return 1 }
        return min(value, Int(Int32.max))
    }

    /// The typed value of the cell just started, as imports read it.
    static func value(_ reader: SafeXMLReader) -> String? {
        switch reader.attribute("value-type", namespace: office) {
        case "float", "percentage", "currency":
            return reader.attribute("value", namespace: office).map(number)
        case "date":
            return reader.attribute("date-value", namespace: office).map { String($0.prefix { $0 != "T" }) }
        case "boolean":
            return reader.attribute("boolean-value", namespace: office)
        default:
            return nil
        }
    }

    /// A whole number without decimals (`2`, not `2.0`); any other number as the file writes it.
    static func number(_ text: String) -> String {
        guard let value = Double(text), value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return text }
        return String(Int64(value))
    }
}
