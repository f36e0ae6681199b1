extension Workshop {
    /// The workshop as a document in a language shows it: the titles of days and steps and the names
    /// of criteria in that language, where the programme gives them; everything else as recorded.
    public func localized(to language: Language) -> Workshop {
        var copy = self
        for day in copy.agenda.days.indices {
            copy.agenda.days[day].title = agenda.days[day].title(in: language)
            for step in copy.agenda.days[day].steps.indices {
                copy.agenda.days[day].steps[step].title = agenda.days[day].steps[step].title(in: language)
            }
        }
        for index in copy.criteria.indices {
            if let name = info.criterionNames[criteria[index].id]?[language.rawValue] { copy.criteria[index].name = name }
        }
        return copy
    }
}
