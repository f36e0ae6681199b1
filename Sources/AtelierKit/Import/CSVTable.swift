import CSV
import Foundation

/// A CSV file read and checked: its header and records, each with the line it starts on.
///
/// Accepts what spreadsheets write: UTF-8 with or without BOM, comma, semicolon or tab separators
/// (LibreOffice in French, Dutch and German locales writes semicolons), CRLF, LF or CR line ends, and
/// quoted fields holding separators, quotes and line breaks. Refuses, naming the line, what would
/// otherwise be read wrong: UTF-16, invalid UTF-8, NUL bytes, an unclosed quote, text after a closing
/// quote, a record with more or fewer fields than the header, an over-long line.
public struct CSVTable: Sendable {
    /// Lower-cased, trimmed column names.
    public var header: [String]
    /// The column names as the file writes them, trimmed: how messages name a column of a file
    /// headed in people's words (`État d'avancement`).
    public var writtenHeader: [String]
    public var records: [Record]
    /// The separator found in the header line.
    public var separator: Character

    /// One data row: the line it starts on (the header is line 1) and its fields.
    public typealias Record = ImportTable.Record

    /// The longest line accepted: guards against a file that is not CSV at all.
    public static let maxLineBytes = 1 << 20

    /// Reads a file.
    /// - Parameter displayPath: How messages name the file.
    public init(contentsOf url: URL, displayPath: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ImportError(file: displayPath, message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        try self.init(data: data, displayPath: displayPath)
    }

    /// Reads CSV bytes.
    public init(data: Data, displayPath file: String) throws {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || Self.looksLikeUTF16(bytes) {
            throw ImportError(file: file, message: "the file is UTF-16 text; save it as “CSV UTF-8” and import it again")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ImportError(file: file, line: UTF8Lines.firstInvalidLine(in: bytes),
                              message: "not valid UTF-8 text; save the file as “CSV UTF-8” and import it again")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ImportError(file: file, line: 1, message: "the file is empty; it needs a header row")
        }
        let separator = Self.separator(of: text)
        self.separator = separator
        try Self.checkStructure(bytes, separator: separator.asciiValue!, file: file)

        let rawHeader: [String]
        if Self.isPlain(bytes) {
            (rawHeader, records) = try Self.plainRows(bytes, separator: separator.asciiValue!, file: file)
        } else {
            (rawHeader, records) = try Self.rows(text, separator: separator, file: file)
        }
        header = rawHeader.map(Self.columnName)
        writtenHeader = rawHeader.map { $0.trimmingCharacters(in: .whitespaces) }
        let header = header
        if let first = header.first, let repeated = records.first(where: { record in
            // Trimming goes through NSString: only a row whose first field, trimmed without it, names the
            // first column is tried.
            record.fields.count == header.count && record.fields[0].trimmedWhitespace.lowercased() == first
                && zip(record.fields, header).allSatisfy { Self.columnName($0) == $1 }
        }) {
            throw ImportError(file: file, line: repeated.line, message: """
                the header row is repeated here (files pasted together?); keep the first header and remove this line
                """)
        }
    }

    /// How a header field names its column: trimmed and lower-cased.
    private static func columnName(_ field: String) -> String {
        field.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// The header and records, read by CSV.swift.
    static func rows(_ text: String, separator: Character, file: String) throws -> (header: [String], records: [Record]) {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false, delimiter: separator.unicodeScalars.first!)
        } catch {
            throw ImportError(file: file, line: 1, message: "cannot read the header row")
        }
        var header: [String]?
        var records: [Record] = []
        var line = 1
        while let fields = reader.next() {
            let start = line
            line += 1 + fields.reduce(0) { $0 + $1.lineBreaks }
            guard let columns = header?.count else {
                header = fields
                continue
            }
            if isBlank(fields) { continue }
            guard fields.count == columns else { throw fieldCountError(file: file, line: start, fields: fields.count, columns: columns) }
            records.append(Record(line: start, fields: fields))
        }
        if let error = reader.error {
            throw ImportError(file: file, line: line, message: "cannot read the file: \(error)")
        }
        return (header ?? [], records)
    }

    /// A row holding nothing but white space, skipped.
    static func isBlank(_ fields: [String]) -> Bool {
        fields.count == 1 && fields[0].allSatisfy(\.isWhitespace)
    }

