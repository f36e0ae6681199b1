import AtelierKit

/// The rows of each sheet. Each writer returns how many rows it wrote, the header included.
extension TrackingWorkbook {
    func writeActions(_ sheet: SheetWriter) throws -> Int {
        try sheet.startSheet(sheets[0].name, columns: sheets[0].columns)
        let table = ActionTable(labels: labels, items: workshop.items)
        let lists = Dictionary(ChoiceList.actionLists(labels).map { ($0.column, $0.name) }, uniquingKeysWith: { first, _ in first })
        var rows = 1
        try source.forEachAction(carrier: nil) { action in
            try sheet.startRow()
            for (index, column) in ActionTable.columns.enumerated() {
                switch column.value(action, table) {
                case .text(let text): try sheet.text(text, choices: lists[index])
                case .number(let number): try sheet.number(number)
                case .decimal(let decimal): try sheet.decimal(decimal)
                }
            }
            try sheet.endRow()
            rows += 1
            progress.advance()
        }
        progress.flush()
        try sheet.endSheet()
        return rows
    }

    func writeItems(_ sheet: SheetWriter) throws -> Int {
        try sheet.startSheet(sheets[1].name, columns: sheets[1].columns)
        let categories = Dictionary(workshop.categories.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let steps = Dictionary(workshop.agenda.steps.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for item in workshop.items {
            try sheet.startRow()
            try sheet.text(item.id)
            try sheet.text(labels.kind(item.kind))
            try sheet.text(item.text)
            try sheet.text(item.category.map { categories[$0] ?? $0 } ?? "")
            try sheet.text(item.author.map(participantName) ?? "")
            try sheet.text(item.step.map { steps[$0] ?? $0 } ?? "")
            try sheet.text(item.buildsOn ?? "")
            try sheet.text(item.addresses ?? "")
            try sheet.text(item.duplicateOf ?? "")
            try sheet.endRow()
        }
        try sheet.endSheet()
        return 1 + workshop.items.count
    }

    /// A step result's entries by rank, with the values, group and flags its sheet's columns hold.
    func writeResult(_ section: ResultSection, sheet layout: Sheet, _ sheet: SheetWriter) throws -> Int {
        try sheet.startSheet(layout.name, columns: layout.columns)
        let texts = Dictionary(workshop.items.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        for entry in section.entries {
            try sheet.startRow()
            try sheet.number(entry.rank)
            try sheet.text(entry.item)
            try sheet.text(texts[entry.item] ?? "")
            if section.hasValue { try sheet.decimal(entry.value) }
            for column in section.valueColumns { try sheet.decimal(entry.values[column.key]) }
            if section.hasGroups { try sheet.text(entry.group.map { section.groupName($0, labels.language) } ?? "") }
            if section.hasFlags { try sheet.text(section.flags(of: entry, labels)) }
            try sheet.endRow()
        }
        try sheet.endSheet()
        return 1 + section.entries.count
    }

    func writeScores(_ sheet: SheetWriter) throws -> Int {
        try sheet.startSheet(sheets[2].name, columns: sheets[2].columns)
        let texts = Dictionary(workshop.items.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let criteria = Dictionary(workshop.criteria.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let steps = Dictionary(workshop.agenda.steps.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
        for score in workshop.scores {
            try sheet.startRow()
            try sheet.text(score.item)
            try sheet.text(texts[score.item] ?? "")
            try sheet.text(criteria[score.criterion] ?? score.criterion)
            try sheet.decimal(score.value)
            try sheet.text(rater(score))
            try sheet.text(score.step.map { steps[$0] ?? $0 } ?? "")
            try sheet.endRow()
        }
        try sheet.endSheet()
        return 1 + workshop.scores.count
    }

    func writeParticipants(_ sheet: SheetWriter) throws -> Int {
        try sheet.startSheet(sheets[3].name, columns: sheets[3].columns)
        for participant in workshop.participants {
            try sheet.startRow()
            try sheet.text(participant.id)
            if !workshop.info.pseudonymise { try sheet.text(participant.name) }
            try sheet.text(participant.group ?? "")
            try sheet.text(labels.role(participant.role))
            try sheet.endRow()
        }
        try sheet.endSheet()
        return 1 + workshop.participants.count
    }

    /// A participant as the workbook shows them: the name, or the id when the workshop is
    /// pseudonymised (or the participant unknown).
    private func participantName(_ id: String) -> String {
        guard !workshop.info.pseudonymise else { return id }
        return workshop.participant(id)?.name ?? id
    }

    /// Who gave a score: a participant, a group (`Group A`), or the plenary.
    private func rater(_ score: Score) -> String {
        if let participant = score.participant { return participantName(participant) }
        if let group = score.group { return "\(labels[.group]) \(group)" }
        return labels[.plenary]
    }
}
