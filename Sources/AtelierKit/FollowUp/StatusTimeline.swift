/// How many actions stood at each status on each day a return changed a status: what the
/// follow-up report draws as statuses over time. The first point is the workshop's last day (the
/// statuses before any return); the last is the day of the latest change.
public struct StatusTimeline: Sendable, Equatable {
    /// One day: the count of actions at each status, in ``ActionStatus/allCases`` order.
    public struct Point: Sendable, Equatable {
        public var date: CalendarDate
        public var counts: [Int]
    }

    public var points: [Point]

    /// The points, the statuses before the first change taken from the history.
    /// - Parameter start: The day before any return (the workshop's last day); nil for the day of
    ///   the first change.
    public init(actions: [Action], history: [HistoryRecord], start: CalendarDate?) {
        let changes = history.filter { $0.field == "status" }
        var status = Dictionary(actions.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
        for record in changes.reversed() where status[record.action] != nil {
            status[record.action] = ActionStatus(rawValue: record.old) ?? status[record.action]
        }
        let position = Dictionary(uniqueKeysWithValues: ActionStatus.allCases.enumerated().map { ($1, $0) })
        var counts = [Int](repeating: 0, count: position.count)
        for value in status.values { counts[position[value]!] += 1 }
        var points: [Point] = []
        if let first = start ?? changes.first?.date { points.append(Point(date: first, counts: counts)) }
        for record in changes {
            guard let before = status[record.action], let after = ActionStatus(rawValue: record.new) else { continue }
            status[record.action] = after
            counts[position[before]!] -= 1
            counts[position[after]!] += 1
            let point = Point(date: record.date, counts: counts)
            if points.last?.date == record.date { points[points.count - 1] = point } else { points.append(point) }
        }
        self.points = points
    }
}
