import AtelierKit
import AtelierXML

/// The actions, carrier by carrier: an overview table, then each action with its details and where
/// it came from.
extension ActionReport {
    func writeActions(_ w: XMLStreamWriter) throws {
        let total = carriers.map(\.count).reduce(0, +)
        try w.labelledParagraph(.body, labels[.actionCount], String(total), labels)
        for (kind, _) in carriers {
            try w.heading(2, labels.carrierHeading(kind))
            try writeOverview(kind, w)
            var index = 0
            try source.forEachAction(carrier: kind) { action in
                index += 1
                try writeAction(action, table: "\(kind.rawValue)-\(index)", w)
                progress.advance()
            }
        }
        progress.flush()
    }

    /// The header of the overview tables.
    var overviewHeader: [String] {
        [labels[.rank], labels[.identifier], labels[.action], labels[.leadService], labels[.horizon], labels[.status]]
    }

    /// An action's row in the overview table of its carrier.
    func overviewRow(_ action: Action) -> [String] {
        [rank(action), action.id, action.title, action.owner, horizon(action), labels.status(action.status)]
    }

    /// The header of every action's details table.
    var detailsHeader: [String] { [labels[.detail], labels[.value]] }

    /// The labels of the details tables' first column, for its width.
    var detailsLabels: [String] {
        [Label.carrier, .leadService, .partners, .horizon, .priority, .status, .budget, .problem, .provenance].map { labels[$0] }
    }

    private func writeOverview(_ kind: Carrier.Kind, _ w: XMLStreamWriter) throws {
        try w.startTable(overviewLayout, name: "Overview-\(kind.rawValue)", header: overviewHeader)
        try source.forEachAction(carrier: kind) { action in try w.row(overviewRow(action), quoted: quotes ? [2] : []) }
        try w.endElement()
    }

    /// An action's heading: its rank and title, then its ID as the workbook names it (`1. Title (A01)`).
    func heading(of action: Action) -> String {
        (action.rank.map { "\($0). \(action.title)" } ?? action.title) + " (\(action.id))"
    }

    private func writeAction(_ action: Action, table: String, _ w: XMLStreamWriter) throws {
        try w.heading(3, heading(of: action), quoted: quotes)
        if !action.description.isEmpty { try w.paragraph(.body, action.description, quoted: quotes) }
        try w.startTable(detailsLayout, name: table, header: detailsHeader)
        var rows: [(Label, String)] = [
            (.carrier, labels.carrier(action.carrier)),
            (.leadService, action.owner.isEmpty ? "–" : action.owner),
            (.partners, action.partners.isEmpty ? "–" : action.partners.joined(separator: "\n")),
            (.horizon, horizon(action)),
            (.priority, rank(action)),
            (.status, labels.status(action.status)),
        ]
        if !action.budget.isEmpty { rows.append((.budget, action.budget)) }
        if !action.problem.isEmpty { rows.append((.problem, action.problem)) }
        for (label, value) in rows {
            try w.labelledRow(labels[label], value, quoted: quotes && label == .problem)
        }
        try writeProvenance(action, w)
        try w.endElement()
        if !action.milestones.isEmpty {
            try w.paragraph(.body, labels[.milestones])
            try w.bulletList(action.milestones.map { labels.milestone($0, oneLine: true) })
        }
    }

    /// The action's horizon on one line, or a dash.
    private func horizon(_ action: Action) -> String {
        action.horizon.map { labels.horizon($0, oneLine: true) } ?? "–"
    }

    /// The row that says where the action came from: the source items, their dots, their score.
    private func writeProvenance(_ action: Action, _ w: XMLStreamWriter) throws {
        var facts = action.sources.map { itemText[$0] ?? $0 }
        let separator = labels[.labelSeparator]
        if let dots = action.dots { facts.append(labels[.dots] + separator + String(dots)) }
        if let score = action.score { facts.append(labels[.score] + separator + labels.number(score)) }
        guard !facts.isEmpty else { return }
        try w.startElement("table:table-row")
        try w.startCell()
        try w.paragraph(.tableHeading, labels[.provenance])
        try w.endElement()
        try w.startCell()
        for fact in facts { try w.paragraph(.tableContents, fact) }
        try w.endElement()
        try w.endElement()
    }

    private func rank(_ action: Action) -> String {
        action.rank.map(String.init) ?? labels[.notRanked]
    }
}