    static func fieldCountError(file: String, line: Int, fields: Int, columns: Int) -> ImportError {
        let what = fields > columns ? "more" : "fewer"
        return ImportError(file: file, line: line,
                           message: "\(fields) fields, \(what) than the \(columns) columns of the header (is a separator or quote missing?)")
    }

    /// Where the structure check is in a record.
    private enum FieldState {
        case start, unquoted, quoted, quoteInQuoted
    }

    /// Refuses NUL bytes, over-long lines, unclosed quotes and text after a closing quote, naming the
    /// line. Reads records as the CSV reader does: a quote opens a quoted field only as its first
    /// character, `""` inside it is a quote, and CRLF, LF or a lone CR ends a line.
    private static func checkStructure(_ bytes: [UInt8], separator: UInt8, file: String) throws {
        var line = 1
        var lineLength = 0
        var state = FieldState.start
        var quoteLine = 0
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x00 {
                throw ImportError(file: file, line: line, message: "contains a NUL character; this is not a text file")
            }
            let lineEnd = byte == 0x0D || (byte == 0x0A && previous != 0x0D)
            let breaksLine = byte == 0x0D || byte == 0x0A
            previous = byte
            switch state {
            case .start, .unquoted:
                if byte == separator || breaksLine {
                    state = .start
                } else if byte == 0x22, state == .start {
                    state = .quoted
                    quoteLine = line
                } else {
                    state = .unquoted
                }
            case .quoted:
                if byte == 0x22 { state = .quoteInQuoted }
            case .quoteInQuoted:
                if byte == 0x22 {
                    state = .quoted
                } else if byte == separator || breaksLine {
                    state = .start
                } else {
                    throw ImportError(file: file, line: line, message: """
                        text follows the closing quote of a quoted field; put the whole field between quotes, \
                        doubling any quote inside it (""), or remove the quotes
                        """)
                }
            }
            if lineEnd {
                line += 1
                lineLength = 0
            } else if !breaksLine {
                lineLength += 1
                if lineLength > maxLineBytes {
                    throw ImportError(file: file, line: line,
                                      message: "the line is longer than \(maxLineBytes / 1024) KiB; this does not look like a CSV file")
                }
            }
        }
        if state == .quoted {
            throw ImportError(file: file, line: quoteLine, message: "a quoted field opened here is never closed (missing \")")
        }
    }

    /// Whether the bytes look like UTF-16 without a byte order mark: the first characters each have a
    /// zero byte on the same side.
    private static func looksLikeUTF16(_ bytes: [UInt8]) -> Bool {
        let prefix = bytes.prefix(64)
        guard prefix.count >= 2 else { return false }
        let pairs = stride(from: prefix.startIndex, to: prefix.endIndex - 1, by: 2).map { (prefix[$0], prefix[$0 + 1]) }
        return pairs.allSatisfy { $0.0 == 0 && $0.1 != 0 } || pairs.allSatisfy { $0.0 != 0 && $0.1 == 0 }
    }

    /// The separator used in the header line: the most frequent of `,`, `;` and tab outside quotes,
    /// the first of them in that order on a tie, `,` when there is none.
    static func separator(of text: String) -> Character {
        let candidates: [Character] = [",", ";", "\t"]
        var counts = [0, 0, 0]
        var inQuotes = false
        for c in text {
            if c == "\"" { inQuotes.toggle() }
            if !inQuotes, c == "\n" || c == "\r\n" || c == "\r" { break }
            if !inQuotes, let index = candidates.firstIndex(of: c) { counts[index] += 1 }
        }
        let best = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) }!
        return candidates[best]
    }

    /// The index of a column, if the header has it.
    public func column(_ name: String) -> Int? { header.firstIndex(of: name) }
}

private extension String {
    /// Line ends, each counted once: LF, CR LF, and a CR alone (as old Mac spreadsheets write).
    var lineBreaks: Int {
        var count = 0
        var afterCR = false
        for byte in utf8 {
            if byte == 0x0A {
                if !afterCR { count += 1 }
                afterCR = false
            } else {
                if byte == 0x0D { count += 1 }
                afterCR = byte == 0x0D
            }
        }
        return count
    }
}
