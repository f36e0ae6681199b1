/// A table to import, whatever file it came from: import column names and the records under them,
/// each with the line (or spreadsheet row) it was read from, so messages can point at it.
///
/// A CSV file gives one directly (``init(_:)``); a spreadsheet reader builds one from a sheet,
/// naming the sheet and mapping the headers people see to import columns.
public struct ImportTable: Sendable {
    /// Lower-cased import column names (`id`, `title`, …), in file order.
    public var header: [String]
    public var records: [Record]
    /// The line or row of the header: 1 for CSV files.
    public var headerLine: Int
    /// The sheet the table was read from, named in messages; nil for CSV files.
    public var sheet: String?
    /// How the file names a column when that differs from its import name (a spreadsheet's
    /// `État d'avancement` for `status`), used in messages.
    public var columnNames: [String: String]

    /// One data row.
    public struct Record: Sendable {
        /// The line (or spreadsheet row) the record starts on.
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public init(
        header: [String], records: [Record], headerLine: Int = 1, sheet: String? = nil, columnNames: [String: String] = [:]
    ) {
        self.header = header
        self.records = records
        self.headerLine = headerLine
        self.sheet = sheet
        self.columnNames = columnNames
    }

    /// The table of a CSV file: its header and records as read.
    public init(_ csv: CSVTable) {
        self.init(header: csv.header, records: csv.records)
    }

    /// The index of a column, if the header has it.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }

    /// How messages name a column: as the file names it.
    public func name(of column: String) -> String { columnNames[column] ?? column }
}
