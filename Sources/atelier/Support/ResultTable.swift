import AtelierKit

/// A step result as the terminal shows it, whatever the method: a table of its entries (rank, item id
/// and text, headline value, named values, group, flags, the items it came from), then its figures,
/// notes and participant groups with their members and rotation. The words for the value, groups,
/// figures and flags are those the method's manifest declares. Every text from the workshop or the
/// method goes through ``Console/clean(_:)``.
struct ResultTable {
    var result: StepResult
    var presentation: ResultPresentation
    var workshop: Workshop
    var language: Language

    /// Entries of rank at most this many are shown in the short form (in each group when ranks restart
    /// per group).
    static let shortRanks = 3
    /// Characters of an item's text in the table.
    static let textWidth = 40

    private var labels: ResultLabels { .in(language) }

    /// The full table: every entry, the figures, notes and groups.
    var lines: [String] {
        var lines = [heading] + table(result.entries)
        if !result.metrics.isEmpty {
            let declared = presentation.metrics.filter { result.metrics[$0.id] != nil }
            let others = result.metrics.keys.filter { key in !declared.contains { $0.id == key } }.sorted()
            let figures = declared.map { "\($0.name[language]) \(language.decimal(result.metrics[$0.id]!))" }
                + others.map { "\($0) \(language.decimal(result.metrics[$0]!))" }
            lines.append("\(labels.figures): \(Console.clean(figures.joined(separator: " · ")))")
        }
        if !result.notes.isEmpty {
            lines.append("\(labels.notes):")
            lines += result.notes.map { "  - \(Console.clean($0.collapsingWhitespace))" }
        }
        if !result.groups.isEmpty {
            lines.append("\(labels.groups):")
            lines += result.groups.flatMap { groupLines($0, rotation: true) }
        }
        return lines
    }

    /// The short form `atelier run` ends with: the top entries, the selection and the groups.
    var shortLines: [String] {
        let top = result.entries.filter { $0.rank <= Self.shortRanks }
        var lines = [heading] + table(top)
        let selected = result.entries.filter { $0.flags.contains("selected") }
        if !selected.isEmpty {
            lines.append("\(labels.selected) (\(selected.count)): \(Console.clean(selected.map(\.item).joined(separator: ", ")))")
        }
        if top.count < result.entries.count {
            lines.append(labels.more.replacingOccurrences(of: "{n}", with: "\(result.entries.count - top.count)")
                .replacingOccurrences(of: "{step}", with: Console.clean(result.step)))
        }
        if !result.groups.isEmpty {
            lines.append("\(labels.groups):")
            lines += result.groups.flatMap { groupLines($0, rotation: false) }
        }
        return lines
    }

    private var heading: String {
        let summary = presentation.summary(of: result, in: language, ranIn: workshop.info.language)
        return "\(Console.bold(result.step)) \(Console.clean("(\(result.method)): \(summary.collapsingWhitespace)"))"
    }

    /// The rank as shown: `=2` when another entry shares it (in the same group, when ranks restart per
    /// group, that is when several groups have a first entry).
    func rankText(_ entry: ResultEntry) -> String {
        let perGroup = Set(result.entries.filter { $0.rank == 1 }.map(\.group)).count > 1
        let sharing = result.entries.filter { $0.rank == entry.rank && (!perGroup || $0.group == entry.group) }.count
        return sharing > 1 ? "=\(entry.rank)" : "\(entry.rank)"
    }

    /// The entries as aligned columns under a header; a column no entry fills is left out.
    private func table(_ entries: [ResultEntry]) -> [String] {
        guard !entries.isEmpty else { return [] }
        let l = labels
        var columns: [(String, (ResultEntry) -> String)] = [
            (l.rank, rankText),
            (l.item, { Console.clean($0.item) }),
            (l.text, { workshop.item($0.item).map { Console.clean($0.excerpt(Self.textWidth)) } ?? "" }),
        ]
        if entries.contains(where: { $0.value != nil }) {
            columns.append((presentation.value?[language] ?? l.value, { $0.value.map { language.decimal($0) } ?? "" }))
        }
        if entries.contains(where: { !$0.values.isEmpty }) { columns.append((l.values, namedValues)) }
        if entries.contains(where: { $0.group != nil }) {
            columns.append((presentation.group?[language] ?? l.group, { Console.clean($0.group.map(groupName) ?? "") }))
        }
        if entries.contains(where: { !$0.flags.isEmpty }) {
            columns.append((l.flags, { entry in
                Console.clean(entry.flags.map {
                    l.flagNames[$0] ?? ResultPresentation.name(of: $0, in: presentation.flags, language: language)
                }.joined(separator: ", "))
            }))
        }
        if entries.contains(where: { !$0.members.isEmpty }) { columns.append((l.from, { Console.clean($0.members.joined(separator: ", ")) })) }
        let rows = [columns.map(\.0)] + entries.map { entry in columns.map { $0.1(entry) } }
        let widths = columns.indices.map { index in rows.map { $0[index].count }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            return "  " + String(cells.joined(separator: "  ").reversed().drop { $0 == " " }.reversed())
        }
    }

    /// A group as the manifest names it, else the name of the workshop's category of that id, else as written.
    private func groupName(_ id: String) -> String {
        if presentation.groups.contains(where: { $0.id == id }) {
            return ResultPresentation.name(of: id, in: presentation.groups, language: language)
        }
        return workshop.categories.first { $0.id == id }?.name ?? id
    }

    /// `Impact 4.2 · Feasibility 3`: named values by name, a criterion's id replaced by its name and a
    /// declared value's id by its declared name.
    private func namedValues(_ entry: ResultEntry) -> String {
        Console.clean(entry.values.sorted { $0.key < $1.key }.map { key, value in
            let name = workshop.criterion(key)?.name ?? ResultPresentation.name(of: key, in: presentation.values, language: language)
            return "\(name) \(language.decimal(value))"
        }.joined(separator: " · "))
    }

    private func groupLines(_ group: ParticipantGroup, rotation: Bool) -> [String] {
        var lines = ["  \(Console.clean("\(group.name) (\(group.members.count)): \(group.members.map(person).joined(separator: ", "))"))"]
        guard rotation else { return lines }
        if !group.sheetTopics.isEmpty {
            let topics = group.sheetTopics.enumerated().map { index, id in
                "\(index + 1) \(id)" + (workshop.item(id).map { " “\($0.excerpt(30))”" } ?? "")
            }
            lines.append("    \(labels.sheets): \(Console.clean(topics.joined(separator: " · ")))")
        }
        for (round, holders) in group.rotation.enumerated() {
            let sheets = holders.enumerated().map { "\($0.offset + 1) \($0.element)" }
            lines.append("    \(labels.round) \(round + 1): \(Console.clean(sheets.joined(separator: " · ")))")
        }
        return lines
    }

    /// A participant as the room knows them: by name, or by id when the workshop is pseudonymised.
    private func person(_ id: String) -> String {
        workshop.info.pseudonymise ? id : workshop.participant(id)?.name ?? id
    }
}
