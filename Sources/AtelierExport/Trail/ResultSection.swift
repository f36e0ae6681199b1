import AtelierKit

/// The latest result of one step, with what documents need to draw it by its shape.
struct ResultSection {
    /// The section's title: the method's name, followed by the step's title when several steps ran it.
    var title: String
    var result: StepResult
    var presentation: ResultPresentation
    /// The named values shown as columns: the workshop's criteria, then the values the manifest
    /// declares, each when some entry has it.
    var valueColumns: [(key: String, name: String)]
    /// The result summed up in the document's language (see ``ResultPresentation/summary(of:in:ranIn:)``).
    var summary: String

    /// The latest result of every step: the agenda's steps in order, then steps run outside it.
    static func all(_ workshop: Workshop, catalogue: MethodCatalogue, language: Language) -> [ResultSection] {
        var latest: [String: StepResult] = [:]
        var order: [String] = workshop.agenda.steps.map(\.id)
        for result in workshop.results {
            if latest[result.step] == nil, !order.contains(result.step) { order.append(result.step) }
            latest[result.step] = result
        }
        let results = order.compactMap { latest[$0] }
        let methodCounts = Dictionary(results.map { ($0.method, 1) }, uniquingKeysWith: +)
        return results.map { result in
            var title = catalogue.name(of: result.method, in: language)
            if methodCounts[result.method, default: 0] > 1 {
                title += " – " + (workshop.agenda.step(result.step)?.title ?? result.step)
            }
            return ResultSection(title: title, result: result, presentation: catalogue.presentation(of: result.method),
                                 workshop: workshop, language: language)
        }
    }

    /// The names of the workshop's categories by id, for entries grouped by category.
    private var categoryNames: [String: String]

    init(title: String, result: StepResult, presentation: ResultPresentation, workshop: Workshop, language: Language) {
        self.title = title
        self.result = result
        self.presentation = presentation
        summary = presentation.summary(of: result, in: language, ranIn: workshop.info.language)
        categoryNames = Dictionary(workshop.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let criteria = workshop.criteria
        let present = Set(result.entries.flatMap(\.values.keys))
        var columns = criteria.filter { present.contains($0.id) }.map { (key: $0.id, name: $0.name) }
        for term in presentation.values where present.contains(term.id) && !columns.contains(where: { $0.key == term.id }) {
            columns.append((term.id, term.name[language]))
        }
        valueColumns = columns
    }

    /// Entries in the order the method wrote them (rank order, per group when ranks restart per group).
    var entries: [ResultEntry] { result.entries }

    /// Whether any entry has a headline value (a column is given to it only then).
    var hasValue: Bool { entries.contains { $0.value != nil } }

    /// Whether any entry falls in a group.
    var hasGroups: Bool { entries.contains { $0.group != nil } }

    /// Whether any entry carries a flag.
    var hasFlags: Bool { entries.contains { !$0.flags.isEmpty } }

    /// The name of a group in a language: as the manifest declares it, else the name of the workshop's
    /// category of that id, else as the method wrote it.
    func groupName(_ id: String, _ language: Language) -> String {
        if presentation.groups.contains(where: { $0.id == id }) {
            return ResultPresentation.name(of: id, in: presentation.groups, language: language)
        }
        return categoryNames[id] ?? id
    }

    /// An entry's flags in words, separated by commas.
    func flags(of entry: ResultEntry, _ labels: Labels) -> String {
        entry.flags.map { flag in
            switch flag {
            case "selected": labels[.selectedFlag]
            case "tie": labels[.tie]
            default: ResultPresentation.name(of: flag, in: presentation.flags, language: labels.language)
            }
        }.joined(separator: ", ")
    }

    /// The declared figures the result holds, in the manifest's order.
    func figures(_ language: Language) -> [(name: String, value: Double)] {
        presentation.metrics.compactMap { term in result.metrics[term.id].map { (term.name[language], $0) } }
    }

    /// The items flagged `selected`, in rank order.
    var selected: [ResultEntry] { entries.filter { $0.flags.contains("selected") } }
}
