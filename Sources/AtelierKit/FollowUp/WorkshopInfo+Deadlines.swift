extension WorkshopInfo {
    /// The workshop's last day (its first for a one-day workshop); nil when it has no dates.
    public var lastDay: CalendarDate? { endDate ?? startDate }

    /// When every recommendation must have an answer: ``responseMonths`` after the last day.
    public var answersDue: CalendarDate? { lastDay?.adding(months: responseMonths) }

    /// When the follow-up is reported in public: ``reportMonths`` after the last day.
    public var reportDue: CalendarDate? { lastDay?.adding(months: reportMonths) }
}
