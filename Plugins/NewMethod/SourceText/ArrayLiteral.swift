/// An array literal in a Swift source, found by the code that introduces it, that an element can be
/// added to.
///
/// The anchor is matched with any run of spaces and line breaks (or none) standing for each space it
/// has, so `let methodModules: [String] = [` also finds a reformatted declaration. The closing bracket is
/// found by counting brackets outside string literals and comments.
struct ArrayLiteral {
    /// The whole source.
    let text: String
    /// The `[` that opens the array.
    let open: String.Index
    /// The `]` that closes it.
    let close: String.Index
    /// The string literals that are elements of the array (not nested deeper), as written between their quotes.
    let strings: [String]

    /// Finds the array literal that `anchor`, ending with its `[`, introduces.
    /// - Returns: nil when the anchor is not in the text, occurs more than once, or its bracket is not closed.
    init?(in text: String, anchor: String) {
        let matches = Self.ranges(of: anchor, in: text)
        guard matches.count == 1, let range = matches.first, text[text.index(before: range.upperBound)] == "[" else {
            return nil
        }
        self.text = text
        open = text.index(before: range.upperBound)
        guard let (close, strings) = Self.closingBracket(in: text, from: open) else { return nil }
        self.close = close
        self.strings = strings
    }

    /// The source with `element` added as the last element: on a line of its own, indented like the
    /// element before it, when the array spans several lines; after the others otherwise. A comma is
    /// added after the former last element when it has none.
    func appending(_ element: String) -> String {
        let inside = text[text.index(after: open)..<close]
        guard let last = inside.lastIndex(where: { !$0.isWhitespace }) else {
            let indent = Self.indentation(ofLineAt: open, in: text)
            return text[...open] + "\n\(indent)    \(element),\n\(indent)" + text[close...]
        }
        let comma = inside[last] == "," ? "" : ","
        var result = String(text[...last]) + comma
        if inside[inside.index(after: last)...].contains(where: \.isNewline) {
            result += "\n" + Self.indentation(ofLineAt: last, in: text) + element + ","
        } else {
            result += " " + element
        }
        return result + text[text.index(after: last)...]
    }

    // MARK: Scanning

    /// Where `anchor` occurs, each space in it matching any run of whitespace, or none.
    static func ranges(of anchor: String, in text: String) -> [Range<String.Index>] {
        let pieces = anchor.split(whereSeparator: \.isWhitespace)
        guard let first = pieces.first else { return [] }
        var found: [Range<String.Index>] = []
        var start = text.startIndex
        while let head = text[start...].range(of: first) {
            var end = head.upperBound
            var matched = true
            for piece in pieces.dropFirst() {
                let next = text[end...].drop(while: \.isWhitespace)
                guard next.hasPrefix(piece) else {
                    matched = false
                    break
                }
                end = text.index(next.startIndex, offsetBy: piece.count)
            }
            if matched { found.append(head.lowerBound..<end) }
            start = head.upperBound
        }
        return found
    }

    /// The bracket closing the one at `open`, and the string elements at the first level, skipping
    /// string literals and comments; nil when the source ends first.
    private static func closingBracket(in text: String, from open: String.Index) -> (String.Index, [String])? {
        var depth = 0
        var strings: [String] = []
        var index = open
        while index < text.endIndex {
            let character = text[index]
            let rest = text[index...]
            if rest.hasPrefix("//") {
                index = rest.firstIndex(where: \.isNewline) ?? text.endIndex
                continue
            }
            if rest.hasPrefix("/*") {
                guard let end = text[text.index(index, offsetBy: 2)...].range(of: "*/") else { return nil }
                index = end.upperBound
                continue
            }
            if character == "\"" {
                guard let (literal, end) = stringLiteral(in: text, at: index) else { return nil }
                if depth == 1 { strings.append(literal) }
                index = end
                continue
            }
            switch character {
            case "[", "(", "{": depth += 1
            case "]", ")", "}":
                depth -= 1
                if depth == 0 { return character == "]" ? (index, strings) : nil }
            default: break
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The contents of the string literal that opens at `quote` (one line, or a `"""` block), and the
    /// index after it.
    private static func stringLiteral(in text: String, at quote: String.Index) -> (String, String.Index)? {
        if text[quote...].hasPrefix("\"\"\"") {
            let body = text.index(quote, offsetBy: 3)
            guard let end = text[body...].range(of: "\"\"\"") else { return nil }
            return (String(text[body..<end.lowerBound]), end.upperBound)
        }
        var index = text.index(after: quote)
        while index < text.endIndex, !text[index].isNewline {
            if text[index] == "\\" {
                index = text.index(after: index)
                if index < text.endIndex { index = text.index(after: index) }
                continue
            }
            if text[index] == "\"" {
                return (String(text[text.index(after: quote)..<index]), text.index(after: index))
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The spaces and tabs that start the line holding `index`.
    static func indentation(ofLineAt index: String.Index, in text: String) -> String {
        let lineStart = text[..<index].lastIndex(where: \.isNewline).map(text.index(after:)) ?? text.startIndex
        return String(text[lineStart...].prefix(while: { $0 == " " || $0 == "\t" }))
    }
}
