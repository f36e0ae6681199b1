/// A problem in a file being imported, located by line and column name. Nothing of the file is applied.
public struct ImportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file as the user named it.
    public var file: String
    /// 1-based line where the record starts; nil for problems with the file as a whole.
    public var line: Int?
    /// The column concerned, by its header name.
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    /// `file:line: error: field: message`.
    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? ""): error: \(field.map { "\($0): " } ?? "")\(message)"
    }
}
