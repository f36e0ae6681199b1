import AtelierKit

/// The chart of a result section, by its shape: bars for a ranking, a scatter for a scatter.
enum ResultChart {
    /// The picture's path in the package for the section at `index` (`Pictures/result-2.svg`).
    static func path(_ index: Int) -> String { "Pictures/result-\(index + 1).svg" }

    /// The section's chart, or nil when its shape draws none or it has nothing to draw.
    static func picture(
        _ section: ResultSection, index: Int, criteria: [Criterion], itemText: [String: String], labels: Labels
    ) throws -> ODFPicture? {
        switch section.presentation.shape {
        case .ranking: try RankingChart.picture(section, path: path(index), itemText: itemText, labels: labels)
        case .scatter: try ScatterChart.picture(section, path: path(index), criteria: criteria, labels: labels)
        case .cards, .groups: nil
        }
    }
}
