import Foundation

/// A second, independent reading of CSV text, to compare ``AtelierKit/CSVTable`` against.
///
/// It follows the rules `CSVTable` documents and nothing else: a quote opens a quoted field only as
/// its first character, `""` inside one is a quote, a quoted field ends at a separator or a line end,
/// CRLF, LF or a lone CR ends a line, and a record that is one blank field is skipped. Text that breaks
/// these rules gives nil.
enum ReferenceCSV {
    struct Record: Equatable {
        var line: Int
        var fields: [String]
    }

    struct Table: Equatable {
        /// Trimmed, lower-cased column names.
        var header: [String]
        var records: [Record]
    }

    private enum State {
        case fieldStart, unquoted, quoted, quoteInQuoted
    }

    /// Reads BOM-less text separated by `separator`.
    static func read(_ text: String, separator: Unicode.Scalar) -> Table? {
        let scalars = Array(text.unicodeScalars)
        var rows: [Record] = []
        var fields: [String] = []
        var field = String.UnicodeScalarView()
        var state = State.fieldStart
        var line = 1
        var rowStart = 1
        var index = 0

        /// Ends the line at `index` (a CR or LF), swallowing the LF of a CRLF.
        func lineEnd() {
            if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                if state == .quoted { field.append("\n") }
                index += 1
            }
            line += 1
        }
        func endField() {
            fields.append(String(field))
            field = String.UnicodeScalarView()
        }
        func endRow() {
            endField()
            rows.append(Record(line: rowStart, fields: fields))
            fields = []
            rowStart = line
        }
        /// A separator or a line end outside quotes.
        func boundary(breaksLine: Bool) {
            if breaksLine {
                lineEnd()
                endRow()
            } else {
                endField()
            }
            state = .fieldStart
        }

        while index < scalars.count {
            let c = scalars[index]
            let breaksLine = c == "\r" || c == "\n"
            switch state {
            case .fieldStart, .unquoted:
                if c == separator || breaksLine {
                    boundary(breaksLine: breaksLine)
                } else if c == "\"", state == .fieldStart {
                    state = .quoted
                } else {
                    field.append(c)
                    state = .unquoted
                }
            case .quoted:
                if c == "\"" {
                    state = .quoteInQuoted
                } else {
                    field.append(c)
                    if breaksLine { lineEnd() }
                }
            case .quoteInQuoted:
                if c == "\"" {
                    field.append("\"")
                    state = .quoted
                } else if c == separator || breaksLine {
                    boundary(breaksLine: breaksLine)
                } else {
                    return nil
                }
            }
            index += 1
        }
        if state == .quoted { return nil }
        if state != .fieldStart || !fields.isEmpty || !field.isEmpty { endRow() }
        guard let first = rows.first else { return nil }
        let header = first.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let records = rows.dropFirst().filter { !($0.fields.count == 1 && $0.fields[0].allSatisfy(\.isWhitespace)) }
        return Table(header: header, records: Array(records))
    }
}
