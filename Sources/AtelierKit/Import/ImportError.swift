import AtelierXML

/// A problem in a file being imported, located by line (or sheet and row) and column name. Nothing
/// of the file is applied.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// The sheet of a spreadsheet the problem is in; nil for CSV files and problems with the file as a whole.
    public var sheet: String?
    /// 1-based line where the record starts; nil for problems with the file as a whole.
    public var line: Int?
    /// The column concerned, by its header name.
    public var field: String?
    public var message: String

    public init(file: String, sheet: String? = nil, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.sheet = sheet
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: error: field: message`, or `file:sheet:row: error: field: message` for a spreadsheet.
    public var description: String {
        SourcePlace(file: file, sheet: sheet, line: line, field: field).describe(message)
    }
}
