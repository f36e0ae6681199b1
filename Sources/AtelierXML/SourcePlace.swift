/// Where in a file a problem is, and the one way Atelier writes a problem there:
/// `file[:sheet][:line[:column]]: error|warning: [field: ]message`, the form editors and terminals
/// link to. Import errors, registry errors and libxml2's diagnostics all write through it.
public struct SourcePlace: Sendable, Equatable {
    /// How serious a problem is.
    public enum Severity: String, Sendable {
        case warning
        case error
    }

    /// The file as the user named it (or a name given by the caller).
    public var file: String
    /// The sheet of a spreadsheet; nil for other files.
    public var sheet: String?
    /// 1-based line (or spreadsheet row); nil for the file as a whole.
    public var line: Int?
    /// 1-based column, written only after a line from 1.
    public var column: Int?
    /// The field, column or key concerned, by the name the file gives it.
    public var field: String?

    /// Creates a place.
    public init(file: String, sheet: String? = nil, line: Int? = nil, column: Int? = nil, field: String? = nil) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.column = column
        self.field = field
    }

    /// The message as one line: `file[:sheet][:line[:column]]: severity: [field: ]message`.
    public func describe(_ message: String, severity: Severity = .error) -> String {
        var place = file
        if let sheet { place += ":\(sheet)" }
        if let line { place += ":\(line)" }
        if let line, line > 0, let column { place += ":\(column)" }
        return "\(place): \(severity.rawValue): \(field.map { "\($0): " } ?? "")\(message)"
    }
}
