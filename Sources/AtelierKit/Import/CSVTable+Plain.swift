import Foundation

extension CSVTable {
    /// No quote, and every carriage return is followed by a line feed.
    ///
    /// Such a file is split on its bytes: fields are then exactly the text between separators, as any
    /// CSV reader reads them, at a tenth of the cost of CSV.swift, which walks the text one Unicode
    /// scalar at a time (a million-ballot file: see BENCHMARKS.md). Every other file goes through
    /// CSV.swift.
    static func isPlain(_ bytes: [UInt8]) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x22 || (previous == 0x0D && byte != 0x0A) { return false }
            previous = byte
        }
        return previous != 0x0D
    }

    /// The header and records of a plain file (see ``isPlain(_:)``), each line one row.
    ///
    /// A large file is cut at line ends into one piece per core, and the pieces are read at the same
    /// time; a wrong row is reported from the first piece that has one, so the message names the same
    /// line a reading from the top would.
    static func plainRows(_ bytes: [UInt8], separator: UInt8, file: String) throws -> (header: [String], records: [Record]) {
        let headerEnd = bytes.firstIndex(of: 0x0A) ?? bytes.count
        let header = fields(of: bytes, headerEnd == 0 ? 0..<0 : 0..<headerEnd, separator: separator)
        let pieces = cut(bytes, from: min(headerEnd + 1, bytes.count))
        let read = pieces.concurrentMap { piece in Piece(bytes, piece, separator: separator, columns: header.count) }
        var records: [Record] = []
        records.reserveCapacity(read.reduce(0) { $0 + $1.records.count })
        var firstLine = 2
        for piece in read {
            if let wrong = piece.wrong {
                throw fieldCountError(file: file, line: firstLine + wrong.row, fields: wrong.fields, columns: header.count)
            }
            let start = records.count
            records += piece.records
            for index in start..<records.count { records[index].line += firstLine }
            firstLine += piece.lines
        }
        return (header, records)
    }

    /// The rows of one piece: records with their line counted from the piece's first line (0), how
    /// many lines the piece has, and its first row whose field count differs from the header's.
    private struct Piece: Sendable {
        var records: [Record] = []
        var lines = 0
        var wrong: (row: Int, fields: Int)?

        init(_ bytes: [UInt8], _ range: Range<Int>, separator: UInt8, columns: Int) {
            var start = range.lowerBound
            while start < range.upperBound {
                let end = bytes[start..<range.upperBound].firstIndex(of: 0x0A) ?? range.upperBound
                let fields = CSVTable.fields(of: bytes, start..<end, separator: separator)
                if !CSVTable.isBlank(fields) {
                    guard fields.count == columns else {
                        wrong = (lines, fields.count)
                        return
                    }
                    records.append(Record(line: lines, fields: fields))
                }
                lines += 1
                start = end + 1
            }
        }
    }

    /// The fields of one line (its line feed left out), a final carriage return dropped.
    private static func fields(of bytes: [UInt8], _ line: Range<Int>, separator: UInt8) -> [String] {
        bytes.withUnsafeBufferPointer { buffer in
            let end = line.upperBound > line.lowerBound && buffer[line.upperBound - 1] == 0x0D ? line.upperBound - 1 : line.upperBound
            var fields: [String] = []
            var fieldStart = line.lowerBound
            for index in line.lowerBound..<end where buffer[index] == separator {
                fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<index]), as: UTF8.self))
                fieldStart = index + 1
            }
            fields.append(String(decoding: UnsafeBufferPointer(rebasing: buffer[fieldStart..<end]), as: UTF8.self))
            return fields
        }
    }

    /// The bytes from `start` on, cut just after a line feed into one piece per core; a file under a
    /// mebibyte is one piece.
    private static func cut(_ bytes: [UInt8], from start: Int) -> [Range<Int>] {
        let count = bytes.count - start
        let pieces = count < 1 << 20 ? 1 : min(ProcessInfo.processInfo.activeProcessorCount, 8)
        var ranges: [Range<Int>] = []
        var lower = start
        for piece in 1...pieces {
            var upper = piece == pieces ? bytes.count : max(lower, start + count / pieces * piece)
            while upper < bytes.count && upper > lower && bytes[upper - 1] != 0x0A { upper += 1 }
            if upper > lower { ranges.append(lower..<upper) }
            lower = upper
        }
        return ranges
    }
}
