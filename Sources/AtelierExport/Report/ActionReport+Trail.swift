import AtelierKit
import AtelierXML

/// The method trail: the latest result of every step, drawn by the shape its method declares, with
/// the challenge categories after the card steps that wrote the challenges.
extension ActionReport {
    func writeTrail(_ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        for (index, section) in trail.sections.enumerated() {
            if index == trail.categoriesPosition, let categories = trail.categories { try writeCategories(categories, w) }
            try writeSection(section, index: index, w, embedding: embedding)
        }
        if trail.categoriesPosition == trail.sections.count, let categories = trail.categories {
            try writeCategories(categories, w)
        }
    }

    private func writeSection(_ section: ResultSection, index: Int, _ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        try w.heading(2, section.title)
        if !section.summary.isEmpty { try w.paragraph(.body, section.summary) }
        let layouts = sectionLayouts(section, index: index)
        switch section.presentation.shape {
        case .cards:
            try writeCards(section, index: index, w)
        case .groups:
            try writeGroups(section, layout: layouts.groups, w)
            if !section.entries.isEmpty { try writeEntries(section, layout: layouts.entries, w) }
        case .ranking, .scatter:
            try writeChart(ResultChart.path(index), name: section.title, w, embedding: embedding)
            if !section.entries.isEmpty { try writeEntries(section, layout: layouts.entries, w) }
        }
        let selected = section.selected
        if !selected.isEmpty {
            try w.labelledParagraph(.body, labels[.selected], selected.map { itemText[$0.item] ?? $0.item }.joined(separator: " · "), labels)
            if let last = selected.last, last.flags.contains("tie") {
                let tied = section.entries.filter { $0.rank == last.rank }.count
                try w.paragraph(.body, labels.format(.selectedWithTie, String(selected.count), String(tied), String(last.rank)))
            }
        }
        let figures = section.figures(labels.language)
        if !figures.isEmpty {
            try w.startTable(layouts.figures, name: layouts.figures.name, header: figuresHeader)
            for figure in figures { try w.labelledRow(figure.name, labels.number(figure.value)) }
            try w.endElement()
        }
    }

    /// The header of a section's entry table: rank, item, headline value, named values, group, flags.
    private func entryHeader(_ section: ResultSection) -> [String] {
        let language = labels.language
        var header = [labels[.rank], labels[.item]]
        if section.hasValue { header.append(section.presentation.value?[language] ?? labels[.value]) }
        header += section.valueColumns.map(\.name)
        if section.hasGroups { header.append(section.presentation.group?[language] ?? labels[.group]) }
        if section.hasFlags { header.append(labels[.flags]) }
        return header
    }

    private var figuresHeader: [String] { [labels[.figure], labels[.value]] }

    private var groupsHeader: [String] { [labels[.group], labels[.members]] }

    /// The tables of a section, their columns fitted to their header and cells, so that no word
    /// breaks inside and short columns stay narrow.
    func sectionLayouts(_ section: ResultSection, index: Int) -> (entries: TableLayout, figures: TableLayout, groups: TableLayout) {
        var entries = TableLayout.Measure(header: entryHeader(section))
        for entry in section.entries { entries.add(entryRow(entry, section)) }
        var figures = TableLayout.Measure(header: figuresHeader)
        for figure in section.figures(labels.language) { figures.add([figure.name, labels.number(figure.value)]) }
        var groups = TableLayout.Measure(header: groupsHeader)
        for group in section.result.groups { groups.add(groupRow(group)) }
        return (fitted(entries, name: "Result\(index + 1)"), fitted(figures, name: "Figures\(index + 1)"),
                fitted(groups, name: "Groups\(index + 1)"))
    }

    private func entryRow(_ entry: ResultEntry, _ section: ResultSection) -> [String] {
        var cells = [String(entry.rank), itemText[entry.item] ?? entry.item]
        if section.hasValue { cells.append(number(entry.value)) }
        cells += section.valueColumns.map { number(entry.values[$0.key]) }
        if section.hasGroups { cells.append(entry.group.map { section.groupName($0, labels.language) } ?? "–") }
        if section.hasFlags { cells.append(section.flags(of: entry, labels)) }
        return cells
    }

