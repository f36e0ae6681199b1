import CLibXML2
import Foundation

/// Writes one XML document front to back into a ``ByteSink``, never holding the document.
///
/// A Swift owner of libxml2's `xmlTextWriter`: every call's return code is checked and turned into a
/// typed error, and the writer is freed with its owner. Text and attribute values are made safe for
/// XML 1.0 on the way: markup characters are escaped, and characters XML 1.0 forbids (C0 controls
/// other than tab, line feed and carriage return; U+FFFE; U+FFFF) are replaced by U+FFFD, so no
/// input can produce a broken file. Escaping is done here, into one reused buffer, so writing a cell
/// allocates nothing per call.
///
/// Element and attribute names are `StaticString`s: the qualified names of a vocabulary
/// (`table:table-cell`), declared by writing `xmlns:` attributes on the root.
public final class XMLStreamWriter {
    private let writer: xmlTextWriterPtr
    private let output: OutputBridge
    private var scratch: [UInt8] = []

    /// Creates a writer that sends its output to `sink`.
    /// - Parameters:
    ///   - sink: Receives the bytes in chunks of a few kilobytes.
    ///   - indent: Whether to indent nested elements (only for vocabularies without mixed content).
    /// - Throws: ``XMLError/unavailable(resource:)`` when libxml2 cannot allocate the writer.
    public init(sink: any ByteSink, indent: Bool = false) throws {
        let bridge = OutputBridge(sink: sink)
        let context = Unmanaged.passUnretained(bridge).toOpaque()
        guard let buffer = xmlOutputBufferCreateIO(outputWriteCallback, outputCloseCallback, context, nil) else {
            throw XMLError.unavailable(resource: "an output buffer")
        }
        guard let writer = xmlNewTextWriter(buffer) else {
            xmlOutputBufferClose(buffer)
            throw XMLError.unavailable(resource: "a text writer")
        }
        self.writer = writer
        self.output = bridge
        scratch.reserveCapacity(1024)
        if indent {
            try check(xmlTextWriterSetIndent(writer, 1), "set indentation")
            try check(xmlTextWriterSetIndentString(writer, "  "), "set indentation")
        }
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    /// Writes the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`).
    public func startDocument() throws {
        try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil), "the XML declaration")
    }

    /// Closes every open element and pushes all buffered bytes to the sink.
    /// - Throws: the sink's own error when it could not take the bytes.
    public func endDocument() throws {
        try check(xmlTextWriterEndDocument(writer), "the end of the document")
        try check(xmlTextWriterFlush(writer), "flushing the output")
        if let error = output.error { throw error }
    }

    /// Opens an element; attributes may follow until content is written.
    public func startElement(_ name: StaticString) throws {
        try check(xmlTextWriterStartElement(writer, name.utf8Start), name)
    }

    /// Closes the innermost open element (as `<name/>` when it is empty).
    public func endElement() throws {
        try check(xmlTextWriterEndElement(writer), "the end of an element")
    }

    /// Writes an attribute of the element just opened, with a fixed value.
    public func attribute(_ name: StaticString, _ value: StaticString) throws {
        try check(
            xmlTextWriterWriteAttribute(writer, name.utf8Start, value.utf8Start), name)
    }

    /// Writes an attribute of the element just opened; the value is escaped and cleaned.
    public func attribute(_ name: StaticString, _ value: String) throws {
        try check(xmlTextWriterStartAttribute(writer, name.utf8Start), name)
        var value = value
        try value.withUTF8 { try writeEscaped($0, inAttribute: true, operation: name.description) }
        try check(xmlTextWriterEndAttribute(writer), name)
    }

    /// Writes an integer attribute.
    public func attribute(_ name: StaticString, _ value: Int) throws {
        try attribute(name, String(value))
    }

    /// Writes a number attribute in the shortest form that reads back to the same `Double`
    /// (`3.5`, `1e-05`), which is a valid `xsd:double`.
    /// - Throws: ``XMLError/nonFiniteNumber(attribute:)`` for infinity and NaN.
    public func attribute(_ name: StaticString, _ value: Double) throws {
        guard value.isFinite else { throw XMLError.nonFiniteNumber(attribute: name.description) }
        try attribute(name, value.description)
    }

    /// Writes character data; markup characters are escaped and illegal characters replaced.
    public func text(_ value: String) throws {
        var value = value
        try value.withUTF8 { try writeEscaped($0, inAttribute: false, operation: "text") }
    }

    /// Writes a UTF-8 slice as character data, escaped and cleaned like ``text(_:)``.
    public func text(utf8 bytes: UnsafeBufferPointer<UInt8>) throws {
        try writeEscaped(bytes, inAttribute: false, operation: "text")
    }

    /// Writes bytes as base64 character data (for `office:binary-data`).
    public func base64(_ data: Data) throws {
        try data.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            let chars = base.assumingMemoryBound(to: CChar.self)
            try check(xmlTextWriterWriteBase64(writer, chars, 0, Int32(bytes.count)), "base64 data")
        }
    }

    /// Writes `<name>text</name>`.
    public func element(_ name: StaticString, text value: String) throws {
        try startElement(name)
        try text(value)
        try endElement()
    }

    /// Writes an empty element with no attributes.
    public func emptyElement(_ name: StaticString) throws {
        try startElement(name)
        try endElement()
    }

    // MARK: - Escaping

    private func writeEscaped(
        _ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool, operation: @autoclosure () -> String
    ) throws {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        if !XMLText.needsRewriting(bytes, inAttribute: inAttribute) {
            try check(xmlTextWriterWriteRawLen(writer, base, Int32(bytes.count)), operation())
            return
        }
        scratch.removeAll(keepingCapacity: true)
        XMLText.appendEscaped(bytes, inAttribute: inAttribute, to: &scratch)
        let code = scratch.withUnsafeBufferPointer { escaped in
            xmlTextWriterWriteRawLen(writer, escaped.baseAddress, Int32(escaped.count))
        }
        try check(code, operation())
    }

    // MARK: - Errors

    private func check(_ code: Int32, _ name: StaticString) throws {
        if code < 0 { throw failure(code, name.description) }
    }

    private func check(_ code: Int32, _ operation: @autoclosure () -> String) throws {
        if code < 0 { throw failure(code, operation()) }
    }

    private func failure(_ code: Int32, _ operation: String) -> any Error {
        output.error ?? XMLError.writeFailed(operation: operation, code: code)
    }
}

/// Carries output from libxml2's C callback to the Swift sink, keeping the first error it threw.
private final class OutputBridge {
    let sink: any ByteSink
    var error: (any Error)?

    init(sink: any ByteSink) { self.sink = sink }

    func write(_ buffer: UnsafePointer<CChar>?, _ length: Int32) -> Int32 {
        guard error == nil else { return -1 }
        guard let buffer, length > 0 else { return 0 }
        do {
            try sink.write(UnsafeRawBufferPointer(start: buffer, count: Int(length)))
            return length
        } catch {
            self.error = error
            return -1
        }
    }
}

private let outputWriteCallback: xmlOutputWriteCallback = { context, buffer, length in
    guard let context else { return -1 }
    return Unmanaged<OutputBridge>.fromOpaque(context).takeUnretainedValue().write(buffer, length)
}

/// The sink belongs to the Swift side, which closes it; libxml2's close only detaches.
private let outputCloseCallback: xmlOutputCloseCallback = { _ in 0 }
