import Foundation

/// The files a draw writes, in the respondents file's shape where it can be read back: the panel
/// (`selected.csv`), the people who may still be drawn later (`remaining.csv`: the others, less the
/// members' households), the alternates in order (`alternates.csv`) and everyone's selection
/// probability (`probabilities.csv`).
public enum DrawFiles {
    /// The files' names and contents.
    public static func contents(_ draw: PanelDraw, inputs: PanelInputs) -> [(name: String, text: String)] {
        let pool = inputs.pool
        let members = Set(draw.panel)
        let households = Set(pool.respondents.filter { members.contains($0.id) }.compactMap(\.household))
        let rows = zip(pool.respondents, pool.table.records)
        let selected = rows.filter { members.contains($0.0.id) }.map(\.1.fields)
        let remaining = rows.filter { !members.contains($0.0.id) && !($0.0.household.map(households.contains) ?? false) }.map(\.1.fields)
        let alternates = draw.alternates.enumerated().map { [String($0 + 1), $1.id, $1.replaces.joined(separator: " ")] }
        let probabilities = zip(pool.respondents, draw.probabilities).map {
            [$0.id, String(format: "%.6f", $1), members.contains($0.id) ? "yes" : "no"]
        }
        return [
            ("selected.csv", PanelCSV.text(header: pool.table.header, rows: selected)),
            ("remaining.csv", PanelCSV.text(header: pool.table.header, rows: remaining)),
            ("alternates.csv", PanelCSV.text(header: ["order", "id", "replaces"], rows: alternates)),
            ("probabilities.csv", PanelCSV.text(header: ["id", "probability", "selected"], rows: probabilities)),
        ]
    }
}
