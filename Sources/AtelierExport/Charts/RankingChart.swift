import Foundation

/// Draws a ranking as a horizontal bar chart of the entries' headline value: the first ranks
/// first, the value at the end of each bar, selected entries in a darker colour and bold.
///
/// Labels are shortened to the width they have, measured in the chart's font; the table below
/// gives every text in full. A tie at the last bar is drawn whole when it adds few bars, otherwise
/// a last line names how many more share that rank.
enum RankingChart {
    /// Bars drawn at most before a tie at the last bar; the table lists every entry.
    static let maximumBars = 15
    /// Bars a tie at the last bar may add before it is named rather than drawn.
    static let tieAllowance = 10

    struct Bar {
        var rank: Int
        var text: String
        var value: Double
        var selected: Bool
    }

    /// The bars drawn, and how many entries tied with the last bar are left out.
    static func bars(_ section: ResultSection, itemText: [String: String]) -> (bars: [Bar], tiedLeftOut: Int) {
        let all = section.entries.compactMap { entry -> Bar? in
            guard let value = entry.value, value.isFinite, value > 0 else { return nil }
            return Bar(rank: entry.rank, text: itemText[entry.item] ?? entry.item, value: value,
                       selected: entry.flags.contains("selected"))
        }
        guard all.count > maximumBars else { return (all, 0) }
        let lastRank = all[maximumBars - 1].rank
        let tieEnd = all[maximumBars...].firstIndex { $0.rank != lastRank } ?? all.count
        if tieEnd <= maximumBars + tieAllowance { return (Array(all.prefix(tieEnd)), 0) }
        return (Array(all.prefix(maximumBars)), tieEnd - maximumBars)
    }

    /// The chart, or nil when no entry has a positive value.
    static func picture(_ section: ResultSection, path: String, itemText: [String: String], labels: Labels) throws -> ODFPicture? {
        let (bars, tiedLeftOut) = bars(section, itemText: itemText)
        guard let most = bars.map(\.value).max(), let last = bars.last else { return nil }
        let measure = section.presentation.value?[labels.language] ?? labels[.value]
        let title = labels.format(.rankingChartTitle, measure)
        let tieNote = tiedLeftOut > 0 ? labels.format(.moreTied, String(tiedLeftOut), String(last.rank)) : nil
        let leading = bars.prefix(3).map { "\($0.rank). \(SVGCanvas.oneLine($0.text)) (\(labels.number($0.value)))" }
        let description = ([labels.format(.rankingChartDescription, measure),
                            labels.format(.chartLeading, leading.joined(separator: "; "))] + (tieNote.map { [$0 + "."] } ?? []))
            .joined(separator: " ")
        let marksSelection = bars.contains(where: \.selected)
        let rowHeight = 36.0
        let top = marksSelection ? 50.0 : 20.0
        let rows = Double(bars.count + (tieNote == nil ? 0 : 1))
        let height = top + 10 + rowHeight * rows + 20
        let canvas = try SVGCanvas(width: 800, height: height, title: title, description: description)
        let labelLeft = 6.0
        let labelRight = 330.0
        let barLeft = 340.0
        let barRight = 740.0
        if marksSelection {
            try canvas.rect(x: barLeft, y: 12, width: 22, height: 18, fill: selectedFill)
            try canvas.text(labels[.selected], x: barLeft + 30, y: 27, size: 15, bold: true)
            try canvas.rect(x: barLeft + 200, y: 12, width: 22, height: 18, fill: otherFill)
            try canvas.text(labels[.otherGroup], x: barLeft + 230, y: 27, size: 15)
        }
        for (index, bar) in bars.enumerated() {
            let rowTop = top + rowHeight * Double(index)
            let label = TextWidth.fitted("\(bar.rank). " + bar.text, width: labelRight - labelLeft, size: 15, bold: bar.selected)
            try canvas.text(label, x: labelRight, y: rowTop + 20, size: 15, anchor: .end, bold: bar.selected)
            let length = (barRight - barLeft) * bar.value / most
            try canvas.rect(x: barLeft, y: rowTop + 4, width: max(1, length), height: rowHeight - 10,
                            fill: bar.selected || !marksSelection ? selectedFill : otherFill)
            try canvas.text(labels.number(bar.value), x: barLeft + length + 8, y: rowTop + 21, size: 15, bold: true)
        }
        if let tieNote {
            try canvas.text(TextWidth.fitted(tieNote, width: barRight - labelLeft, size: 15), x: labelLeft,
                            y: top + rowHeight * Double(bars.count) + 20, size: 15, italic: true)
        }
        try canvas.line(x1: barLeft, y1: top - 4, x2: barLeft, y2: height - 14, stroke: "#444444")
        return ODFPicture(path: path, mediaType: "image/svg+xml", data: try canvas.finish(), title: title,
                          description: description, width: 16, height: 16 * height / 800)
    }

    /// Bars of selected entries (and every bar when none is selected).
    static let selectedFill: StaticString = "#1F4E79"
    /// Bars of entries not selected.
    static let otherFill: StaticString = "#9DC3E6"
}
