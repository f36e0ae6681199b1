extension CalendarDate {
    /// The date as people of a language write it: `12 March 2025`, `12 mars 2025`, `12. März 2025`.
    public func written(in language: Language) -> String {
        let month = Self.monthName(month, in: language)
        return language == .de ? "\(day). \(month) \(year)" : "\(day) \(month) \(year)"
    }

    /// The name of a month (1 to 12) in a language: `June`, `juin`, `juni`, `Juni`.
    public static func monthName(_ month: Int, in language: Language) -> String {
        monthNames[month - 1][language]
    }

    private static let monthNames = [
        LocalisedText("January", "janvier", "januari", "Januar"),
        LocalisedText("February", "février", "februari", "Februar"),
        LocalisedText("March", "mars", "maart", "März"),
        LocalisedText("April", "avril", "april", "April"),
        LocalisedText("May", "mai", "mei", "Mai"),
        LocalisedText("June", "juin", "juni", "Juni"),
        LocalisedText("July", "juillet", "juli", "Juli"),
        LocalisedText("August", "août", "augustus", "August"),
        LocalisedText("September", "septembre", "september", "September"),
        LocalisedText("October", "octobre", "oktober", "Oktober"),
        LocalisedText("November", "novembre", "november", "November"),
        LocalisedText("December", "décembre", "december", "Dezember"),
    ]
}

extension Horizon {
    /// The horizon at its own precision as people of a language write it: `2027`, `June 2027`,
    /// `30 June 2027`.
    public func written(in language: Language) -> String {
        if day != nil { return lastDay.written(in: language) }
        if let month { return CalendarDate.monthName(month, in: language) + " " + String(year) }
        return String(year)
    }
}
