import Foundation

/// Draws the dot vote as a horizontal bar chart: the items with most dots first, their dots at the
/// end of each bar.
enum DotVoteChart {
    static let path = "Pictures/dot-vote.svg"
    /// Bars drawn at most; the table lists every item.
    static let maximumBars = 15

    /// The chart, or nil when no item received a dot.
    static func picture(_ vote: WorkshopTrail.DotVote, labels: Labels) throws -> ODFPicture? {
        let bars = Array(vote.entries.filter { $0.dots.isFinite && $0.dots > 0 }.prefix(maximumBars))
        guard let most = bars.map(\.dots).max() else { return nil }
        let title = labels[.dotChartTitle]
        let description = labels[.dotChartDescription]
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
            let length = (barRight - barLeft) * bar.dots / most
            try canvas.rect(x: barLeft, y: top + 4, width: max(1, length), height: rowHeight - 10, fill: "#2E75B6")
            try canvas.text(labels.number(bar.dots), x: barLeft + length + 8, y: top + 21, size: 15, bold: true)
        }
        try canvas.line(x1: barLeft, y1: 16, x2: barLeft, y2: height - 14, stroke: "#444444")
        return ODFPicture(path: path, mediaType: "image/svg+xml", data: try canvas.finish(), title: title,
                          description: description, width: 16, height: 16 * height / 800)
    }
}
