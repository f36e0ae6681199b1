/// One change of one field of one action, as a return brought it: what `atelier log` and the
/// follow-up report show as the action's timeline. Kept as plain rows (table `history`), so an
/// auditor reads them with sqlite3 alone.
public struct HistoryRecord: Sendable, Equatable {
    public var action: String
    /// The import column changed (`status`, `response`, `progress`, …).
    public var field: String
    /// The value before, as an import file writes it; empty when there was none.
    public var old: String
    public var new: String
    /// The day the change was recorded.
    public var date: CalendarDate
    /// The file the change came from, as the import named it.
    public var file: String
    /// The sheet of a spreadsheet; nil for a CSV file.
    public var sheet: String?
    /// The line (CSV) or row (sheet) of the file.
    public var row: Int?
    /// The journal entry that recorded it; nil until it is recorded.
    public var entry: Int64?

    public init(action: String, field: String, old: String, new: String, date: CalendarDate, file: String,
                sheet: String? = nil, row: Int? = nil, entry: Int64? = nil) {
        self.entry = entry
        self.action = action
        self.field = field
        self.old = old
        self.new = new
        self.date = date
        self.file = file
        self.sheet = sheet
        self.row = row
    }

    /// Where the value came from: `ministere.ods:Actions:5`.
    public var place: String { [file, sheet, row.map(String.init)].compactMap { $0 }.joined(separator: ":") }

    /// `status: not-started → limited`, values on several lines shown on one.
    public var change: String {
        func shown(_ value: String) -> String { value.isEmpty ? "—" : value.split(whereSeparator: \.isNewline).joined(separator: " | ") }
        return "\(field): \(shown(old)) → \(shown(new))"
    }
}