    private func writeEntries(_ section: ResultSection, layout: TableLayout, _ w: XMLStreamWriter) throws {
        try w.startTable(layout, name: layout.name, header: entryHeader(section))
        for entry in section.entries { try w.row(entryRow(entry, section)) }
        try w.endElement()
    }

    /// Cards under their groups, two groups a row, in the order the manifest lists them; groups
    /// the manifest does not list follow, then entries without a group.
    private func writeCards(_ section: ResultSection, index: Int, _ w: XMLStreamWriter) throws {
        let language = labels.language
        var boxes: [(name: String, texts: [String])] = []
        var shown = Set<String>()
        for term in section.presentation.groups {
            let texts = section.entries.filter { $0.group == term.id }.map { itemText[$0.item] ?? $0.item }
            shown.insert(term.id)
            if !texts.isEmpty { boxes.append((term.name[language], texts)) }
        }
        var others: [String] = []
        for entry in section.entries {
            let key = entry.group ?? ""
            if !shown.contains(key) { shown.insert(key); others.append(key) }
        }
        for key in others {
            let texts = section.entries.filter { ($0.group ?? "") == key }.map { itemText[$0.item] ?? $0.item }
            boxes.append((key.isEmpty ? labels[.otherGroup] : section.groupName(key, language), texts))
        }
        for start in stride(from: 0, to: boxes.count, by: 2) {
            let pair = Array(boxes[start..<min(start + 2, boxes.count)]) + (start + 1 < boxes.count ? [] : [("", [])])
            try w.startTable(Self.cardsLayout, name: "Cards\(index + 1)-\(start / 2 + 1)", header: pair.map(\.name))
            try w.startElement("table:table-row")
            for box in pair {
                try w.startCell()
                if box.texts.isEmpty {
                    try w.paragraph(.tableContents, "")
                } else {
                    try w.bulletList(box.texts)
                }
                try w.endElement()
            }
            try w.endElement()
            try w.endElement()
        }
    }

    /// The participant groups with their members, and the cards written in the step.
    private func writeGroups(_ section: ResultSection, layout: TableLayout, _ w: XMLStreamWriter) throws {
        let cards = workshop.items.filter { $0.step == section.result.step }
        if !cards.isEmpty {
            try w.labelledParagraph(
                .body, labels[.cardsWritten],
                labels.format(.cardsBuildingOn, String(cards.count), String(cards.filter { $0.buildsOn != nil }.count)), labels)
        }
        guard !section.result.groups.isEmpty else { return }
        try w.startTable(layout, name: layout.name, header: groupsHeader)
        for group in section.result.groups { try w.row(groupRow(group)) }
        try w.endElement()
    }

    private func groupRow(_ group: ParticipantGroup) -> [String] {
        [group.name, group.members.map(participantName).joined(separator: ", ")]
    }

    private func writeCategories(_ groups: [(category: Category?, challenges: [Item])], _ w: XMLStreamWriter) throws {
        try w.heading(2, labels[.challengeCategories])
        for (category, challenges) in groups {
            let count = challenges.count == 1 ? labels[.challengeOne] : labels.format(.challengeMany, String(challenges.count))
            try w.labelledParagraph(.body, category?.name ?? labels[.uncategorised], count, labels, separator: " – ")
            if let description = category?.description, !description.isEmpty {
                try w.paragraph(.body, description)
            }
            try w.bulletList(challenges.map(\.text))
        }
    }

    /// A participant as the report names them: the name, or the id in a pseudonymised workshop.
    private func participantName(_ id: String) -> String {
        guard !workshop.info.pseudonymise else { return id }
        return workshop.participant(id)?.name ?? id
    }

    /// A figure with up to two decimals, or a dash when there is none.
    func number(_ value: Double?) -> String {
        guard let value, value.isFinite else { return "–" }
        return labels.number(value)
    }
}
