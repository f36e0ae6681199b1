import AtelierXML

/// A problem in the registry of method modules, located in its manifest file.
public struct RegistryError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The manifest (or the registry folder).
    public var file: String
    /// 1-based line, when known.
    public var line: Int?
    /// 1-based column, when known.
    public var column: Int?
    /// The key at fault, as a path (`parameters[1].default`).
    public var key: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, key: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.key = key
        self.message = message
    }

    /// `file:line:column: error: key: message`, the form editors and terminals link to.
    public var description: String {
        SourcePlace(file: file, line: line, column: column, field: key).describe(message)
    }
}

/// A parameter value that does not fit its declaration.
public struct ParameterError: Error, Sendable, Equatable, CustomStringConvertible {
    public var method: String
    public var parameter: String
    public var message: String

    public var description: String { "method '\(method)', parameter '\(parameter)': \(message)" }
}
