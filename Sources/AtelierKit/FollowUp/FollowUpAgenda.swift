/// What needs attention in the follow-up on a given day: the actions whose answer or work is
/// overdue, those due soon, those without a response, and what the returns changed since the last
/// report. `atelier follow-up` prints it.
///
/// An action without an answer (no response, or pending) owes it by its own due date, else by the
/// workshop's response deadline (``WorkshopInfo/responseMonths`` after the last day). Once adopted or
/// partly adopted, its due date is when the work is due, until it is completed; a rejected action
/// is due nothing more.
public struct FollowUpAgenda: Sendable {
    /// The day the agenda is drawn up for.
    public var asOf: CalendarDate
    /// Changes recorded after this day are listed.
    public var since: CalendarDate?
    /// When every recommendation must have an answer; nil when the workshop has no dates.
    public var answersDue: CalendarDate?
    /// When the follow-up is reported in public; nil when the workshop has no dates.
    public var reportDue: CalendarDate?
    public var overdue: [Entry] = []
    public var dueSoon: [Entry] = []
    public var withoutResponse: [Entry] = []
    public var changed: [HistoryRecord] = []

    /// An action listed, with the day that puts it there and why.
    public struct Entry: Sendable, Equatable {
        public var action: String
        public var title: String
        public var date: CalendarDate?
        public var reason: String
    }

    /// How many days ahead "due soon" looks.
    public static let soonDays = 30

    /// - Parameters:
    ///   - actions: The actions in the order to list them.
    ///   - since: Changes recorded after this day are listed; nil for the workshop's last day.
    public init(info: WorkshopInfo, actions: [Action], history: [HistoryRecord], asOf: CalendarDate, since: CalendarDate? = nil) {
        self.asOf = asOf
        let lastDay = info.endDate ?? info.startDate
        answersDue = lastDay?.adding(months: info.responseMonths)
        reportDue = lastDay?.adding(months: info.reportMonths)
        self.since = since ?? lastDay
        let soon = asOf.adding(days: Self.soonDays)
        for action in actions {
            let f = action.followUp
            let unanswered = f.response == nil || f.response == .pending
            if unanswered {
                let why = f.response == nil ? "no response" : "response pending"
                withoutResponse.append(Entry(action: action.id, title: action.title, date: f.due ?? answersDue, reason: why))
            }
            let deadline: CalendarDate? = unanswered ? f.due ?? answersDue
                : f.response != .rejected && action.status != .completed ? f.due : nil
            if let deadline {
                let what = unanswered ? "answer due \(deadline)" : "work due \(deadline), \(action.status.name(in: .en).lowercased())"
                    + (f.progress.map { ", \($0) %" } ?? "")
                if deadline < asOf {
                    overdue.append(Entry(action: action.id, title: action.title, date: deadline,
                                         reason: "\(what) (\(asOf.days(since: deadline)) days late)"))
                } else if deadline <= soon {
                    dueSoon.append(Entry(action: action.id, title: action.title, date: deadline, reason: what))
                }
            }
            if let review = f.nextReview, asOf <= review, review <= soon {
                dueSoon.append(Entry(action: action.id, title: action.title, date: review, reason: "next review \(review)"))
            }
        }
        changed = history.filter { record in record.date <= asOf && self.since.map { record.date > $0 } ?? true }
    }
}
