import AtelierXML

/// Several returns of the tracking workbook (or actions files) imported together: each is compared
/// with the workshop on its own, then their changes are put together field by field. Two returns
/// that change the same field of the same action to different values conflict, and the import is
/// refused with every conflict listed: neither value wins silently.
struct ReturnMerge {
    /// One file's changes, as ``Importer/changes(for:extraChecks:)`` made them.
    struct Return {
        /// The file as the user named it.
        var file: String
        /// The sheet it was read from; nil for a CSV file.
        var sheet: String?
        var changes: ChangeSet
    }

    /// The changes of all the returns as one change set.
    /// - Throws: ``ImportConflicts`` listing every field two returns set differently.
    static func merge(_ returns: [Return], workshop: Workshop) throws -> ChangeSet {
        let existing = Dictionary(workshop.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var merged: [String: Action] = [:]
        var order: [String] = []
        /// The first return to set each field of each action, with the value and where it is.
        var setBy: [String: (value: String, place: SourcePlace)] = [:]
        var conflicts: [ImportConflicts.Conflict] = []
        var history: [HistoryRecord] = []
        for ret in returns {
            let records = Dictionary(grouping: ret.changes.history, by: \.action)
            for action in ret.changes.actions.upsert {
                let before = existing[action.id]
                let fields = ActionField.all.filter { field in before.map { field.text($0) != field.text(action) } ?? true }
                if merged[action.id] == nil { order.append(action.id) }
                var result = merged[action.id] ?? before ?? action
                for field in fields {
                    let row = records[action.id]?.first { $0.field == field.name }?.row ?? records[action.id]?.first?.row
                    let place = SourcePlace(file: ret.file, sheet: ret.sheet, line: row)
                    let key = action.id + "\u{0}" + field.name
                    let value = field.text(action)
                    if let first = setBy[key] {
                        if first.value != value {
                            conflicts.append(ImportConflicts.Conflict(
                                action: action.id, field: field.name, first: first.place, firstValue: first.value,
                                second: place, secondValue: value))
                        }
                    } else {
                        setBy[key] = (value, place)
                        field.copy(&result, action)
                    }
                }
                merged[action.id] = result
            }
            history += ret.changes.history
        }
        guard conflicts.isEmpty else { throw ImportConflicts(conflicts: conflicts) }
        var changes = ChangeSet(actions: Edits(upsert: order.compactMap { merged[$0] }), history: history)
        for action in changes.actions.upsert where action.followUp != (existing[action.id]?.followUp ?? FollowUp()) {
            changes.followUps[action.id] = action.followUp
        }
        return changes
    }
}

/// Returns imported together that set the same fields of the same actions to different values:
/// nothing of any of them was imported.
public struct ImportConflicts: Error, Sendable, Equatable, CustomStringConvertible {
    /// One field two returns set differently.
    public struct Conflict: Sendable, Equatable {
        public var action: String
        /// The import column.
        public var field: String
        public var first: SourcePlace
        public var firstValue: String
        public var second: SourcePlace
        public var secondValue: String
    }

    public var conflicts: [Conflict]

    /// One line per conflict, at the second return's row, then what to do.
    public var description: String {
        let lines = conflicts.map { c in
            c.second.describe("\(c.action) \(c.field): '\(c.secondValue)' here, but '\(c.firstValue)' in "
                              + [c.first.file, c.first.sheet, c.first.line.map(String.init)].compactMap { $0 }.joined(separator: ":"))
        }
        return (lines + ["\(conflicts.count) conflict\(conflicts.count == 1 ? "" : "s") between the returns; nothing was imported: settle each in one of the files and import them again"])
            .joined(separator: "\n")
    }
}
