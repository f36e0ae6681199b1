/// One recorded change to a workshop: what `atelier log` lists and `atelier undo` reverts.
public struct JournalEntry: Sendable, Equatable, Codable {
    /// Increasing number of the entry.
    public var id: Int64
    /// When it happened (UTC, ISO 8601).
    public var at: String
    /// The command that made the change, as typed (`import items cards.csv`, `run swot`).
    public var command: String
    /// The agenda step the change belongs to, if any.
    public var step: String?
    /// What changed, in a sentence.
    public var summary: String
    /// True once the entry has been reverted by `atelier undo`.
    public var undone: Bool
    /// For an undo, the entry it reverted.
    public var undoes: Int64?
}
