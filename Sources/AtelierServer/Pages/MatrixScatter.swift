import AtelierExport
import AtelierKit

/// The matrix on the wall while it is scored: each item's mean scores so far on the step's first two
/// criteria (impact × feasibility) as an inline SVG scatter, and the same figures in a table, which is
/// the scatter's text alternative. Points carry the item's number in the table.
struct MatrixScatter {
    var items: [Item]
    var criteria: [Criterion]
    /// The step's scores so far.
    var scores: [Score]

    /// The side of the scatter's square, and the margin left for the axes' names, in SVG units.
    private static let side = 400.0
    private static let margin = 44.0

    func html(_ language: Language) -> String {
        let labels = Labels(language)
        var sums: [String: (total: Double, count: Int)] = [:]
        var raters: [String: Set<String>] = [:]
        for score in scores {
            sums["\(score.item)\u{0}\(score.criterion)", default: (0, 0)].total += score.value
            sums["\(score.item)\u{0}\(score.criterion)", default: (0, 0)].count += 1
            raters[score.item, default: []].insert(score.rater)
        }
        let mean = { (item: Item, criterion: Criterion) -> Double? in
            sums["\(item.id)\u{0}\(criterion.id)"].map { $0.total / Double($0.count) }
        }
        var html = "<h3 id=\"scatter-title\">\(HTML.escape(language(.meanScores)))</h3>"
        if criteria.count >= 2 {
            html += scatter(criteria[0], criteria[1], points: items.indices.compactMap { index in
                guard let x = mean(items[index], criteria[0]), let y = mean(items[index], criteria[1]) else { return nil }
                return (index + 1, x, y)
            }, language: language)
        }
        html += "<table id=\"scatter-table\"><tr><th>#</th><th>\(HTML.escape(labels[.item]))</th>"
            + criteria.map { "<th>\(HTML.escape($0.name))</th>" }.joined() + "<th>\(HTML.escape(language(.voted)))</th></tr>"
        for (index, item) in items.enumerated() {
            html += "<tr><td>\(index + 1)</td><td>\(HTML.escape(item.text))</td>"
                + criteria.map { "<td>\(mean(item, $0).map { language.decimal($0, fractionDigits: 1) } ?? "–")</td>" }.joined()
                + "<td>\(raters[item.id]?.count ?? 0)</td></tr>"
        }
        return html + "</table>"
    }

    /// The scatter: `x` across, `y` up, each on its criterion's scale, with the scales' ends and their
    /// middles dashed (the matrix's four quadrants); its text alternative is the table.
    private func scatter(_ x: Criterion, _ y: Criterion, points: [(number: Int, x: Double, y: Double)], language: Language) -> String {
        let (side, margin) = (Self.side, Self.margin)
        let plot = side - margin - 8
        // A point's circle stays inside the square even at a scale's end.
        let inset = 16.0
        func place(_ value: Double, on criterion: Criterion) -> Double {
            let span = criterion.scaleMax - criterion.scaleMin
            return span > 0 ? inset + min(1, max(0, (value - criterion.scaleMin) / span)) * (plot - 2 * inset) : plot / 2
        }
        var svg = "<svg class=\"scatter\" viewBox=\"0 0 \(Int(side)) \(Int(side))\" role=\"img\" aria-labelledby=\"scatter-title\" "
            + "aria-describedby=\"scatter-table\"><rect x=\"\(Int(margin))\" y=\"8\" width=\"\(Int(plot))\" height=\"\(Int(plot))\" "
            + "fill=\"#f4f7fb\" stroke=\"#555\"/>"
            + "<text x=\"\(Int(margin + plot / 2))\" y=\"\(Int(side - 10))\" text-anchor=\"middle\" font-size=\"16\">\(HTML.escape(x.name)) →</text>"
            + "<text transform=\"translate(18 \(Int(8 + plot / 2))) rotate(-90)\" text-anchor=\"middle\" font-size=\"16\">\(HTML.escape(y.name)) →</text>"
            + "<path d=\"M\(Int(margin + plot / 2)) 8V\(Int(8 + plot))M\(Int(margin)) \(Int(8 + plot / 2))H\(Int(margin + plot))\" "
            + "stroke=\"#767676\" stroke-dasharray=\"6 6\"/>"
            + "<text x=\"\(Int(margin))\" y=\"\(Int(side - 26))\" font-size=\"14\">\(Self.end(x.scaleMin, language))</text>"
            + "<text x=\"\(Int(margin + plot))\" y=\"\(Int(side - 26))\" text-anchor=\"end\" font-size=\"14\">\(Self.end(x.scaleMax, language))</text>"
            + "<text x=\"\(Int(margin - 6))\" y=\"\(Int(8 + plot))\" text-anchor=\"end\" font-size=\"14\">\(Self.end(y.scaleMin, language))</text>"
            + "<text x=\"\(Int(margin - 6))\" y=\"22\" text-anchor=\"end\" font-size=\"14\">\(Self.end(y.scaleMax, language))</text>"
        for point in points {
            let cx = margin + place(point.x, on: x)
            let cy = 8 + plot - place(point.y, on: y)
            svg += "<circle cx=\"\(Int(cx))\" cy=\"\(Int(cy))\" r=\"13\" fill=\"#0b4f8a\"/>"
                + "<text x=\"\(Int(cx))\" y=\"\(Int(cy) + 5)\" text-anchor=\"middle\" font-size=\"14\" fill=\"#fff\">\(point.number)</text>"
        }
        return svg + "</svg>"
    }

    /// A scale's end as people write it: 5, not 5.0; 2,5 in French.
    private static func end(_ value: Double, _ language: Language) -> String {
        language.decimal(value, fractionDigits: value == value.rounded() ? 0 : 1)
    }
}
