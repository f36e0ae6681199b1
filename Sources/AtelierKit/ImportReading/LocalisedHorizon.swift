
/// Horizons as exports write them for people, read back in any of the four languages: `2027`,
/// `June 2027`, `juin 2027`, `30 juin 2027`, `30. Juni 2027`, and the `YYYY-MM-DD` forms.
///
/// A text is accepted only if some language writes exactly that horizon that way (letter case
/// aside), so nothing is guessed.
enum LocalisedHorizon {
    static func parse(_ text: String) -> Horizon? {
        let text = text.trimmingCharacters(in: .whitespaces)
        if let horizon = Horizon(text) { return horizon }
        let lower = text.lowercased()
        let digits = lower.split(whereSeparator: { !("0"..."9").contains($0) })
        let numbers = digits.compactMap { Int($0) }
        guard (1...2).contains(numbers.count), digits.last?.count == 4, let year = numbers.last else { return nil }
        for language in Language.allCases {
            for month in 1...12 where lower.contains(CalendarDate.monthName(month, in: language).lowercased()) {
                if numbers.count == 1, let horizon = Horizon("\(year)-\(month < 10 ? "0" : "")\(month)"),
                   horizon.written(in: language).lowercased() == lower {
                    return horizon
                }
                if numbers.count == 2, let date = CalendarDate(year: year, month: month, day: numbers[0]),
                   date.written(in: language).lowercased() == lower {
                    return Horizon(date)
                }
            }
        }
        return nil
    }
}
