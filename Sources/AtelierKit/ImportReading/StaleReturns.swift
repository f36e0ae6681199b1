import AtelierXML

/// Changes of an import that would undo what an earlier return of another file recorded: setting a
/// field back to the value that return replaced. A copy of the workbook exported before that return
/// still holds the old values in every cell its sender did not touch, so importing it would silently
/// revert the earlier answer. Nothing is imported; a facilitator who means the change as a correction
/// says so with `--allow-reverts`.
public struct StaleReturns: Error, Sendable, Equatable, CustomStringConvertible {
    /// One change that would undo an earlier one.
    public struct Revert: Sendable, Equatable {
        /// Where the change is in the file being imported.
        public var place: SourcePlace
        /// The change it would make.
        public var change: HistoryRecord
        /// The earlier change it would undo.
        public var earlier: HistoryRecord
    }

    public var reverts: [Revert]

    /// Refuses `changes` when any of its history records sets a field of an action back to a value
    /// that a recorded change of another file replaced (the latest such change is named).
    /// - Throws: ``StaleReturns`` listing every such change.
    static func check(_ changes: ChangeSet, history: [HistoryRecord]) throws {
        let recorded = Dictionary(grouping: history, by: { $0.action + "\u{0}" + $0.field })
        let reverts = changes.history.compactMap { change -> Revert? in
            guard let earlier = recorded[change.action + "\u{0}" + change.field]?.last(where: {
                $0.file != change.file && $0.old == change.new
            }) else { return nil }
            return Revert(place: SourcePlace(file: change.file, sheet: change.sheet, line: change.row), change: change, earlier: earlier)
        }
        guard reverts.isEmpty else { throw StaleReturns(reverts: reverts) }
    }

    /// One line per change at its row, then what to do.
    public var description: String {
        let lines = reverts.map { r in
            r.place.describe("\(r.change.action) \(r.change.field): '\(r.change.new)' here would undo '\(r.earlier.new)' "
                             + "from \(r.earlier.place) (\(r.earlier.date)); this copy seems exported before that return")
        }
        let count = reverts.count == 1 ? "1 change would undo an earlier return" : "\(reverts.count) changes would undo earlier returns"
        return (lines + ["\(count); nothing was imported: import a copy exported after it, or add --allow-reverts if these are corrections"])
            .joined(separator: "\n")
    }
}
