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

    public init(action: String, field: String, old: String, new: String, date: CalendarDate, file: String,
                sheet: String? = nil, row: Int? = nil) {
        self.action = action
        self.field = field
        self.old = old
        self.new = new
        self.date = date
        self.file = file
        self.sheet = sheet
        self.row = row
    }
}
