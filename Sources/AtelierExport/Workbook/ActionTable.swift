import AtelierKit

/// The Actions table shared by the workbook's Actions sheet and the CSV export: which columns, in
/// which order, and each action's typed value in each.
struct ActionTable {
    /// A typed cell value.
    enum Value {
        case text(String)
        case number(Int?)
        case decimal(Double?)
    }

    /// A column: its header label, its width in the workbook, and how an action fills it.
    struct Column: Sendable {
        var label: Label
        var width: SheetWriter.Width
        var value: @Sendable (Action, ActionTable) -> Value
    }

    let labels: Labels
    /// Item texts by id, to show where an action came from.
    let itemText: [String: String]

    init(labels: Labels, items: [Item]) {
        self.labels = labels
        itemText = Dictionary(items.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
    }

    static let columns: [Column] = [
        Column(label: .rank, width: .narrow) { action, _ in .number(action.rank) },
        Column(label: .identifier, width: .short) { action, _ in .text(action.id) },
        Column(label: .title, width: .wide) { action, _ in .text(action.title) },
        Column(label: .carrier, width: .medium) { action, table in .text(table.labels.carrierKind(action.carrier.kind)) },
        Column(label: .body, width: .medium) { action, _ in .text(action.carrier.name ?? "") },
        Column(label: .leadService, width: .medium) { action, _ in .text(action.owner) },
        Column(label: .partners, width: .medium) { action, _ in .text(action.partners.joined(separator: "; ")) },
        Column(label: .horizon, width: .short) { action, _ in .text(action.horizon?.description ?? "") },
        Column(label: .status, width: .medium) { action, table in .text(table.labels.status(action.status)) },
        Column(label: .dots, width: .narrow) { action, _ in .number(action.dots) },
        Column(label: .score, width: .narrow) { action, _ in .decimal(action.score) },
        Column(label: .budget, width: .medium) { action, _ in .text(action.budget) },
        Column(label: .problem, width: .wide) { action, _ in .text(action.problem) },
        Column(label: .description, width: .huge) { action, _ in .text(action.description) },
        Column(label: .sources, width: .wide) { action, table in
            .text(action.sources.map { table.itemText[$0] ?? $0 }.joined(separator: "\n"))
        },
        Column(label: .milestones, width: .wide) { action, table in
            .text(action.milestones.map { table.labels.milestone($0) }.joined(separator: "\n"))
        },
        Column(label: .addressee, width: .medium) { action, table in
            .text(action.followUp.addressee.map { $0.name(in: table.labels.language) } ?? "")
        },
        Column(label: .responsibleService, width: .medium) { action, _ in .text(action.followUp.service) },
        Column(label: .minister, width: .medium) { action, _ in .text(action.followUp.minister) },
        Column(label: .response, width: .medium) { action, table in
            .text(action.followUp.response.map { $0.name(in: table.labels.language) } ?? "")
        },
        Column(label: .justification, width: .wide) { action, _ in .text(action.followUp.justification) },
        Column(label: .plannedMeasure, width: .wide) { action, _ in .text(action.followUp.measure) },
        Column(label: .progress, width: .narrow) { action, _ in .number(action.followUp.progress) },
        Column(label: .received, width: .short) { action, _ in .text(action.followUp.received?.description ?? "") },
        Column(label: .responded, width: .short) { action, _ in .text(action.followUp.responded?.description ?? "") },
        Column(label: .responseDue, width: .short) { action, _ in .text(action.followUp.due?.description ?? "") },
        Column(label: .nextReview, width: .short) { action, _ in .text(action.followUp.nextReview?.description ?? "") },
        Column(label: .evidence, width: .wide) { action, _ in .text(action.followUp.evidence.joined(separator: "\n")) },
        Column(label: .partOf, width: .short) { action, _ in .text(action.followUp.parent ?? "") },
        Column(label: .weight, width: .narrow) { action, _ in .decimal(action.followUp.weight) },
    ]
}
