/// When an action is due: a year, a month or a day (`2027`, `2027-06`, `2027-06-30`).
public struct Horizon: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?
    public var day: Int?

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; nil when the text is none of these or not a real date.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, let y = Int(parts[0]), y >= 1 else { return nil }
        year = y
        if parts.count >= 2 {
            guard parts[1].count == 2, let m = Int(parts[1]), (1...12).contains(m) else { return nil }
            month = m
        }
        if parts.count == 3 {
            guard parts[2].count == 2, let d = Int(parts[2]),
                  CalendarDate(year: y, month: month!, day: d) != nil else { return nil }
            day = d
        }
    }

    /// A horizon at the precision of a full date.
    public init(_ date: CalendarDate) {
        year = date.year
        month = date.month
        day = date.day
    }

    /// The last day the horizon covers (31 December for a year): what a spreadsheet sorts on.
    public var lastDay: CalendarDate {
        let m = month ?? 12
        let d = day ?? CalendarDate.daysIn(month: m, year: year)
        return CalendarDate(year: year, month: m, day: d)!
    }

    /// True when the horizon names a single day.
    public var isDay: Bool { day != nil }

    public var description: String {
        var text = CalendarDate.pad(year, 4)
        if let month { text += "-" + CalendarDate.pad(month, 2) }
        if let day { text += "-" + CalendarDate.pad(day, 2) }
        return text
    }

    public static func < (lhs: Horizon, rhs: Horizon) -> Bool {
        (lhs.lastDay, lhs.description.count) < (rhs.lastDay, rhs.description.count)
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let horizon = Horizon(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not a horizon of the form YYYY, YYYY-MM or YYYY-MM-DD")
        }
        self = horizon
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
