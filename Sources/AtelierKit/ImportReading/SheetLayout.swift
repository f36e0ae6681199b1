import AtelierODF

/// A sheet's header row and the rows under it, with the checks every kind of sheet shares: a value
/// under a column without a header is refused, naming the row and the column letter; a row holding
/// nothing is skipped, as a blank CSV line is.
struct SheetLayout {
    let sheet: Sheet
    let file: String
    /// The sheet as messages name it; nil for a CSV file read as a sheet.
    let sheetName: String?
    let header: SheetRow
    /// The trimmed header text of each column up to the last named one; nil for a blank header.
    let names: [String?]
    /// The rows under the header.
    let rows: ArraySlice<SheetRow>

    /// Which columns read a number or date cell's value rather than the text it shows.
    enum NumberColumns {
        case only(Set<String>)
        case allBut(Set<String>)

        func contains(_ column: String) -> Bool {
            switch self {
            case .only(let names): names.contains(column)
            case .allBut(let names): !names.contains(column)
            }
        }
    }

    init(sheet: Sheet, file: String) throws {
        try self.init(sheet: sheet, file: file, sheetName: sheet.name)
    }

    /// A CSV file read as a sheet of text cells, its rows numbered by the lines they start on. A field
    /// Atelier's CSV export made inert for spreadsheets (`'=…`, `'-…`) is read without its quote.
    init(csv: CSVTable, file: String) throws {
        func cells(_ fields: [String]) -> [SheetCell] {
            fields.map { SheetCell(text: Self.withoutFormulaGuard($0), value: nil) }
        }
        let rows = [SheetRow(number: 1, cells: cells(csv.writtenHeader))]
            + csv.records.map { SheetRow(number: $0.line, cells: cells($0.fields)) }
        try self.init(sheet: Sheet(name: "", rows: rows), file: file, sheetName: nil)
    }

    private init(sheet: Sheet, file: String, sheetName: String?) throws {
        guard let header = sheet.rows.first else {
            throw ImportError(file: file, sheet: sheetName, message: "the sheet is empty; it needs a header row")
        }
        self.sheet = sheet
        self.file = file
        self.sheetName = sheetName
        self.header = header
        let texts = header.cells.map { $0.text.trimmingCharacters(in: .whitespacesAndNewlines) }
        names = texts.map { $0.isEmpty ? nil : $0 }
        rows = sheet.rows.dropFirst()
    }

    /// Refuses a row with a value under a column that has no header.
    func checkUnnamedColumns(_ row: SheetRow) throws {
        for (column, cell) in row.cells.enumerated() where !cell.isEmpty && (column >= names.count || names[column] == nil) {
            throw error(row.number, field: "column \(Sheet.columnName(column))",
                        "a value under a column without a header; name the column in row \(header.number) or clear the cell")
        }
    }

    /// An error at a row of the sheet.
    func error(_ row: Int, field: String?, _ message: String) -> ImportError {
        ImportError(file: file, sheet: sheetName, line: row, field: field, message: message)
    }

    /// A field without the single quote Atelier's CSV export puts before `=`, `+`, `-`, `@`, a tab or a
    /// carriage return at its start.
    static func withoutFormulaGuard(_ field: String) -> String {
        guard field.first == "'", let next = field.dropFirst().first, "=+-@\t\r".contains(next) else { return field }
        return String(field.dropFirst())
    }

    /// The table of a sheet whose headers are import column names (`id`, `name`, …, any case).
    func plainTable(numbers: NumberColumns) throws -> ImportTable {
        let columns = names.indices.filter { names[$0] != nil }
        let header = columns.map { names[$0]!.lowercased() }
        let readsValue = header.map(numbers.contains)
        var records: [ImportTable.Record] = []
        for row in rows {
            try checkUnnamedColumns(row)
            let fields = columns.indices.map { index in
                readsValue[index] ? row[columns[index]].valueOrText : row[columns[index]].text
            }
            if fields.allSatisfy({ $0.allSatisfy(\.isWhitespace) }) { continue }
            records.append(ImportTable.Record(line: row.number, fields: fields))
        }
        return ImportTable(header: header, records: records, headerLine: self.header.number, sheet: sheetName)
    }
}
