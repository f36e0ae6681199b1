import Foundation

extension Importer.Builder {
    /// The milestones of an action's `milestones` field: one per line, written
    /// `title`, `title – YYYY-MM-DD`, `title – YYYY-MM (done)`, … as exports write them. The date
    /// after the last dash (` – ` or ` - `) is the milestone's due horizon when it reads as one;
    /// otherwise the dash belongs to the title. Blank lines are skipped.
    func milestones(_ row: Importer.Row) throws -> [Milestone] {
        let lines = row.text("milestones").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        return try lines.filter { !$0.isEmpty }.enumerated().map { number, line in
            var text = line
            var done = false
            if text.lowercased().hasSuffix(Self.doneMarker) {
                done = true
                text = String(text.dropLast(Self.doneMarker.count)).trimmingCharacters(in: .whitespaces)
            }
            var due: Horizon?
            if let dash = Self.dashes.compactMap({ text.range(of: $0, options: .backwards) }).max(by: { $0.lowerBound < $1.lowerBound }),
               let horizon = Horizon(text[dash.upperBound...].trimmingCharacters(in: .whitespaces)) {
                due = horizon
                text = text[..<dash.lowerBound].trimmingCharacters(in: .whitespaces)
            }
            guard !text.isEmpty else {
                throw row.error("milestones", "milestone \(number + 1) has no title; write one milestone per line: title – YYYY-MM-DD (done)")
            }
            return Milestone(title: text, due: due, done: done)
        }
    }

    /// What ends the line of a milestone that is done.
    static let doneMarker = "(done)"
    /// What separates a milestone's title from its due date: the en dash exports write, or a hyphen.
    static let dashes = [" – ", " - "]
}
