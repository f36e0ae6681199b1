/// What went wrong writing, reading, querying or validating XML, with messages for people.
public enum XMLError: Error, Equatable, CustomStringConvertible {
    /// libxml2 could not allocate a parser, context or schema.
    case unavailable(resource: String)
    /// The writer was asked for something out of place (an attribute after content, an end tag
    /// with no element open): a mistake in the calling code.
    case misplaced(String)
    /// A number that XML Schema's `xsd:double` cannot hold (infinity or not-a-number).
    case nonFiniteNumber(attribute: String)
    /// A document could not be parsed; every message libxml2 gave is kept.
    case parseFailed(document: String, diagnostics: [XMLDiagnostic])
    /// A document declares a DTD, which the safe reader never processes.
    case doctypeRefused(document: String)
    /// A RelaxNG schema could not be read or compiled.
    case schemaFailed(schema: String, diagnostics: [XMLDiagnostic])
    /// An XPath expression could not be compiled or evaluated.
    case xpathFailed(expression: String, diagnostics: [XMLDiagnostic])

    public var description: String {
        switch self {
        case .unavailable(let resource):
            return "libxml2 could not create \(resource) (out of memory?)"
        case .misplaced(let what):
            return "the XML writer was asked for \(what); the output is incomplete"
        case .nonFiniteNumber(let attribute):
            return "\(attribute) must be a finite number, not infinity or NaN"
        case .parseFailed(let document, let diagnostics):
            return "\(document) is not well-formed XML:\n" + Self.lines(diagnostics)
        case .doctypeRefused(let document):
            return "\(document) declares a DTD; Atelier reads no DTDs (remove the <!DOCTYPE …> line)"
        case .schemaFailed(let schema, let diagnostics):
            return "the RelaxNG schema \(schema) could not be loaded:\n" + Self.lines(diagnostics)
        case .xpathFailed(let expression, let diagnostics):
            return "the XPath expression \(expression) failed:\n" + Self.lines(diagnostics)
        }
    }

    private static func lines(_ diagnostics: [XMLDiagnostic]) -> String {
        diagnostics.isEmpty ? "  (libxml2 gave no message)" : diagnostics.map { "  \($0)" }.joined(separator: "\n")
    }
}
