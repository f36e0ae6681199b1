import AtelierKit
import Foundation

/// Draws a scatter result: each entry a numbered point (its rank in the table below the chart)
/// placed by its values on the workshop's first criterion (up) and second criterion (across), the
/// quadrants around the criteria's midpoints shaded and named after the groups the manifest sets in
/// each corner.
///
/// An axis whose criterion is "lower is better" runs from high to low, so the favourable corner is
/// always top right.
enum ScatterChart {
    /// The chart, or nil when the entries have no two criteria or no entry has both.
    static func picture(_ section: ResultSection, path: String, criteria: [Criterion], labels: Labels) throws -> ODFPicture? {
        let axes = section.valueColumns.compactMap { column in criteria.first { $0.id == column.key } }
        guard axes.count >= 2 else { return nil }
        let (yAxis, xAxis) = (axes[0], axes[1])
        let points = section.entries.compactMap { entry -> (rank: Int, x: Double, y: Double)? in
            guard let x = entry.values[xAxis.id], let y = entry.values[yAxis.id], x.isFinite, y.isFinite else { return nil }
            return (entry.rank, x, y)
        }
        guard !points.isEmpty else { return nil }
        let title = labels.format(.scatterChartTitle, xAxis.name, yAxis.name)
        let description = labels.format(.scatterChartDescription, xAxis.name, yAxis.name)
        let canvas = try SVGCanvas(width: 800, height: 600, title: title, description: description)
        let plot = (left: 90.0, top: 30.0, right: 770.0, bottom: 510.0)
        let xScale = Scale(criterion: xAxis, values: points.map(\.x), from: plot.left, to: plot.right)
        let yScale = Scale(criterion: yAxis, values: points.map(\.y), from: plot.bottom, to: plot.top)
        let midX = xScale.position(xAxis.midpoint)
        let midY = yScale.position(yAxis.midpoint)

        let corners: [(ResultPresentation.Corner, Double, Double, Double, Double, StaticString)] = [
            (.topLeft, plot.left, plot.top, midX, midY, "#E3ECF7"),
            (.topRight, midX, plot.top, plot.right, midY, "#E2F1DF"),
            (.bottomLeft, plot.left, midY, midX, plot.bottom, "#F7E3E1"),
            (.bottomRight, midX, midY, plot.right, plot.bottom, "#FBF3DA"),
        ]
        for (corner, x1, y1, x2, y2, fill) in corners {
            try canvas.rect(x: x1, y: y1, width: x2 - x1, height: y2 - y1, fill: fill)
            guard let group = section.presentation.groups.first(where: { $0.corner == corner }) else { continue }
            let left = x1 == plot.left
            try canvas.text(group.name[labels.language], x: left ? x1 + 10 : x2 - 10, y: y1 + 24, size: 17,
                            anchor: left ? .start : .end, bold: true, fill: "#555555")
        }
        try canvas.rect(x: plot.left, y: plot.top, width: plot.right - plot.left, height: plot.bottom - plot.top,
                        fill: "none", stroke: "#444444")
        try canvas.line(x1: midX, y1: plot.top, x2: midX, y2: plot.bottom, stroke: "#777777", dashed: true)
        try canvas.line(x1: plot.left, y1: midY, x2: plot.right, y2: midY, stroke: "#777777", dashed: true)

        for tick in xScale.ticks {
            let x = xScale.position(tick)
            try canvas.line(x1: x, y1: plot.bottom, x2: x, y2: plot.bottom + 6, stroke: "#444444")
            try canvas.text(labels.number(tick), x: x, y: plot.bottom + 24, size: 15, anchor: .middle)
        }
        for tick in yScale.ticks {
            let y = yScale.position(tick)
            try canvas.line(x1: plot.left - 6, y1: y, x2: plot.left, y2: y, stroke: "#444444")
            try canvas.text(labels.number(tick), x: plot.left - 10, y: y + 5, size: 15, anchor: .end)
        }
        try canvas.text(axisTitle(xAxis, labels), x: (plot.left + plot.right) / 2, y: plot.bottom + 56, size: 18,
                        anchor: .middle, bold: true)
        try canvas.text(axisTitle(yAxis, labels), x: 30, y: (plot.top + plot.bottom) / 2, size: 18,
                        anchor: .middle, bold: true, rotated: true)

        for point in spread(points.map { (rank: $0.rank, x: xScale.position($0.x), y: yScale.position($0.y)) }) {
            try canvas.circle(x: point.x, y: point.y, radius: 14, fill: "#1F4E79", stroke: "#FFFFFF")
            try canvas.text(String(point.rank), x: point.x, y: point.y + 5, size: 14, anchor: .middle, bold: true,
                            fill: "#FFFFFF")
        }
        return ODFPicture(path: path, mediaType: "image/svg+xml", data: try canvas.finish(), title: title,
                          description: description, width: 16, height: 12)
    }

    private static func axisTitle(_ criterion: Criterion, _ labels: Labels) -> String {
        criterion.direction == .lowerIsBetter ? "\(criterion.name) (\(labels[.lowerIsBetter]))" : criterion.name
    }

    /// Points that would fall on top of each other are set around their common place.
    private static func spread(_ points: [(rank: Int, x: Double, y: Double)]) -> [(rank: Int, x: Double, y: Double)] {
        var groups: [String: [Int]] = [:]
        var keys: [String] = []
        for (index, point) in points.enumerated() {
            let key = "\(Int((point.x / 12).rounded())):\(Int((point.y / 12).rounded()))"
            if groups[key] == nil { keys.append(key) }
            groups[key, default: []].append(index)
        }
        var placed = points
        for key in keys {
            guard let members = groups[key], members.count > 1 else { continue }
            let radius = 16 + 2 * Double(members.count)
            for (order, index) in members.enumerated() {
                let angle = 2 * Double.pi * Double(order) / Double(members.count) - Double.pi / 2
                placed[index].x = points[index].x + radius * cos(angle)
                placed[index].y = points[index].y + radius * sin(angle)
            }
        }
        return placed
    }

    /// Maps a criterion's scale onto a stretch of the drawing.
    private struct Scale {
        let low: Double
        let high: Double
        let from: Double
        let to: Double
        let reversed: Bool

        init(criterion: Criterion, values: [Double], from: Double, to: Double) {
            var low = min(criterion.scaleMin, values.min() ?? criterion.scaleMin)
            var high = max(criterion.scaleMax, values.max() ?? criterion.scaleMax)
            if high <= low { (low, high) = (low - 1, low + 1) }
            let pad = (high - low) * 0.06
            self.low = low - pad
            self.high = high + pad
            self.from = from
            self.to = to
            reversed = criterion.direction == .lowerIsBetter
        }

        func position(_ value: Double) -> Double {
            let share = (value - low) / (high - low)
            return from + (to - from) * (reversed ? 1 - share : share)
        }

        /// Whole numbers across the scale (at most 11 of them).
        var ticks: [Double] {
            let first = (low).rounded(.up)
            let last = (high).rounded(.down)
            guard last >= first else { return [] }
            let step = max(1, ((last - first) / 10).rounded(.up))
            return Array(stride(from: first, through: last, by: step))
        }
    }
}
