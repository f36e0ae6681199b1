/// Column widths from what the columns hold, so that no word breaks inside and short columns
/// take no more than they need.
extension TableLayout {
    /// What one column needs, measured in points at the table's type size: its widest word, which
    /// must fit on a line, and its widest cell on one line, which may wrap.
    struct ColumnNeed {
        var word = 0.0
        var line = 0.0

        /// Takes a cell's text into account. Only spaces and line breaks may break a line, so a date
        /// written with no-break spaces counts as one word.
        mutating func add(_ text: String, bold: Bool = false) {
            for line in text.split(separator: "\n") {
                self.line = max(self.line, TextWidth.of(String(line), size: Self.typeSize, bold: bold))
                for piece in line.split(separator: " ") {
                    word = max(word, TextWidth.of(String(piece), size: Self.typeSize, bold: bold))
                }
            }
        }

        /// The size of table text on A4, in points.
        static let typeSize = 10.0
    }

    /// The needs of a table's columns, taken from its header (in bold) and its rows.
    struct Measure {
        var needs: [ColumnNeed]

        init(header: [String]) {
            needs = header.map { _ in ColumnNeed() }
            add(header, bold: true)
        }

        /// Takes a row's cells into account, column by column.
        mutating func add(_ row: [String], bold: Bool = false) {
            for (index, cell) in row.enumerated() where needs.indices.contains(index) { needs[index].add(cell, bold: bold) }
        }
    }

    /// A table `width` centimetres wide (at `scale` times A4's type): every column gets its widest
    /// word, then what is left goes to the columns whose cells would wrap, in proportion to what they
    /// lack, and what remains after that in proportion to the widths reached.
    static func fitted(name: String, needs: [ColumnNeed], width: Double, scale: Double = 1) -> TableLayout {
        let padding = 0.35
        let centimetresPerPoint = 2.54 / 72 * scale
        let least = needs.map { $0.word * centimetresPerPoint + padding }
        let wanted = zip(needs, least).map { max($0.line * centimetresPerPoint + padding, $1) }
        let spare = width - least.reduce(0, +)
        guard spare > 0 else { return TableLayout(name: name, shares: least) }
        let lacking = zip(wanted, least).map { $0 - $1 }
        let totalLacking = lacking.reduce(0, +)
        if totalLacking > spare {
            return TableLayout(name: name, shares: zip(least, lacking).map { $0 + spare * $1 / totalLacking })
        }
        let reached = wanted.reduce(0, +)
        return TableLayout(name: name, shares: wanted.map { $0 * width / reached })
    }
}
