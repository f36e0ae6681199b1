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
    /// The title in other languages, by language code, when the programme gives them.
    public var titles: [String: String]
    public var date: CalendarDate?
    public var steps: [AgendaStep]

    public init(number: Int, title: String, titles: [String: String] = [:], date: CalendarDate? = nil, steps: [AgendaStep] = []) {
        self.number = number
        self.title = title
        self.titles = titles
        self.date = date
        self.steps = steps
    }

    enum CodingKeys: String, CodingKey { case number, title, titles, date, steps }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        number = try c.decode(Int.self, forKey: .number)
        title = try c.decode(String.self, forKey: .title)
        titles = try c.decodeIfPresent([String: String].self, forKey: .titles) ?? [:]
        date = try c.decodeIfPresent(CalendarDate.self, forKey: .date)
        steps = try c.decode([AgendaStep].self, forKey: .steps)
    }

    /// The title in a language, when the programme gives it; else ``title``.
    public func title(in language: Language) -> String { titles[language.rawValue] ?? title }
}

/// One step of the programme: a registered method run with given parameters in a time box.
public struct AgendaStep: Codable, Sendable, Equatable, Identifiable {
    /// Stable identifier, for example `day1-swot`; `atelier run` accepts it.
    public var id: String
    public var title: String
    /// The title in other languages, by language code, when the programme gives them.
    public var titles: [String: String]
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
        id: String, title: String, titles: [String: String] = [:], method: String?, parameters: [String: ParameterValue] = [:],
        minutes: Int? = nil, status: StepStatus = .planned
    ) {
        self.id = id
        self.title = title
        self.titles = titles
        self.method = method
        self.parameters = parameters
        self.minutes = minutes
        self.status = status
    }

    enum CodingKeys: String, CodingKey { case id, title, titles, method, parameters, minutes, status }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        titles = try c.decodeIfPresent([String: String].self, forKey: .titles) ?? [:]
        method = try c.decodeIfPresent(String.self, forKey: .method)
        parameters = try c.decode([String: ParameterValue].self, forKey: .parameters)
        minutes = try c.decodeIfPresent(Int.self, forKey: .minutes)
        status = try c.decode(StepStatus.self, forKey: .status)
    }

    /// The title in a language, when the programme gives it; else ``title``.
    public func title(in language: Language) -> String { titles[language.rawValue] ?? title }
}

/// Where a step stands.
public enum StepStatus: String, Codable, Sendable, CaseIterable {
    case planned
    case done
}
