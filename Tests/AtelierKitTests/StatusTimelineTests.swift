import Testing
@testable import AtelierKit

/// Statuses over time, counted back from today's statuses through the history: one point for the
/// workshop's last day, then one per day a return changed a status.
@Suite struct StatusTimelineTests {
    func change(_ action: String, _ old: ActionStatus, _ new: ActionStatus, on date: String) -> HistoryRecord {
        HistoryRecord(action: action, field: "status", old: old.rawValue, new: new.rawValue, date: CalendarDate(date)!, file: "r.csv")
    }

    @Test func eachDayCountsTheActionsAtEachStatus() throws {
        let actions = [
            Action(id: "A1", title: "a", carrier: .administration, status: .completed),
            Action(id: "A2", title: "b", carrier: .administration, status: .limited),
            Action(id: "A3", title: "c", carrier: .administration),
        ]
        let history = [
            change("A1", .notStarted, .limited, on: "2026-06-01"),
            HistoryRecord(action: "A2", field: "progress", old: "", new: "10", date: CalendarDate("2026-06-01")!, file: "r.csv"),
            change("A2", .notStarted, .limited, on: "2026-06-01"),
            change("A1", .limited, .completed, on: "2026-09-01"),
            change("gone", .notStarted, .completed, on: "2026-09-01"),
        ]
        let timeline = StatusTimeline(actions: actions, history: history, start: CalendarDate("2026-03-11"))
        #expect(timeline.points == [
            .init(date: CalendarDate("2026-03-11")!, counts: [3, 0, 0, 0]),
            .init(date: CalendarDate("2026-06-01")!, counts: [1, 2, 0, 0]),
            .init(date: CalendarDate("2026-09-01")!, counts: [1, 1, 0, 1]),
        ])
        #expect(StatusTimeline(actions: actions, history: [], start: nil).points.isEmpty, "no day to draw")
    }
}
