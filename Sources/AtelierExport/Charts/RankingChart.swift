import Foundation

/// Draws a ranking as a horizontal bar chart of the entries' headline value: the first ranks
/// first, the value at the end of each bar.
enum RankingChart {
    /// Bars drawn at most; the table lists every entry.
    static let maximumBars = 15

    /// The chart, or nil when no entry has a positive value.
    static func picture(_ section: ResultSection, path: String, itemText: [String: String], labels: Labels) throws -> ODFPicture? {
        let bars = Array(section.entries.compactMap { entry -> (rank: Int, text: String, value: Double)? in
            guard let value = entry.value, value.isFinite, value > 0 else { return nil }
            return (entry.rank, itemText[entry.item] ?? entry.item, value)
        }.prefix(maximumBars))
        guard let most = bars.map(\.value).max() else { return nil }
        let measure = section.presentation.value?[labels.language] ?? labels[.value]
        let title = labels.format(.rankingChartTitle, measure)
        let description = labels.format(.rankingChartDescription, measure)
        let rowHeight = 36.0
        let height = 30 + rowHeight * Double(bars.count) + 20
        let canvas = try SVGCanvas(width: 800, height: height, title: title, description: description)
        let labelRight = 330.0
        let barLeft = 340.0
        let barRight = 740.0
        for (index, bar) in bars.enumerated() {
            let top = 20 + rowHeight * Double(index)
            try canvas.text("\(bar.rank). " + SVGCanvas.oneLine(bar.text, limit: 42), x: labelRight, y: top + 20,
                            size: 15, anchor: .end)
            let length = (barRight - barLeft) * bar.value / most
            try canvas.rect(x: barLeft, y: top + 4, width: max(1, length), height: rowHeight - 10, fill: "#2E75B6")
            try canvas.text(labels.number(bar.value), x: barLeft + length + 8, y: top + 21, size: 15, bold: true)
        }
        try canvas.line(x1: barLeft, y1: 16, x2: barLeft, y2: height - 14, stroke: "#444444")
        return ODFPicture(path: path, mediaType: "image/svg+xml", data: try canvas.finish(), title: title,
                          description: description, width: 16, height: 16 * height / 800)
    }
}
