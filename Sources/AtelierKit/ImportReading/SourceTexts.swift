
/// The workshop's items by the text the workbook shows for them, to read a `Comes from` cell back
/// into item ids.
///
/// The workbook writes each source item's text on its own line(s) of the cell (its id when the item
/// is unknown), line breaks of every kind becoming paragraphs and characters XML forbids becoming
/// U+FFFD. Texts are looked up in that form, then with surrounding spaces trimmed, then loosely:
/// without tabs (LibreOffice drops them from cells when it saves) and with runs of spaces as one.
struct SourceTexts {
    /// Ways of comparing texts, strictest first, each with its index of item ids by text.
    private static let keys: [@Sendable (String) -> String] = [
        { $0 },
        { $0.trimmingCharacters(in: .whitespaces) },
        { $0.replacingOccurrences(of: "\t", with: "").split(separator: " ").joined(separator: " ") },
    ]
    private var indexes: [[String: [String]]] = Array(repeating: [:], count: keys.count)
    private let ids: Set<String>
    /// The most lines an item's text takes in a cell.
    private var maxLines = 1

    init(_ items: [Item]) {
        ids = Set(items.map(\.id))
        for item in items {
            let text = Self.shown(item.text)
            for (index, key) in Self.keys.enumerated() { indexes[index][key(text), default: []].append(item.id) }
            maxLines = max(maxLines, text.reduce(1) { $1 == "\n" ? $0 + 1 : $0 })
        }
    }

    /// The item ids a cell names, joined by spaces as an actions CSV file lists them.
    /// - Parameters:
    ///   - existing: The action's sources in the workshop: they decide between items of the same text.
    ///   - problem: Makes the error for a line and what is wrong with it.
    func ids(in cell: String, existing: [String], problem: (String, String) -> ImportError) throws -> String {
        let lines = cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var found: [String] = []
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingCharacters(in: .whitespaces)
            if line.isEmpty {
                index += 1
                continue
            }
            if let (end, candidates) = longestMatch(lines, from: index) {
                let text = lines[index..<end].joined(separator: "\n")
                guard let id = candidates.count == 1 ? candidates[0]
                        : existing.first(where: { candidates.contains($0) && !found.contains($0) }) else {
                    throw problem(text, "is the text of several items (\(candidates.joined(separator: ", "))); write the id of the one meant")
                }
                found.append(id)
                index = end
                continue
            }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
            guard words.allSatisfy(ids.contains) else {
                throw problem(line, "is neither the text nor the id of an item of the workshop")
            }
            found += words
            index += 1
        }
        return found.joined(separator: " ")
    }

    /// The longest run of lines from `start` that is an item's text, and the items of that text.
    private func longestMatch(_ lines: [String], from start: Int) -> (Int, [String])? {
        for end in stride(from: min(lines.count, start + maxLines), to: start, by: -1) {
            let text = lines[start..<end].joined(separator: "\n")
            for (index, key) in Self.keys.enumerated() {
                if let candidates = indexes[index][key(text)] { return (end, candidates) }
            }
        }
        return nil
    }

    /// A text as a workbook cell shows it once read back.
    static func shown(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            defer { previousWasReturn = scalar == "\r" }
            switch scalar.value {
            case 0x0A where previousWasReturn: continue
            case 0x0A, 0x0B, 0x0C, 0x0D, 0x2028, 0x2029: result.unicodeScalars.append("\n")
            case 0x09: result.unicodeScalars.append(scalar)
            case 0..<0x20, 0xFFFE, 0xFFFF: result.unicodeScalars.append("\u{FFFD}")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
