import CLibXML2
import Foundation

/// Reads an XML document node by node (libxml2's `xmlTextReader`), without network access, entity
/// substitution or DTDs: memory stays flat however many rows a spreadsheet has.
///
/// The same rules as ``SafeXMLDocument``: `XML_PARSE_NONET`, never `XML_PARSE_NOENT`, no DTD
/// loading, and a document that declares a DTD at all is refused when its `<!DOCTYPE …>` is reached,
/// before any entity could be referenced.
public final class SafeXMLReader {
    /// What the reader stands on.
    public enum Node: Equatable, Sendable {
        /// An element opens; read its attributes with ``attribute(_:namespace:)`` before the next
        /// call. An empty element (`<a/>`) is followed by its ``end`` like any other.
        case start(namespace: String, name: String)
        /// The element last opened closes.
        case end
        /// Character data, CDATA or white space between tags, as written (entities decoded).
        case text(String)
    }

    /// The name messages use for the document.
    public let name: String
    private let reader: OpaquePointer
    private let buffer: UnsafeMutableRawBufferPointer
    private let collector: DiagnosticCollector
    /// True after the start of an empty element, whose end libxml2 does not report.
    private var pendingEnd = false

    /// Prepares to read a document held in memory (the bytes are copied).
    /// - Parameters:
    ///   - data: The document's bytes; at most 2 GiB.
    ///   - name: How messages refer to the document.
    public init(data: Data, name: String) throws {
        guard data.count < Int(Int32.max) else {
            throw XMLError.parseFailed(document: name, diagnostics: [XMLDiagnostic(file: name, line: 0, message: "the document is larger than 2 GiB")])
        }
        self.name = name
        buffer = .allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: buffer)
        collector = DiagnosticCollector(file: name)
        guard let reader = xmlReaderForMemory(
            buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(data.count), name, nil, SafeXMLDocument.parseOptions)
        else {
            buffer.deallocate()
            throw XMLError.unavailable(resource: "an XML reader")
        }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, collectStructuredError, collector.context)
    }

    deinit {
        xmlFreeTextReader(reader)
        buffer.deallocate()
    }

    /// The next element start, element end or text; nil at the end of the document. Comments,
    /// processing instructions and the XML declaration are passed over.
    /// - Throws: ``XMLError/parseFailed(document:diagnostics:)`` where the document is not
    ///   well-formed, ``XMLError/doctypeRefused(document:)`` at a `<!DOCTYPE …>`.
    public func next() throws -> Node? {
        if pendingEnd {
            pendingEnd = false
            return .end
        }
        while true {
            let status = xmlTextReaderRead(reader)
            if status == 0 { return nil }
            guard status > 0 else { throw failure() }
            switch xmlReaderTypes(rawValue: UInt32(xmlTextReaderNodeType(reader))) {
            case XML_READER_TYPE_ELEMENT:
                let namespace = xmlTextReaderConstNamespaceUri(reader).map { String(cString: $0) } ?? ""
                let local = xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
                pendingEnd = xmlTextReaderIsEmptyElement(reader) == 1
                return .start(namespace: namespace, name: local)
            case XML_READER_TYPE_END_ELEMENT:
                return .end
            case XML_READER_TYPE_TEXT, XML_READER_TYPE_CDATA, XML_READER_TYPE_WHITESPACE,
                 XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
                return .text(xmlTextReaderConstValue(reader).map { String(cString: $0) } ?? "")
            case XML_READER_TYPE_DOCUMENT_TYPE:
                throw XMLError.doctypeRefused(document: name)
            case XML_READER_TYPE_ENTITY_REFERENCE, XML_READER_TYPE_ENTITY:
                throw XMLError.parseFailed(document: name, diagnostics: [XMLDiagnostic(
                    file: name, line: line, message: "an entity reference; Atelier expands no entities")])
            default:
                continue
            }
        }
    }

    /// An attribute of the element just started, by local name and namespace URI (empty for an
    /// attribute without prefix); nil when absent.
    public func attribute(_ localName: String, namespace: String) -> String? {
        let found = namespace.isEmpty ? xmlTextReaderGetAttribute(reader, localName)
            : xmlTextReaderGetAttributeNs(reader, localName, namespace)
        guard let value = found else { return nil }
        defer { atelier_xml_free(value) }
        return String(cString: value)
    }

    /// The line the reader has reached, for messages.
    public var line: Int { Int(xmlTextReaderGetParserLineNumber(reader)) }

    private func failure() -> XMLError {
        let errors = collector.errors
        return .parseFailed(document: name, diagnostics: errors.isEmpty
            ? [XMLDiagnostic(file: name, line: line, message: "the document is not well-formed")] : errors)
    }
}
