/// Writes one XML document front to back into a ``ByteSink``, never holding the document.
///
/// Markup goes straight into one fixed buffer that is handed to the sink whenever it fills, so
/// writing an element or a cell allocates nothing. Text and attribute values are made safe for
/// XML 1.0 on the way: markup characters are escaped, and characters XML 1.0 forbids (C0 controls
/// other than tab, line feed and carriage return; U+FFFE; U+FFFF) are replaced by U+FFFD, so no
/// input can produce a broken file. The output is byte for byte what libxml2's `xmlTextWriter`
/// writes for the same calls (the writer Atelier used before; it cost a third of a 100,000-row
/// export in list and string bookkeeping, see BENCHMARKS.md).
///
/// Element and attribute names are `StaticString`s: the qualified names of a vocabulary
/// (`table:table-cell`), declared by writing `xmlns:` attributes on the root.
public final class XMLStreamWriter {
    private let sink: any ByteSink
    private let indent: Bool
    private let buffer: UnsafeMutableRawBufferPointer
    private var used = 0
    /// Open elements, innermost last.
    private var open: [StaticString] = []
    /// The innermost element's start tag is not closed yet: attributes may follow.
    private var inStartTag = false
    /// The next end tag goes on its own indented line (libxml2's `doindent`).
    private var indentEndTag = false
    /// The sink's error: once it failed, every later write fails the same way.
    private var failure: (any Error)?
    private var scratch: [UInt8] = []

    /// Creates a writer that sends its output to `sink`.
    /// - Parameters:
    ///   - sink: Receives the bytes in chunks of up to 64 KiB.
    ///   - indent: Whether to indent nested elements (only for vocabularies without mixed content).
    public init(sink: any ByteSink, indent: Bool = false) {
        self.sink = sink
        self.indent = indent
        buffer = .allocate(byteCount: 1 << 16, alignment: 16)
        scratch.reserveCapacity(1024)
    }

    deinit {
        buffer.deallocate()
    }

    /// Writes the XML declaration (`<?xml version="1.0" encoding="UTF-8"?>`).
    public func startDocument() throws {
        try raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
    }

    /// Closes every open element and pushes all buffered bytes to the sink.
    /// - Throws: the sink's own error when it could not take the bytes.
    public func endDocument() throws {
        while !open.isEmpty { try endElement() }
        if !indent { try raw("\n") }
        try flush()
    }

    /// Opens an element; attributes may follow until content is written.
    public func startElement(_ name: StaticString) throws {
        if inStartTag {
            try raw(indent ? ">\n" : ">")
            inStartTag = false
        }
        open.append(name)
        if indent { try indentation() }
        try raw("<")
        try raw(name)
        inStartTag = true
    }

    /// Closes the innermost open element (as `<name/>` when it is empty).
    /// - Throws: ``XMLError/misplaced(_:)`` when no element is open.
    public func endElement() throws {
        guard let name = open.last else { throw XMLError.misplaced("an end tag with no element open") }
        if inStartTag {
            try raw("/>")
            inStartTag = false
            if indent { indentEndTag = true }
        } else {
            if indent && indentEndTag { try indentation() }
            indentEndTag = true
            try raw("</")
            try raw(name)
            try raw(">")
        }
        if indent { try raw("\n") }
        open.removeLast()
    }

    /// Writes an attribute of the element just opened, with a fixed value.
    public func attribute(_ name: StaticString, _ value: StaticString) throws {
        try attribute(name, utf8: UnsafeBufferPointer(start: value.utf8Start, count: value.utf8CodeUnitCount))
    }

    /// Writes an attribute of the element just opened; the value is escaped and cleaned.
    public func attribute(_ name: StaticString, _ value: String) throws {
        var value = value
        try value.withUTF8 { try attribute(name, utf8: $0) }
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
        try value.withUTF8 { try text(utf8: $0) }
    }

    /// Writes a UTF-8 slice as character data, escaped and cleaned like ``text(_:)``.
    public func text(utf8 bytes: UnsafeBufferPointer<UInt8>) throws {
        guard !bytes.isEmpty else { return }
        try startContent()
        try escaped(bytes, inAttribute: false)
    }

    /// Writes bytes as base64 character data (for `office:binary-data`), in lines of 72 characters.
    public func base64(_ data: some Collection<UInt8>) throws {
        let data = Array(data)
        try startContent()
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var group = [UInt8](repeating: 0, count: 4)
        var lineLength = 0
        var index = 0
        while index < data.count {
            let count = min(3, data.count - index)
            let a = data[index]
            let b = count > 1 ? data[index + 1] : 0
            let c = count > 2 ? data[index + 2] : 0
            group[0] = alphabet[Int(a >> 2)]
            group[1] = alphabet[Int((a & 0x03) << 4 | b >> 4)]
            group[2] = count > 1 ? alphabet[Int((b & 0x0F) << 2 | c >> 6)] : UInt8(ascii: "=")
            group[3] = count > 2 ? alphabet[Int(c & 0x3F)] : UInt8(ascii: "=")
            if lineLength >= 72 {
                try raw("\r\n")
                lineLength = 0
            }
            try group.withUnsafeBytes { try append($0) }
            lineLength += 4
            index += count
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

    // MARK: - Markup

    private func attribute(_ name: StaticString, utf8 value: UnsafeBufferPointer<UInt8>) throws {
        guard inStartTag else { throw XMLError.misplaced("the attribute \(name) outside a start tag") }
        try raw(" ")
        try raw(name)
        try raw("=\"")
        try escaped(value, inAttribute: true)
        try raw("\"")
    }

    /// Closes a pending start tag before content.
    private func startContent() throws {
        if inStartTag {
            try raw(">")
            inStartTag = false
        }
        if indent { indentEndTag = false }
    }

    /// Two spaces per level above the innermost open element.
    private func indentation() throws {
        for _ in 1..<max(open.count, 1) { try raw("  ") }
    }

    private func escaped(_ bytes: UnsafeBufferPointer<UInt8>, inAttribute: Bool) throws {
        guard !bytes.isEmpty else { return }
        if !XMLText.needsRewriting(bytes, inAttribute: inAttribute) {
            return try append(UnsafeRawBufferPointer(bytes))
        }
        scratch.removeAll(keepingCapacity: true)
        XMLText.appendEscaped(bytes, inAttribute: inAttribute, to: &scratch)
        try scratch.withUnsafeBytes { try append($0) }
    }

    // MARK: - Buffer

    @inline(__always)
    private func raw(_ text: StaticString) throws {
        try append(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    private func append(_ bytes: UnsafeRawBufferPointer) throws {
        if used + bytes.count > buffer.count {
            try flush()
            if bytes.count > buffer.count { return try deliver(bytes) }
        }
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return }
        (buffer.baseAddress! + used).copyMemory(from: base, byteCount: bytes.count)
        used += bytes.count
    }

    /// Hands the buffered bytes to the sink.
    private func flush() throws {
        guard used > 0 else { return }
        defer { used = 0 }
        try deliver(UnsafeRawBufferPointer(rebasing: buffer[0..<used]))
    }

    private func deliver(_ bytes: UnsafeRawBufferPointer) throws {
        if let failure { throw failure }
        do {
            try sink.write(bytes)
        } catch {
            failure = error
            throw error
        }
    }
}
