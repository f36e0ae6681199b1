import CLibXML2
import Foundation

/// A parsed XML document, read without network access, entity substitution or DTDs, and queried
/// with XPath.
///
/// Reading is for Atelier's own exports and the files people hand it: `XML_PARSE_NONET` keeps libxml2
/// off the network, `XML_PARSE_NOENT` is never set (entities are not expanded), no external DTD is
/// loaded, and a document that declares a DTD at all is refused.
public final class SafeXMLDocument {
    /// The name messages use for this document (a path or a part name such as `content.xml`).
    public let name: String
    /// Prefixes XPath expressions may use, mapped to namespace URIs.
    public var namespaces: [String: String]
    let pointer: xmlDocPtr

    /// The parser options: no network, line numbers above 65535 kept, nothing else.
    static let parseOptions = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue)

    /// Parses a document held in memory.
    /// - Parameters:
    ///   - data: The document's bytes.
    ///   - name: How messages refer to the document.
    ///   - namespaces: Prefixes for XPath queries.
    /// - Throws: ``XMLError/parseFailed(document:diagnostics:)`` with every message libxml2 gave, or
    ///   ``XMLError/doctypeRefused(document:)``.
    public init(data: Data, name: String, namespaces: [String: String] = [:]) throws {
        self.name = name
        self.namespaces = namespaces
        guard let context = xmlNewParserCtxt() else { throw XMLError.unavailable(resource: "a parser context") }
        defer { xmlFreeParserCtxt(context) }
        let collector = DiagnosticCollector(file: name)
        let document: xmlDocPtr? = collector.capturingThreadErrors {
            data.withUnsafeBytes { bytes in
                xmlCtxtReadMemory(
                    context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(bytes.count), name, nil,
                    Self.parseOptions)
            }
        }
        guard let document, context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            throw XMLError.parseFailed(document: name, diagnostics: collector.errors)
        }
        guard document.pointee.intSubset == nil else {
            xmlFreeDoc(document)
            throw XMLError.doctypeRefused(document: name)
        }
        pointer = document
    }

    /// Reads and parses a file.
    /// - Throws: the file system's error when it cannot be read, or the parse errors.
    public convenience init(contentsOf url: URL, namespaces: [String: String] = [:]) throws {
        try self.init(data: Data(contentsOf: url), name: url.path, namespaces: namespaces)
    }

    deinit {
        xmlFreeDoc(pointer)
    }

    /// The string value of every node the expression selects, in document order.
    /// - Throws: ``XMLError/xpathFailed(expression:diagnostics:)`` when it does not compile or does
    ///   not select nodes.
    public func strings(_ expression: String) throws -> [String] {
        try evaluate(expression) { object in
            guard object.pointee.type == XPATH_NODESET else {
                throw XMLError.xpathFailed(expression: expression, diagnostics: [XMLDiagnostic(
                    file: name, line: 0, message: "the expression gives a value, not a list of nodes")])
            }
            guard let set = object.pointee.nodesetval else { return [] }
            return (0..<Int(set.pointee.nodeNr)).map { index in
                guard let node = set.pointee.nodeTab[index], let value = xmlXPathCastNodeToString(node) else {
                    return ""
                }
                defer { atelier_xml_free(value) }
                return String(cString: value)
            }
        }
    }

    /// The number an expression evaluates to (`count(//text:h)`).
    public func number(_ expression: String) throws -> Double {
        try evaluate(expression) { xmlXPathCastToNumber($0) }
    }

    /// The string an expression evaluates to (`string(//office:meta/dc:title)`).
    public func string(_ expression: String) throws -> String {
        try evaluate(expression) { object in
            guard let value = xmlXPathCastToString(object) else { return "" }
            defer { atelier_xml_free(value) }
            return String(cString: value)
        }
    }

    private func evaluate<T>(_ expression: String, _ read: (xmlXPathObjectPtr) throws -> T) throws -> T {
        guard let context = xmlXPathNewContext(pointer) else { throw XMLError.unavailable(resource: "an XPath context") }
        defer { xmlXPathFreeContext(context) }
        for (prefix, uri) in namespaces.sorted(by: { $0.key < $1.key }) {
            guard xmlXPathRegisterNs(context, prefix, uri) == 0 else {
                throw XMLError.xpathFailed(expression: expression, diagnostics: [XMLDiagnostic(
                    file: name, line: 0, message: "the namespace prefix \(prefix) could not be registered")])
            }
        }
        let collector = DiagnosticCollector(file: name)
        let object = collector.capturingThreadErrors { xmlXPathEvalExpression(expression, context) }
        guard let object else {
            throw XMLError.xpathFailed(expression: expression, diagnostics: collector.errors)
        }
        defer { xmlXPathFreeObject(object) }
        return try read(object)
    }
}
