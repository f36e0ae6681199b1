import GRDB

extension WorkshopStore {
    /// The cards the live room's facilitator took off the wall. They stay in the workshop: methods,
    /// `atelier show` and exports see them as any other card.
    public func hiddenCards() throws -> Set<String> {
        try guarded {
            try queue.read { db in Set(try String.fetchAll(db, sql: "SELECT item FROM \(StoreSchema.hiddenCards.name)")) }
        }
    }

    /// Takes a card off the live room's wall, journalled under `step` (which stays open); undo puts it back.
    /// - Returns: The journal entry recorded.
    @discardableResult
    public func hideCard(_ item: String, step: String?, command: String, summary: String) throws -> JournalEntry {
        try guarded {
            try queue.write { db in
                let entry = try beginEntry(db, command: command, step: step, summary: summary)
                try db.execute(sql: "INSERT OR IGNORE INTO \(StoreSchema.hiddenCards.name)(item, entry) VALUES (?, ?)",
                               arguments: [item, entry])
                return try lastEntry(db)
            }
        }
    }
}
