import AtelierXML

/// Writes RFC 4180 records (comma-separated, CRLF line ends, fields quoted when they hold a comma,
/// a quote, a line break or a leading or trailing space) through a buffered sink.
///
/// Text fields are made inert for spreadsheets, as OWASP recommends against CSV injection: a field
/// that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote,
/// so no spreadsheet reads it as a formula. Characters XML 1.0 forbids (other control characters)
/// are replaced by U+FFFD, as in every other Atelier export.
///
/// CSV.swift's `CSVWriter` is not used here: it writes one byte per `OutputStream.write` call and
/// has no formula neutralisation, and the rules above fit in this small type.
struct CSVRecordWriter {
    private let sink: any ByteSink
    private var buffer: [UInt8] = []
    private var fieldCount = 0

    init(sink: any ByteSink) {
        self.sink = sink
        buffer.reserveCapacity(1 << 16)
    }

    /// A text field people typed: neutralised, cleaned and quoted as needed.
    mutating func text(_ value: String) {
        separate()
        let cleaned = XMLText.cleaned(value)
        var field = cleaned
        if let first = cleaned.unicodeScalars.first, Self.formulaStarts.contains(first) {
            field = "'" + cleaned
        }
        append(field)
    }

    /// A field Atelier produced (a number, a date): quoted as needed, never prefixed.
    mutating func value(_ value: String) {
        separate()
        append(value)
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

    private mutating func separate() {
        if fieldCount > 0 { buffer.append(0x2C) }
        fieldCount += 1
    }

    private mutating func append(_ field: String) {
        let utf8 = field.utf8
        let needsQuotes = utf8.first == 0x20 || utf8.last == 0x20
            || utf8.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            buffer.append(contentsOf: utf8)
            return
        }
        buffer.append(0x22)
        for byte in utf8 {
            if byte == 0x22 { buffer.append(0x22) }
            buffer.append(byte)
        }
        buffer.append(0x22)
    }

    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
}
