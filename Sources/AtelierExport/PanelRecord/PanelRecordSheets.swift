/// The record's tables, header and rows, as both documents show them: the text document as tables,
/// the workbook as sheets.
struct PanelRecordSheets {
    typealias Table = (header: [String], rows: [[String]])

    /// The draw's facts, label and value.
    let facts: Table
    /// Each quota with the members it counts.
    let quotas: Table
    /// The members, numbered.
    let panel: Table
    /// The alternates in order, with whose seat each can take.
    let alternates: Table
    /// Every respondent's chance of selection.
    let respondents: Table

    init(_ record: PanelRecord, labels: Labels) {
        facts = ([labels[.detail], labels[.value]], record.facts(labels).map { [$0.0, $0.1] })
        quotas = ([labels[.panelFeature], labels[.panelGroup], labels[.panelMinimum], labels[.panelMaximum], labels[.panelSeated]],
                  record.quotas.map { [$0.feature, $0.value, String($0.min), String($0.max), String($0.seated)] })
        panel = ([labels[.number], labels[.identifier]],
                 record.respondents.filter(\.selected).enumerated().map { [String($0 + 1), $1.id] })
        alternates = ([labels[.rank], labels[.identifier], labels[.panelReplaces]],
                      record.alternates.enumerated().map { [String($0 + 1), $1.id, $1.replaces.joined(separator: ", ")] })
        respondents = ([labels[.identifier], labels[.panelProbability], labels[.panelOnPanel]],
                       record.respondents.map { [$0.id, labels.number($0.probability, decimals: 4, trimWhole: false), $0.selected ? labels[.panelYes] : ""] })
    }
}
