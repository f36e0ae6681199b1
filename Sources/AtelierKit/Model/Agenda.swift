/// The workshop's programme: days, each a list of steps.
public struct Agenda: Codable, Sendable, Equatable {
    public var days: [AgendaDay]

    public init(days: [AgendaDay] = []) { self.days = days }

    /// Every step of every day, in programme order.
    public var steps: [AgendaStep] { days.flatMap(\.steps) }

    /// The step with this identifier, if any.
    public func step(_ id: String) -> AgendaStep? { steps.first { $0.id == id } }
}

/// One day of the programme.
public struct AgendaDay: Codable, Sendable, Equatable {
    /// 1 for the first day.
    public var number: Int
    public var title: String
    public var date: CalendarDate?
    public var steps: [AgendaStep]

    public init(number: Int, title: String, date: CalendarDate? = nil, steps: [AgendaStep] = []) {
        self.number = number
        self.title = title
        self.date = date
        self.steps = steps
    }
}

/// One step of the programme: a registered method run with given parameters in a time box.
public struct AgendaStep: Codable, Sendable, Equatable, Identifiable {
    /// Stable identifier, for example `day1-swot`; `atelier run` accepts it.
    public var id: String
    public var title: String
    /// The registry identifier of the method this step runs (`swot`, `dot-voting`, …), or nil for a
    /// step without a method (a coffee break, a plenary talk).
    public var method: String?
    /// Parameters for the method, checked against its manifest when the step runs.
    public var parameters: [String: ParameterValue]
    /// Time box in minutes.
    public var minutes: Int?
    /// Whether the step has been run.
    public var status: StepStatus

    public init(
        id: String, title: String, method: String?, parameters: [String: ParameterValue] = [:],
        minutes: Int? = nil, status: StepStatus = .planned
    ) {
        self.id = id
        self.title = title
        self.method = method
        self.parameters = parameters
        self.minutes = minutes
        self.status = status
    }
}

/// Where a step stands.
public enum StepStatus: String, Codable, Sendable, CaseIterable {
    case planned
    case done
}
