import AtelierExport
import AtelierKit
import Foundation

/// What the wall shows at one moment: the open step live (cards by quadrant, dots as bars once they may
/// be seen, how many have scored), or the result of the step closed last. Walls are sent the whole
/// state each time, so one that reconnects has nothing to catch up.
struct WallState: Sendable {
    /// The room's change count when the state was drawn.
    var version: Int
    var workshop: Workshop
    var open: (step: AgendaStep, task: RoomTask)?
    var closed: (step: AgendaStep, task: RoomTask)?
    var hidden: Set<String>
    var liveDots: Bool
    /// The rounds of the brainwriting step open.
    var sheets: SheetRound?
    /// The console's round timer, when one is set.
    var timer: RoundTimer?

    /// The live part of the wall, as HTML: the round timer, then the step.
    func fragment() -> String {
        let language = workshop.info.language
        return (timer?.html(language) ?? "") + stepFragment()
    }

    private func stepFragment() -> String {
        let language = workshop.info.language
        let labels = Labels(language)
        if let (step, task) = open {
            var html = "<h2>\(HTML.labelled(language(.open), language))\(HTML.escape(step.title(in: language)))</h2>"
            switch task {
            case .cards(let kinds):
                let cards = workshop.items.filter { $0.step == step.id && !hidden.contains($0.id) && $0.duplicateOf == nil }
                html += "<div class=\"quadrants\">" + kinds.map { kind in
                    "<section><h3>\(HTML.escape(labels.kind(kind)))</h3>"
                        + cards.filter { $0.kind == kind }.map { "<p class=\"card\">\(HTML.escape($0.text))</p>" }.joined() + "</section>"
                }.joined() + "</div>"
            case .dots(let items, _, _):
                let ballots = workshop.ballots.filter { $0.step == step.id }
                let voters = Set(ballots.compactMap(\.participant)).count
                html += "<p>\(HTML.labelled(language(.voted), language))<span id=\"voters\">\(voters)</span></p>"
                if liveDots { html += bars(items, ballots: ballots, labels: labels) }
            case .scores(let items, let criteria):
                let scores = workshop.scores.filter { $0.step == step.id }
                html += "<p>\(HTML.labelled(language(.voted), language))\(Set(scores.compactMap(\.participant)).count)</p>"
                    + MatrixScatter(items: items, criteria: criteria, scores: scores).html(language)
            case .ideas:
                guard let sheets else { break }
                let ideas = workshop.items.filter { $0.step == step.id && $0.position != nil }
                html += "<p class=\"code\">\(HTML.escape(language(.round))) <span id=\"round\">\(sheets.round)</span> / \(sheets.rounds)</p>"
                    + "<p>\(HTML.labelled(language(.ideas), language))<span id=\"ideas\">\(ideas.count)</span>"
                    + " · \(HTML.labelled(language(.passedOn), language))\(sheets.passed.count) / \(sheets.holders.count)</p>"
                    + "<div class=\"quadrants\">" + ideas.filter { $0.position?.round == sheets.round }.suffix(12)
                    .map { "<p class=\"card\">\(HTML.escape($0.text))</p>" }.joined() + "</div>"
            case .none:
                break
            }
            return html
        }
        guard let (step, task) = closed else { return "" }
        var html = "<h2>\(HTML.labelled(language(.closed), language))\(HTML.escape(step.title(in: language)))</h2>"
        if let result = workshop.results.first(where: { $0.step == step.id }) {
            html += "<h3>\(HTML.escape(language(.result)))</h3><p>\(HTML.escape(result.summary))</p><table><tr>"
                + "<th>\(HTML.escape(labels[.rank]))</th><th>\(HTML.escape(labels[.item]))</th><th>\(HTML.escape(labels[.value]))</th></tr>"
                + result.entries.map { entry in
                    "<tr><td>\(entry.rank)</td><td>\(HTML.escape(workshop.item(entry.item)?.text ?? entry.item))</td>"
                        + "<td>\(entry.value.map { String(format: "%g", $0) } ?? "")</td></tr>"
                }.joined() + "</table>"
        } else if case .dots(let items, _, _) = task {
            html += bars(items, ballots: workshop.ballots.filter { $0.step == step.id }, labels: labels)
        }
        return html
    }

    /// The dots on each item as bars, most first.
    private func bars(_ items: [Item], ballots: [Ballot], labels: Labels) -> String {
        var dots: [String: Int] = [:]
        for ballot in ballots { dots[ballot.item, default: 0] += ballot.dots }
        let most = max(1, dots.values.max() ?? 1)
        return "<table><tr><th>\(HTML.escape(labels[.item]))</th><th>\(HTML.escape(labels[.dots]))</th></tr>" + items
            .sorted { (dots[$0.id] ?? 0) > (dots[$1.id] ?? 0) }
            .map { item in
                let count = dots[item.id] ?? 0
                return "<tr><td>\(HTML.escape(item.text))</td><td><span class=\"bar\" style=\"width:\(count * 20 / most)rem\"></span> \(count)</td></tr>"
            }.joined() + "</table>"
    }

    /// The state as the wall's socket sends it: `{"version": N, "html": "…"}`.
    func message() -> String {
        struct Message: Encodable { var version: Int; var html: String }
        let data = try! JSONEncoder().encode(Message(version: version, html: fragment()))
        return String(decoding: data, as: UTF8.self)
    }
}
