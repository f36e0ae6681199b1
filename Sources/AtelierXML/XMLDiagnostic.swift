/// One message from libxml2 about a document or a schema: where, how serious, and what.
public struct XMLDiagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious a message is.
    public typealias Severity = SourcePlace.Severity

    /// The document or schema the message is about (a path or a name given by the caller).
    public var file: String
    /// 1-based line, or 0 when libxml2 did not know it.
    public var line: Int
    /// 1-based column, or 0 when libxml2 did not know it.
    public var column: Int
    /// Whether libxml2 called it a warning or an error.
    public var severity: Severity
    /// libxml2's message, without its trailing newline.
    public var message: String

    /// Creates a diagnostic.
    public init(file: String, line: Int, column: Int = 0, severity: Severity = .error, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.severity = severity
        self.message = message
    }

    /// `file:line:column: error: message`, the form editors and terminals recognise.
    public var description: String {
        SourcePlace(file: file, line: line > 0 ? line : nil, column: column > 0 ? column : nil).describe(message, severity: severity)
    }
}
