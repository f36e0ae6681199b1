/// What an import of actions changes, action by action, and the sentence that says so:
/// `actions.csv: 1 added, 3 updated (status, items), 15 unchanged, 1 relinked (A02: P04 → P02).`
///
/// An action is added (a new id), updated (any field differs from the workshop's) or unchanged;
/// the relinked ones are the updated actions whose sources (the `items` column) changed, each
/// listed with the sources it lost and gained. Only added and updated actions are applied, so an
/// import that changes nothing changes nothing at all.
struct ActionImportReport {
    /// The added and updated actions, in file order.
    private(set) var changed: [Action] = []
    private(set) var added = 0
    private(set) var updated = 0
    private(set) var unchanged = 0
    /// The import columns changed on some updated action, in column order.
    private(set) var fields: [String] = []
    /// `A02: P04 → P02` for each relinked action.
    private(set) var relinks: [String] = []

    /// The import columns an action's fields are read from, and how to tell they differ.
    private static let columns: [(name: String, differs: @Sendable (Action, Action) -> Bool)] = [
        ("title", { $0.title != $1.title }), ("description", { $0.description != $1.description }),
        ("problem", { $0.problem != $1.problem }), ("carrier", { $0.carrier != $1.carrier }),
        ("owner", { $0.owner != $1.owner }), ("partners", { $0.partners != $1.partners }),
        ("horizon", { $0.horizon != $1.horizon }), ("rank", { $0.rank != $1.rank }),
        ("budget", { $0.budget != $1.budget }), ("status", { $0.status != $1.status }),
        ("items", { $0.sources != $1.sources }), ("milestones", { $0.milestones != $1.milestones }),
    ]

    /// Compares the imported actions with the workshop's.
    init(_ imported: [Action], workshop: Workshop) {
        let existing = Dictionary(workshop.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var changedColumns = Set<String>()
        for action in imported {
            guard let before = existing[action.id] else {
                added += 1
                changed.append(action)
                continue
            }
            guard action != before else {
                unchanged += 1
                continue
            }
            updated += 1
            changed.append(action)
            changedColumns.formUnion(Self.columns.filter { $0.differs(before, action) }.map(\.name))
            if action.sources != before.sources {
                let lost = before.sources.filter { !action.sources.contains($0) }
                let gained = action.sources.filter { !before.sources.contains($0) }
                relinks.append("\(action.id): \(Self.list(lost)) → \(Self.list(gained))")
            }
        }
        fields = Self.columns.map(\.name).filter(changedColumns.contains)
    }

    private static func list(_ ids: [String]) -> String { ids.isEmpty ? "—" : ids.joined(separator: " ") }

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
