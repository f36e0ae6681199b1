import AtelierXML

/// Writes RFC 4180 records (comma-separated unless told, CRLF line ends) through a buffered sink.
///
/// A field is quoted when it holds a comma or a semicolon (so a reader that guesses the separator,
/// as LibreOffice in French, Dutch and German does, finds the same columns), a quote, a line break,
/// or a leading or trailing space.
///
/// Every field is made inert for spreadsheets, as OWASP recommends against CSV injection: a field
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote,
/// so no spreadsheet reads it as a formula. A plain number (`-3`, `-0.25`) is the one exception: a
/// spreadsheet reads it as the number it is, and the prefix would turn it into text. Characters
/// XML 1.0 forbids (other control characters) are replaced by U+FFFD, as in every other Atelier
/// export.
///
/// CSV.swift's `CSVWriter` is not used here: it writes one byte per `OutputStream.write` call and
/// has no formula neutralisation, and the rules above fit in this small type.
struct CSVRecordWriter {
    private let sink: any ByteSink
    /// The byte between fields: a comma, or a semicolon (Decidim's files).
    private let separator: UInt8
    private var buffer: [UInt8] = []
    private var fieldCount = 0

    init(sink: any ByteSink, separator: UInt8 = 0x2C) {
        self.sink = sink
        self.separator = separator
        buffer.reserveCapacity(1 << 16)
    }

    /// Adds a field: neutralised, cleaned and quoted as needed.
    mutating func field(_ value: String) {
        if fieldCount > 0 { buffer.append(separator) }
        fieldCount += 1
        var value = value
        value.withUTF8 { append($0) }
    }

    /// Ends the record and hands full buffers to the sink.
    mutating func endRecord() throws {
        buffer.append(0x0D)
        buffer.append(0x0A)
        fieldCount = 0
        if buffer.count >= 1 << 16 { try flush() }
    }

    /// Hands everything buffered to the sink.
    mutating func flush() throws {
        try buffer.withUnsafeBytes { try sink.write($0) }
        buffer.removeAll(keepingCapacity: true)
    }

    private mutating func append(_ field: UnsafeBufferPointer<UInt8>) {
        let inert = field.first.map(Self.formulaStarts.contains) == true && !Self.isPlainNumber(field)
        var quoted = field.first == 0x20 || field.last == 0x20
        var clean = true
        for byte in field {
            switch byte {
            case 0x2C, 0x3B, 0x22, 0x0A, 0x0D: quoted = true
            case 0x00..<0x20 where byte != 0x09, 0xEF: clean = false
            default: continue
            }
        }
        if quoted { buffer.append(0x22) }
        if inert { buffer.append(0x27) }
        if clean && !quoted {
            buffer.append(contentsOf: field)
        } else if clean {
            for byte in field {
                if byte == 0x22 { buffer.append(0x22) }
                buffer.append(byte)
            }
        } else {
            var cleaned: [UInt8] = []
            XMLText.appendCleaned(field, to: &cleaned)
            for byte in cleaned {
                if byte == 0x22 { buffer.append(0x22) }
                buffer.append(byte)
            }
        }
        if quoted { buffer.append(0x22) }
    }

    /// `=`, `+`, `-`, `@`, tab and carriage return: the first characters OWASP lists.
    private static let formulaStarts: Set<UInt8> = [0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D]

    /// A negative number as Atelier writes one: `-`, digits, and optionally a point and digits.
    static func isPlainNumber(_ field: UnsafeBufferPointer<UInt8>) -> Bool {
        let parts = field.dropFirst().split(separator: 0x2E, maxSplits: 1, omittingEmptySubsequences: false)
        return field.first == 0x2D && parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { (0x30...0x39).contains($0) } }
    }
}
