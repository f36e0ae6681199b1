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
        let plot = (left: 90.0, top: 30.0, right: 770.0, bottom: 510.0)
        let xScale = Scale(criterion: xAxis, values: points.map(\.x), from: plot.left, to: plot.right)
        let yScale = Scale(criterion: yAxis, values: points.map(\.y), from: plot.bottom, to: plot.top)
        let midX = xScale.position(xAxis.midpoint)
        let midY = yScale.position(yAxis.midpoint)
        let markers = markers(points.map { (rank: $0.rank, x: xScale.position($0.x), y: yScale.position($0.y)) },
                              plot: plot, midX: midX, midY: midY)
        let keyed = markers.filter { $0.ranks.count > maximumRanksOnMarker }
        let keyLines = wrapped(keyed.enumerated().map { index, marker in
            "\(key(index)) = " + marker.ranks.map(String.init).joined(separator: ", ")
        }, width: plot.right - 20)

        let corners: [(ResultPresentation.Corner, Double, Double, Double, Double, StaticString)] = [
            (.topLeft, plot.left, plot.top, midX, midY, "#E3ECF7"),
            (.topRight, midX, plot.top, plot.right, midY, "#E2F1DF"),
            (.bottomLeft, plot.left, midY, midX, plot.bottom, "#F7E3E1"),
            (.bottomRight, midX, midY, plot.right, plot.bottom, "#FBF3DA"),
        ]
        var counts: [String] = []
        for group in section.presentation.groups {
            guard let corner = group.corner else { continue }
            let count = markers.filter { $0.quadrant == Quadrant(corner) }.map(\.ranks.count).reduce(0, +)
            counts.append(group.name[labels.language] + labels[.labelSeparator] + String(count))
        }
        var description = labels.format(.scatterChartDescription, xAxis.name, yAxis.name)
        if markers.contains(where: { $0.ranks.count > 1 }) { description += " " + labels[.sharedMarkers] }
        if !counts.isEmpty { description += " " + labels.format(.quadrantCounts, counts.joined(separator: ", ")) }
        let height = 600 + 26 * Double(keyLines.count)
        let canvas = try SVGCanvas(width: 800, height: height, title: title, description: description)

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

        var keyIndex = 0
        for marker in markers {
            let text = marker.label(key: key(keyIndex))
            if marker.ranks.count > maximumRanksOnMarker { keyIndex += 1 }
            let width = marker.width
            try canvas.rect(x: marker.x - width / 2, y: marker.y - markerHeight / 2, width: width, height: markerHeight,
                            fill: "#1F4E79", stroke: "#FFFFFF", cornerRadius: markerHeight / 2)
            try canvas.text(text, x: marker.x, y: marker.y + 5, size: 14, anchor: .middle, bold: true, fill: "#FFFFFF")
        }
        for (index, line) in keyLines.enumerated() {
            try canvas.text(line, x: plot.left, y: 600 + 26 * Double(index), size: 15)
        }
        return ODFPicture(path: path, mediaType: "image/svg+xml", data: try canvas.finish(), title: title,
                          description: description, width: 16, height: 16 * height / 800)
    }

    private static func axisTitle(_ criterion: Criterion, _ labels: Labels) -> String {
        criterion.direction == .lowerIsBetter ? "\(criterion.name) (\(labels[.lowerIsBetter]))" : criterion.name
    }

    /// Ranks a marker lists itself; a marker standing for more shows a letter explained under the chart.
    static let maximumRanksOnMarker = 3

    /// Which side of the midpoints a place on the drawing lies (the drawing's y runs down).
    struct Quadrant: Equatable {
        var right: Bool
        var top: Bool

        init(right: Bool, top: Bool) {
            self.right = right
            self.top = top
        }

        init(_ corner: ResultPresentation.Corner) {
            right = corner == .topRight || corner == .bottomRight
            top = corner == .topLeft || corner == .topRight
        }
    }

    /// One marker on the drawing: the ranks of the entries it stands for, at their mean place, moved
    /// just enough to lie wholly inside their quadrant.
    struct Marker {
        var ranks: [Int]
        var quadrant: Quadrant
        /// The quadrant's extent on the drawing.
        var box: (left: Double, top: Double, right: Double, bottom: Double)
        var sumX: Double
        var sumY: Double
        var x: Double { Self.inside(sumX / Double(ranks.count), box.left, box.right, half: width / 2) }
        var y: Double { Self.inside(sumY / Double(ranks.count), box.top, box.bottom, half: markerHeight / 2) }

        /// `value` kept `half` (and a unit) away from both ends of a stretch, or the stretch's middle
        /// when it is too short.
        private static func inside(_ value: Double, _ low: Double, _ high: Double, half: Double) -> Double {
            let (least, most) = (low + half + 1, high - half - 1)
            return least > most ? (low + high) / 2 : min(max(value, least), most)
        }
        /// The marker's label: its ranks, or a letter (`key`) when it stands for too many.
        func label(key: String) -> String {
            ranks.count > maximumRanksOnMarker ? key : ranks.map(String.init).joined(separator: ",")
        }
        /// Its width on the drawing, for the longest label it may carry.
        var width: Double { max(markerHeight, TextWidth.of(label(key: "WW"), size: 14, bold: true) + 14) }
    }

    /// The height of a marker, in drawing units; its width grows with its label.
    static let markerHeight = 28.0

    /// Entries that would overlap share one marker, but only with entries of their own quadrant, and
    /// every marker lies wholly inside its quadrant: no entry is ever drawn in another quadrant than
    /// its own, nor on the line between two.
    static func markers(
        _ points: [(rank: Int, x: Double, y: Double)], plot: (left: Double, top: Double, right: Double, bottom: Double),
        midX: Double, midY: Double
    ) -> [Marker] {
        var markers = points.map { point in
            let quadrant = Quadrant(right: point.x >= midX, top: point.y <= midY)
            let box = (left: quadrant.right ? midX : plot.left, top: quadrant.top ? plot.top : midY,
                       right: quadrant.right ? plot.right : midX, bottom: quadrant.top ? midY : plot.bottom)
            return Marker(ranks: [point.rank], quadrant: quadrant, box: box, sumX: point.x, sumY: point.y)
        }
        while let (first, second) = closePair(markers) {
            markers[first].ranks += markers[second].ranks
            markers[first].sumX += markers[second].sumX
            markers[first].sumY += markers[second].sumY
            markers.remove(at: second)
        }
        return markers.map { marker in
            var marker = marker
            marker.ranks.sort()
            return marker
        }
    }

    /// The first two markers of one quadrant that would overlap (with a little room between them).
    private static func closePair(_ markers: [Marker]) -> (Int, Int)? {
        for first in markers.indices {
            for second in markers.indices where second > first && markers[first].quadrant == markers[second].quadrant {
                let across = (markers[first].width + markers[second].width) / 2 + 2
                if abs(markers[first].x - markers[second].x) < across,
                   abs(markers[first].y - markers[second].y) < markerHeight + 2 {
                    return (first, second)
                }
            }
        }
        return nil
    }

    /// The letter of the `index`th keyed marker: A … Z, then AA, AB, …
    private static func key(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : key(index / 26 - 1) + String(letters[index % 26])
    }

    /// Entries of the key set on lines no wider than `width`.
    private static func wrapped(_ entries: [String], width: Double) -> [String] {
        var lines: [String] = []
        for entry in entries {
            if let last = lines.last, TextWidth.of(last + "; " + entry, size: 15) <= width {
                lines[lines.count - 1] = last + "; " + entry
            } else {
                lines.append(entry)
            }
        }
        return lines
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
