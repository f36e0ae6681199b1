import Foundation

extension CalendarDate {
    /// The date a number of months later (or earlier), on the same day or the month's last.
    public func adding(months: Int) -> CalendarDate {
        let total = year * 12 + (month - 1) + months
        let y = total / 12, m = total % 12 + 1
        return CalendarDate(year: y, month: m, day: min(day, CalendarDate.daysIn(month: m, year: y)))
            ?? CalendarDate(year: 9999, month: 12, day: 31)!
    }

    /// Today in a time zone (an IANA name such as `Europe/Brussels`; UTC when it is not one).
    public static func today(in timeZone: String) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }

    /// The number of days from an earlier date to this one.
    public func days(since earlier: CalendarDate) -> Int { dayNumber - earlier.dayNumber }

    /// Days since 1 January of year 1 (proleptic Gregorian).
    private var dayNumber: Int {
        let y = year - 1
        let beforeYear = y * 365 + y / 4 - y / 100 + y / 400
        let beforeMonth = (1..<month).map { CalendarDate.daysIn(month: $0, year: year) }.reduce(0, +)
        return beforeYear + beforeMonth + day
    }
}
