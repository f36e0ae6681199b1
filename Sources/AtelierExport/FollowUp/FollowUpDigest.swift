import AtelierKit

/// What both follow-up documents show: the recommendations with their progress rolled up, each
/// one's timeline, the summary by addressee and the statuses over time, read from one state of
/// the workshop.
struct FollowUpDigest {
    let workshop: Workshop
    /// The recommendations, in the order the action list gives them.
    let actions: [Action]
    let rollUp: ProgressRollUp
    /// Each action's changes, oldest first.
    let timelines: [String: [HistoryRecord]]
    let statuses: StatusTimeline
    /// The day the report describes: the latest change, else the workshop's last day.
    let asOf: CalendarDate?
    let summary: [SummaryRow]

    /// One addressee's recommendations (nil: not assigned yet, listed last).
    struct SummaryRow {
        var addressee: FollowUp.Addressee?
        /// How many got each response, in ``FollowUp/Response/allCases`` order, then none.
        var responses: [Int]
        /// The mean of the recommendations' progress that have one.
        var meanProgress: Double?
        var total: Int { responses.reduce(0, +) }
    }

    init(source: any WorkshopSource, language: Language) throws {
        workshop = try source.workshopWithoutActions().localized(to: language)
        var actions: [Action] = []
        try source.forEachAction(carrier: nil) { actions.append($0) }
        self.actions = actions
        let history = try source.history()
        rollUp = ProgressRollUp(actions)
        timelines = Dictionary(grouping: history, by: \.action)
        let lastDay = workshop.info.lastDay
        statuses = StatusTimeline(actions: actions, history: history, start: lastDay)
        asOf = history.map(\.date).max() ?? lastDay
        let rollUp = rollUp
        summary = (FollowUp.Addressee.allCases.map(Optional.some) + [nil]).compactMap { addressee -> SummaryRow? in
            let mine = actions.filter { $0.followUp.addressee == addressee }
            guard !mine.isEmpty else { return nil }
            let responses = (FollowUp.Response.allCases.map(Optional.some) + [nil]).map { response in
                mine.filter { $0.followUp.response == response }.count
            }
            let progress = mine.compactMap { rollUp.figures[$0.id]?.progress }
            let mean = progress.isEmpty ? nil : progress.reduce(0, +) / Double(progress.count)
            return SummaryRow(addressee: addressee, responses: responses, meanProgress: mean)
        }
    }

    /// The summary table's header: addressee, recommendations, each response, none, mean progress.
    static func summaryHeader(_ labels: Labels) -> [String] {
        [labels[.addressee], labels[.recommendations]] + FollowUp.Response.allCases.map { $0.name(in: labels.language) }
            + [labels[.noResponse], labels[.meanProgress]]
    }

    /// The summary table's row of an addressee, figures as text.
    static func summaryCells(_ row: SummaryRow, _ labels: Labels) -> [String] {
        [row.addressee?.name(in: labels.language) ?? labels[.notAssigned], String(row.total)] + row.responses.map(String.init)
            + [row.meanProgress.map(ProgressRollUp.percent) ?? "–"]
    }

    /// The statuses table's header: the date, then each status.
    static func statusHeader(_ labels: Labels) -> [String] {
        [labels[.date]] + ActionStatus.allCases.map(labels.status)
    }

    /// A change as the report writes it: the column's header, then the values before and after, the
    /// words of statuses, responses and addressees in the document's language.
    static func change(_ record: HistoryRecord, _ labels: Labels) -> String {
        let language = labels.language
        func shown(_ value: String) -> String {
            guard !value.isEmpty else { return "–" }
            let word: String? = switch record.field {
            case "status": ActionStatus(rawValue: value)?.name(in: language)
            case "response": FollowUp.Response(rawValue: value)?.name(in: language)
            case "addressee": FollowUp.Addressee(rawValue: value)?.name(in: language)
            default: nil
            }
            return word ?? value.split(whereSeparator: \.isNewline).joined(separator: " | ")
        }
        let field = ActionColumn(importColumn: record.field)?.header(in: language) ?? record.field
        return "\(field)\(labels[.labelSeparator])\(shown(record.old)) → \(shown(record.new))"
    }

    /// An action's follow-up as label and value rows, a dash for what is not recorded.
    func details(_ action: Action, _ labels: Labels) -> [(Label, String)] {
        let f = action.followUp
        let language = labels.language
        func date(_ value: CalendarDate?) -> String { value.map(labels.date) ?? "–" }
        func text(_ value: String) -> String { value.isEmpty ? "–" : value }
        return [
            (.addressee, f.addressee?.name(in: language) ?? "–"),
            (.responsibleService, text(f.service)),
            (.minister, text(f.minister)),
            (.response, f.response?.name(in: language) ?? labels[.noResponse]),
            (.justification, text(f.justification)),
            (.plannedMeasure, text(f.measure)),
            (.status, labels.status(action.status)),
            (.progress, rollUp.explanation(of: action.id) ?? "–"),
            (.weight, FollowUp.weightText(f.weight) + (f.parent.map { " (\(labels[.partOf]) \($0))" } ?? "")),
            (.received, date(f.received)),
            (.responded, date(f.responded)),
            (.responseDue, date(f.due ?? workshop.info.answersDue)),
            (.nextReview, date(f.nextReview)),
            (.evidence, f.evidence.isEmpty ? "–" : f.evidence.joined(separator: "\n")),
        ]
    }
}
