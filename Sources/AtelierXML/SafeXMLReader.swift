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
    /// The bytes libxml2 pulls from, kept alive as long as the reader.
    private let source: Source
    private let collector: DiagnosticCollector
    /// True after the start of an empty element, whose end libxml2 does not report.
    private var pendingEnd = false

    /// Prepares to read a document held in memory; libxml2 pulls the bytes as it goes, so they are
    /// not copied.
    /// - Parameters:
    ///   - data: The document's bytes.
    ///   - name: How messages refer to the document.
    public init(data: Data, name: String) throws {
        self.name = name
        source = Source(data)
        collector = DiagnosticCollector(file: name)
        guard let reader = xmlReaderForIO(readSource, nil, Unmanaged.passUnretained(source).toOpaque(), name, nil,
                                          SafeXMLDocument.parseOptions)
        else { throw XMLError.unavailable(resource: "an XML reader") }
        self.reader = reader
        xmlTextReaderSetStructuredErrorHandler(reader, collectStructuredError, collector.context)
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// Bytes handed to libxml2 chunk by chunk.
    final class Source {
        let data: Data
        var offset: Int

        init(_ data: Data) {
            self.data = data
            offset = data.startIndex
        }
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

/// libxml2's read callback: copies the next bytes of the ``SafeXMLReader/Source`` behind the context.
private let readSource: xmlInputReadCallback = { context, buffer, length in
    guard let context, let buffer, length > 0 else { return 0 }
    let source = Unmanaged<SafeXMLReader.Source>.fromOpaque(context).takeUnretainedValue()
    let count = min(Int(length), source.data.endIndex - source.offset)
    guard count > 0 else { return 0 }
    source.data.copyBytes(to: UnsafeMutableRawPointer(buffer).assumingMemoryBound(to: UInt8.self),
                          from: source.offset..<(source.offset + count))
    source.offset += count
    return Int32(count)
}
