import AtelierXML

/// Writes what people typed into ODF paragraph content, keeping its spaces, tabs and line breaks.
///
/// ODF collapses white space in paragraphs (ODF 1.3 part 3, §6.1.2): a run of spaces reads as one,
/// and spaces at the start or end of a paragraph are dropped. So a run of spaces keeps its first
/// space only between two ordinary characters and writes the rest as `<text:s text:c="N"/>`; a run
/// at the start or end of the text, or next to a tab or a line break, is written entirely as
/// `text:s`. Tabs become `<text:tab/>`; line feeds, carriage returns (CR LF counts once), vertical
/// tabs, form feeds and U+2028/U+2029 become `<text:line-break/>`. Other characters XML 1.0 forbids
/// are replaced by the writer.
enum ODFText {
    /// Writes `text` as the content of the open paragraph, heading or span.
    static func write(_ text: String, to writer: XMLStreamWriter) throws {
        var text = text
        try text.withUTF8 { try write(utf8: $0, to: writer) }
    }

    /// Writes UTF-8 text as the content of the open paragraph, heading or span.
    static func write(utf8 bytes: UnsafeBufferPointer<UInt8>, to writer: XMLStreamWriter) throws {
        if isPlain(bytes) {
            try writer.text(utf8: bytes)
            return
        }
        let count = bytes.count
        var segmentStart = 0
        var index = 0
        var atLineStart = true
        func flush(upTo end: Int) throws {
            if end > segmentStart {
                try writer.text(utf8: UnsafeBufferPointer(rebasing: bytes[segmentStart..<end]))
            }
        }
        while index < count {
            let byte = bytes[index]
            if byte == 0x20 {
                var end = index
                while end < count && bytes[end] == 0x20 { end += 1 }
                let run = end - index
                if atLineStart || end == count || breakLength(bytes, at: end) > 0 {
                    try flush(upTo: index)
                    try spaces(run, writer)
                } else {
                    try flush(upTo: index + 1)
                    if run > 1 { try spaces(run - 1, writer) }
                }
                segmentStart = end
                index = end
                continue
            }
            let length = breakLength(bytes, at: index)
            if length > 0 {
                try flush(upTo: index)
                try writer.emptyElement(byte == 0x09 ? "text:tab" : "text:line-break")
                index += length
                segmentStart = index
                atLineStart = true
                continue
            }
            atLineStart = false
            index += 1
        }
        try flush(upTo: count)
    }

    /// Writes `text` as one `text:p` per line: how spreadsheet cells hold several lines (LibreOffice
    /// Calc reads and writes them so, and ignores `text:line-break` in cells).
    static func writeLines(_ text: String, to writer: XMLStreamWriter) throws {
        var text = text
        try text.withUTF8 { bytes in
            var start = 0
            var index = 0
            while index < bytes.count {
                let length = breakLength(bytes, at: index)
                if length > 0 && bytes[index] != 0x09 {
                    try paragraph(UnsafeBufferPointer(rebasing: bytes[start..<index]), writer)
                    index += length
                    start = index
                } else {
                    index += 1
                }
            }
            try paragraph(UnsafeBufferPointer(rebasing: bytes[start..<bytes.count]), writer)
        }
    }

    private static func paragraph(_ bytes: UnsafeBufferPointer<UInt8>, _ writer: XMLStreamWriter) throws {
        try writer.startElement("text:p")
        try write(utf8: bytes, to: writer)
        try writer.endElement()
    }

    /// Whether the text can be written as it is: no tab or line break, no leading, trailing or
    /// repeated space.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return true }
        if first == 0x20 || last == 0x20 { return false }
        var previousWasSpace = false
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == 0x20 {
                if previousWasSpace { return false }
                previousWasSpace = true
                continue
            }
            previousWasSpace = false
            if (byte >= 0x09 && byte <= 0x0D) || (byte == 0xE2 && breakLength(bytes, at: index) > 0) {
                return false
            }
        }
        return true
    }

    /// The byte length of the tab or line break at `index`, or 0 when there is none.
    @inline(__always)
    private static func breakLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        guard index < bytes.count else { return 0 }
        switch bytes[index] {
        case 0x0D: return index + 1 < bytes.count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0x09, 0x0A, 0x0B, 0x0C: return 1
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
            && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
            return 3
        default: return 0
        }
    }

    private static func spaces(_ count: Int, _ writer: XMLStreamWriter) throws {
        try writer.startElement("text:s")
        if count > 1 { try writer.attribute("text:c", count) }
        try writer.endElement()
    }

    /// Whether the text's first strong character belongs to a right-to-left script (Hebrew, Arabic,
    /// Syriac, Thaana, N'Ko and their extensions), so its paragraph needs `style:writing-mode="rl-tb"`.
    ///
    /// Called for every cell, so the common scripts are decided by range, and only other
    /// characters consult the Unicode letter property.
    static func isRightToLeft(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x41...0x5A, 0x61...0x7A: return false
            case 0..<0x80, 0xD7, 0xF7: continue
            case 0xC0...0x2AF, 0x370...0x58F: return false
            case 0x0590...0x08FF, 0xFB1D...0xFDFF, 0xFE70...0xFEFF, 0x10800...0x10FFF, 0x1E800...0x1EFFF: return true
            default: if scalar.properties.isAlphabetic { return false }
            }
        }
        return false
    }
}
