/// What an import of actions changes, action by action, and the sentence that says so:
/// `actions.csv: 1 added, 3 updated (status, items), 15 unchanged, 1 relinked (A02: P04 → P02).`
///
/// An action is added (a new id), updated (any field differs from the workshop's) or unchanged;
/// the relinked ones are the updated actions whose sources (the `items` column) changed, each
/// listed with the sources it lost and gained. Only added and updated actions are applied, so an
/// import that changes nothing changes nothing at all. Each changed field becomes a
/// ``HistoryRecord`` of the follow-up.
struct ActionImportReport {
    /// The added and updated actions, in file order.
    private(set) var changed: [Action] = []
    /// The line (or row) each of ``changed`` was read from.
    private(set) var lines: [Int?] = []
    private(set) var added = 0
    private(set) var updated = 0
    private(set) var unchanged = 0
    /// The import columns changed on some updated action, in column order.
    private(set) var fields: [String] = []
    /// `A02: P04 → P02` for each relinked action.
    private(set) var relinks: [String] = []

    /// Compares the imported actions (read from `lines`) with the workshop's.
    init(_ imported: [Action], lines importLines: [Int], workshop: Workshop) {
        let existing = Dictionary(workshop.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changedColumns = Set<String>()
        for (index, action) in imported.enumerated() {
            let line = index < importLines.count ? importLines[index] : nil
            guard let before = existing[action.id] else {
                added += 1
                changed.append(action)
                lines.append(line)
                continue
            }
            guard action != before else {
                unchanged += 1
                continue
            }
            updated += 1
            changed.append(action)
            lines.append(line)
            changedColumns.formUnion(ActionField.all.filter { $0.text(before) != $0.text(action) }.map(\.name))
            if action.sources != before.sources {
                let lost = before.sources.filter { !action.sources.contains($0) }
                let gained = action.sources.filter { !before.sources.contains($0) }
                relinks.append("\(action.id): \(Self.list(lost)) → \(Self.list(gained))")
            }
        }
        fields = ActionField.all.map(\.name).filter(changedColumns.contains)
    }

    private static func list(_ ids: [String]) -> String { ids.isEmpty ? "—" : ids.joined(separator: " ") }

    /// The changes to record: the changed actions, the follow-ups that differ, and one history
    /// record per changed field (of a new action, per field with a value), dated `date`.
    func changes(workshop: Workshop, file: String, sheet: String?, date: CalendarDate) -> ChangeSet {
        let existing = Dictionary(workshop.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changes = ChangeSet(actions: Edits(upsert: changed))
        for (action, line) in zip(changed, lines) {
            let before = existing[action.id]
            // A new action's fields are compared with those of an action with nothing set.
            let base = before ?? Action(id: action.id, title: "", carrier: action.carrier)
            if action.followUp != base.followUp { changes.followUps[action.id] = action.followUp }
            for field in ActionField.all {
                let old = field.text(base), new = field.text(action)
                guard old != new, before != nil || field.isFollowUp else { continue }
                changes.history.append(HistoryRecord(action: action.id, field: field.name, old: old, new: new, date: date,
                                                     file: file, sheet: sheet, row: line))
            }
        }
        return changes
    }

    /// The one-line summary of the import of a file.
    func summary(file: String) -> String {
        guard added + updated > 0 else {
            return "Nothing to import: the \(unchanged) actions of \(file) are those of the workshop; no change recorded."
        }
        var parts = ["\(added) added", "\(updated) updated" + (fields.isEmpty ? "" : " (\(fields.joined(separator: ", ")))"),
                     "\(unchanged) unchanged"]
        if !relinks.isEmpty { parts.append("\(relinks.count) relinked (\(relinks.joined(separator: "; ")))") }
        return "Imported \(file): " + parts.joined(separator: ", ") + "."
    }
}
