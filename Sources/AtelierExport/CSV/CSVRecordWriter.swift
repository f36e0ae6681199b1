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
        var value = value
        value.withUTF8 { append($0, neutralise: true) }
    }

    /// A field Atelier produced (a number, a date): quoted as needed, never prefixed.
    mutating func value(_ value: String) {
        separate()
        var value = value
        value.withUTF8 { append($0, neutralise: false) }
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

    private mutating func append(_ field: UnsafeBufferPointer<UInt8>, neutralise: Bool) {
        let inert = neutralise && field.first.map(Self.formulaStarts.contains) == true
        var quoted = field.first == 0x20 || field.last == 0x20
        var clean = true
        for byte in field {
            switch byte {
            case 0x2C, 0x22, 0x0A, 0x0D: quoted = true
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
}
