import AtelierKit

/// Draws statuses over time: one bar per date, split into the recommendations at each status
/// (not started to completed, left to right), with a legend; the table after it gives the counts.
enum StatusChart {
    static let path = "Pictures/statuses.svg"

    /// The fill of each status, light to dark as work advances; dark text only on the light ones
    /// (the legend's text is beside its swatch).
    static let fills: [StaticString] = ["#D9D9D9", "#9DC3E6", "#2E75B6", "#1F4E79"]

    /// The chart, or nil when the timeline has no point.
    static func picture(_ timeline: StatusTimeline, labels: Labels) throws -> ODFPicture? {
        guard let last = timeline.points.last else { return nil }
        let title = labels[.statusesOverTime]
        let latest = zip(ActionStatus.allCases, last.counts).map { "\(labels.status($0.0)) \($0.1)" }.joined(separator: ", ")
        let description = labels.format(.statusChartDescription, labels.date(last.date), latest)
        let rowHeight = 34.0, top = 84.0
        let height = top + rowHeight * Double(timeline.points.count) + 20
        let canvas = try SVGCanvas(width: 800, height: height, title: title, description: description)
        // The legend in two rows of two: a status's name is up to 22 characters (Avancement substantiel).
        for (index, status) in ActionStatus.allCases.enumerated() {
            let x = 10 + 390 * Double(index % 2), y = 14 + 26 * Double(index / 2)
            try canvas.rect(x: x, y: y, width: 22, height: 18, fill: fills[index], stroke: "#444444")
            try canvas.text(TextWidth.fitted(labels.status(status), width: 350, size: 14), x: x + 28, y: y + 15, size: 14)
        }
        let barLeft = 200.0, barRight = 780.0
        let most = Double(timeline.points.map { $0.counts.reduce(0, +) }.max() ?? 1)
        for (row, point) in timeline.points.enumerated() {
            let y = top + rowHeight * Double(row)
            try canvas.text(labels.date(point.date), x: barLeft - 10, y: y + 20, size: 14, anchor: .end)
            var x = barLeft
            for (index, count) in point.counts.enumerated() where count > 0 {
                let width = (barRight - barLeft) * Double(count) / max(most, 1)
                try canvas.rect(x: x, y: y + 4, width: width, height: rowHeight - 10, fill: fills[index], stroke: "#FFFFFF")
                x += width
            }
        }
        return ODFPicture(path: path, mediaType: "image/svg+xml", data: try canvas.finish(), title: title,
                          description: description, width: 16, height: 16 * height / 800)
    }
}
