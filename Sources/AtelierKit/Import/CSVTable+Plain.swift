import Foundation

extension CSVTable {
    /// No quote, and every carriage return is followed by a line feed.
    ///
    /// Such a file is split on its bytes: fields are then exactly the text between separators, as any
    /// CSV reader reads them. CSV.swift walks the text one Unicode scalar at a time: a million-ballot
    /// file took 0.93 s to read through it and 0.65 s split on its bytes, which brings importing and
    /// counting a city-wide vote from 5.0–5.2 s to 4.5–4.6 s, under the 5 s it may take (see
    /// BENCHMARKS.md). Every other file goes through CSV.swift.
    static func isPlain(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x22 || (previous == 0x0D && byte != 0x0A) { return false }
            previous = byte
        }
        return previous != 0x0D
    }

    /// The header and records of a plain file (see ``isPlain(_:)``), each line one row.
    static func plainRows(_ bytes: [UInt8], separator: UInt8, file: String) throws -> (header: [String], records: [Record]) {
        var header: [String]?
        var records: [Record] = []
        var line = 1
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
            let fields = Self.fields(of: bytes, start..<end, separator: separator)
            if let columns = header?.count {
                if !isBlank(fields) {
                    guard fields.count == columns else {
                        throw fieldCountError(file: file, line: line, fields: fields.count, columns: columns)
                    }
                    records.append(Record(line: line, fields: fields))
                }
            } else {
                header = fields
            }
            line += 1
            start = end + 1
        }
        return (header ?? [], records)
    }

    /// The fields of one line (its line feed left out), a final carriage return dropped.
    private static func fields(of bytes: [UInt8], _ line: Range<Int>, separator: UInt8) -> [String] {
        let end = line.upperBound > line.lowerBound && bytes[line.upperBound - 1] == 0x0D ? line.upperBound - 1 : line.upperBound
        return bytes[line.lowerBound..<end].split(separator: separator, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
    }
}
