import Foundation
import GRDB
import GRDBSQLite

/// A workshop file: one SQLite database holding the whole workshop and its journal.
///
/// Every change runs in one immediate transaction and is journalled, so a crash or a killed process
/// leaves the file with the change entirely or not at all, and `atelier undo` reverts the last change
/// exactly. Several `atelier` processes may write the same file: each waits its turn (busy timeout)
/// instead of failing, and none loses another's write.
public final class WorkshopStore: Sendable {
    /// Where the file is.
    public let url: URL
    let queue: DatabaseQueue

    /// How long a writer waits for another process to finish before giving up.
    public static let busyTimeout: TimeInterval = 60

    private init(url: URL, queue: DatabaseQueue) {
        self.url = url
        self.queue = queue
    }

    /// Opens an existing workshop file.
    ///
    /// Before anything else, the file's schema is compared with the one Atelier's migrations make;
    /// a file of an earlier format is then moved over.
    /// - Throws: ``StoreError`` when the file is missing, is not a workshop, was changed outside
    ///   Atelier, or is from a newer Atelier.
    public static func open(at url: URL) throws -> WorkshopStore {
        guard FileManager.default.fileExists(atPath: url.path) else { throw StoreError.notFound(path: url.path) }
        let store = try connect(url)
        try store.guarded {
            let migrator = StoreSchema.migrator
            try store.queue.read { db in
                let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
                guard id == StoreSchema.applicationID else { throw StoreError.notAWorkshop(path: url.path) }
                if try migrator.hasBeenSuperseded(db) {
                    throw StoreError.newerFormat(path: url.path, version: "unknown migration")
                }
                try StoreSchema.check(db, path: url.path)
            }
            do {
                try migrator.migrate(store.queue)
            } catch StoreError.corrupt(_, let table, let row, let reason) {
                // Damage met while moving an earlier format over names the table and row, not the file.
                throw StoreError.corrupt(path: url.path, table: table, row: row, reason: reason)
            }
        }
        return store
    }

    /// Creates a new workshop file.
    /// - Throws: ``StoreError/alreadyExists(path:)`` rather than overwrite a file.
    public static func create(at url: URL, info: WorkshopInfo, agenda: Agenda) throws -> WorkshopStore {
        guard !FileManager.default.fileExists(atPath: url.path) else { throw StoreError.alreadyExists(path: url.path) }
        let store = try connect(url)
        try store.guarded {
            try store.queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA application_id = \(StoreSchema.applicationID)")
            }
            try StoreSchema.migrator.migrate(store.queue)
            try store.queue.write { db in
                let entry = try store.beginEntry(db, command: "init", step: nil, summary: "Created the workshop “\(info.title)”.")
                try StoreRows.insertMeta(db, key: StoreRows.infoKey, value: StoreRows.json(info), entry: entry)
                try StoreRows.insertMeta(db, key: StoreRows.agendaKey, value: StoreRows.json(agenda), entry: entry)
            }
        }
        return store
    }

    private static func connect(_ url: URL) throws -> WorkshopStore {
        do {
            return try open(url)
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw StoreError.notAWorkshop(path: url.path) }
            throw StoreError.database(path: url.path, message: Self.explain(error))
        }
    }

    private static func open(_ url: URL) throws -> WorkshopStore {
        var config = Configuration()
        config.busyMode = .timeout(busyTimeout)
        config.label = url.lastPathComponent
        config.prepareDatabase { db in try harden(db) }
        return try WorkshopStore(url: url, queue: DatabaseQueue(path: url.path, configuration: config))
    }

    /// Settings of every connection to a workshop file, which may come from anyone: SQL in the schema
    /// runs no function that could reach outside the file (`trusted_schema` off), damaged cells are
    /// caught as they are read (`cell_size_check`), and no other database can be attached. The
    /// connection's authorizer is GRDB's own (it learns each statement's effects through it), so
    /// attaching is refused by SQLite's limit on attached databases, set to none.
    static func harden(_ db: Database) throws {
        try db.execute(sql: "PRAGMA trusted_schema = OFF; PRAGMA cell_size_check = ON")
        sqlite3_limit(db.sqliteConnection, SQLITE_LIMIT_ATTACHED, 0)
    }

    /// Runs database work and turns SQLite's errors into ``StoreError`` with the file's path.
    func guarded<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as DatabaseError {
            if error.resultCode == .SQLITE_NOTADB { throw StoreError.notAWorkshop(path: url.path) }
            throw StoreError.database(path: url.path, message: Self.explain(error))
        }
    }

    static func explain(_ error: DatabaseError) -> String {
        switch error.resultCode {
        case .SQLITE_FULL: "the disk is full; nothing was changed"
        case .SQLITE_READONLY: "the file is read-only; nothing was changed"
        case .SQLITE_CANTOPEN: "the file cannot be opened (check the folder exists and its permissions)"
        case .SQLITE_BUSY: "another program kept the workshop busy for more than \(Int(busyTimeout)) s; try again"
        case .SQLITE_CORRUPT: "the file is damaged"
        default: error.message ?? "\(error.resultCode)"
        }
    }

    // MARK: Reading

    /// The workshop as a value.
    /// - Parameter omitted: Parts not to read, left empty (info and agenda are always read): a city-wide vote's million
    ///   ballots take a quarter of a second to read, which a table of its result does not need.
    public func workshop(leavingOut omitted: Set<ModelPart> = []) throws -> Workshop {
        try guarded { try queue.read { db in try StoreRows.loadWorkshop(db, path: url.path, leavingOut: omitted) } }
    }

    /// The journal, oldest first.
    public func journal() throws -> [JournalEntry] {
        try guarded {
            try queue.read { db in
                try Row.fetchAll(db, sql: "SELECT id, at, command, step, summary, undone, undoes FROM journal ORDER BY id")
                    .map { row in
                        JournalEntry(id: row["id"], at: row["at"], command: row["command"], step: row["step"],
                                     summary: row["summary"], undone: row["undone"], undoes: row["undoes"])
                    }
            }
        }
    }

    /// Counts of each part, read without loading the parts (fast on large workshops).
    public func counts() throws -> [ModelPart: Int] {
        try guarded {
            try queue.read { db in
                var counts: [ModelPart: Int] = [:]
                for (part, table) in [(ModelPart.participants, "participants"), (.items, "items"), (.categories, "categories"),
                                      (.criteria, "criteria"), (.scores, "scores"), (.ballots, "ballots"),
                                      (.results, "results"), (.actions, "actions")] {
                    counts[part] = try Int.fetchOne(db, sql: "SELECT count(*) FROM \(table)") ?? 0
                }
                return counts
            }
        }
    }

    /// A number that changes when another process commits a change to the file, and stays the same
    /// while only this store writes it (SQLite's `data_version`).
    public func outsideVersion() throws -> Int {
        try guarded { try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 } }
    }

    /// The workshop's description and agenda, read without the rest.
    public func infoAndAgenda() throws -> (WorkshopInfo, Agenda) {
        try guarded {
            try queue.read { db in
                (try StoreRows.loadInfo(db, path: url.path), try StoreRows.loadAgenda(db, path: url.path))
            }
        }
    }

    // MARK: Writing

    /// Reads the workshop, lets `work` compute a change from it, and applies the change, all in one
    /// immediate transaction: no other writer can slip in between the read and the write.
    ///
    /// - Parameters:
    ///   - command: What the journal records as the command.
    ///   - step: The agenda step the change belongs to; it is marked done when `completing`.
    ///   - completing: Whether the change completes `step` (false for one card or ballot of a live room).
    ///   - parts: The parts `work` is handed; the others are left empty. Info and agenda are always loaded.
    ///   - work: Computes the change set and a summary from the current workshop. Throwing leaves the
    ///     file untouched.
    /// - Returns: The journal entry recorded.
    @discardableResult
    public func change(
        command: String, step: String? = nil, completing: Bool = true, loading parts: Set<ModelPart> = Set(ModelPart.allCases),
        _ work: (Workshop) throws -> (changes: ChangeSet, summary: String)
    ) throws -> JournalEntry {
        try guarded {
            try queue.write { db in
                let workshop = try StoreRows.loadWorkshop(db, path: url.path, leavingOut: Set(ModelPart.allCases).subtracting(parts))
                let (changes, summary) = try work(workshop)
                let entry = try beginEntry(db, command: command, step: step, summary: summary)
                try StoreRows.apply(changes, entry: entry, in: db)
                if let step, completing { try markDone(step: step, in: workshop.agenda, entry: entry, db: db) }
                return try lastEntry(db)
            }
        }
    }

    /// Replaces voters' ballots of steps, all in one immediate transaction (a room's dots arriving together
    /// cost one write to the disk), each replacement journalled on its own under its step, which stays open:
    /// undo puts one replacement's earlier ballots back. Each replacement reads only its voter and the voter's
    /// ballots of the step, as the replacements before it left them, so two changes from the same voter can
    /// never add up past a budget.
    /// - Returns: For each replacement, the ballots that took the voter's place, or what its `work` threw
    ///   (nothing of it was written).
    /// - Throws: ``StoreError`` when the file cannot be written; then none of the replacements is.
    public func replaceBallots(_ replacements: [BallotReplacement]) throws -> [Result<[Ballot], any Error>] {
        try guarded {
            try queue.write { db in
                try replacements.map { replacement in
                    let voter = try StoreRows.loadParticipants(db, path: url.path, id: replacement.participant).first
                    let own = try StoreRows.loadBallots(db, of: (replacement.participant, replacement.step))
                    let ballots: [Ballot]
                    let summary: String
                    do {
                        (ballots, summary) = try replacement.work(voter, own)
                    } catch {
                        return .failure(error)
                    }
                    let entry = try beginEntry(db, command: replacement.command, step: replacement.step, summary: summary)
                    try db.execute(sql: "DELETE FROM ballots WHERE participant = ? AND step = ?",
                                   arguments: [replacement.participant, replacement.step])
                    try StoreRows.apply(ChangeSet(ballots: ballots), entry: entry, in: db)
                    return .success(ballots)
                }
            }
        }
    }

    /// Replaces the workshop's description.
    @discardableResult
    public func updateInfo(command: String, summary: String, _ edit: (inout WorkshopInfo) throws -> Void) throws -> JournalEntry {
        try guarded {
            try queue.write { db in
                var info = try StoreRows.loadInfo(db, path: url.path)
                try edit(&info)
                _ = try beginEntry(db, command: command, step: nil, summary: summary)
                try StoreRows.updateMeta(db, key: StoreRows.infoKey, value: StoreRows.json(info))
                return try lastEntry(db)
            }
        }
    }

    private func markDone(step: String, in agenda: Agenda, entry: Int64, db: Database) throws {
        var agenda = agenda
        var found = false
        for d in agenda.days.indices {
            for s in agenda.days[d].steps.indices where agenda.days[d].steps[s].id == step {
                agenda.days[d].steps[s].status = .done
                found = true
            }
        }
        if found { try StoreRows.updateMeta(db, key: StoreRows.agendaKey, value: StoreRows.json(agenda)) }
    }

    func beginEntry(_ db: Database, command: String, step: String?, summary: String, undoes: Int64? = nil) throws -> Int64 {
        try db.execute(
            sql: "INSERT INTO journal(at, command, step, summary, undoes) VALUES (?, ?, ?, ?, ?)",
            arguments: [Self.timestamp(), command, step, summary, undoes])
        return db.lastInsertedRowID
    }

    func lastEntry(_ db: Database) throws -> JournalEntry {
        let row = try Row.fetchOne(db, sql: "SELECT id, at, command, step, summary, undone, undoes FROM journal ORDER BY id DESC LIMIT 1")!
        return JournalEntry(id: row["id"], at: row["at"], command: row["command"], step: row["step"],
                            summary: row["summary"], undone: row["undone"], undoes: row["undoes"])
    }

    /// The journal's time of a change, such as `2026-12-07T14:20:00Z` (a room records hundreds a second:
    /// a format style, not a formatter made each time).
    static func timestamp() -> String {
        Date().formatted(.iso8601)
    }

    // MARK: Undo

    /// Reverts the most recent change that has not been undone (an `init` cannot be undone).
    ///
    /// The rows the change inserted are deleted, and the rows it updated or deleted are put back from
    /// their before-images, through fixed statements over the fixed list of tables: nothing read from
    /// the file is run.
    /// - Returns: The entry that was reverted.
    /// - Throws: ``StoreError/nothingToUndo(path:)`` when only the creation remains.
    @discardableResult
    public func undo() throws -> JournalEntry {
        try guarded {
            try queue.write { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT id, at, command, step, summary, undone, undoes FROM journal
                    WHERE undone = 0 AND undoes IS NULL AND command != 'init' ORDER BY id DESC LIMIT 1
                    """)
                else { throw StoreError.nothingToUndo(path: url.path) }
                let target = JournalEntry(id: row["id"], at: row["at"], command: row["command"], step: row["step"],
                                          summary: row["summary"], undone: row["undone"], undoes: row["undoes"])
                if target.command == StoreSchema.upgradeCommand { throw StoreError.undoBeforeUpgrade(path: url.path) }
                let undoEntry = try beginEntry(db, command: "undo", step: target.step,
                                               summary: "Undid #\(target.id): \(target.command)", undoes: target.id)
                // Rows the change inserted go first, so the rows it replaced or removed can take their ids
                // back; a row it inserted and then updated comes back from its before-image under the
                // change's own number, and goes last.
                try deleteRows(insertedBy: target.id, db)
                for table in StoreSchema.restoredTables {
                    let columns = table.columns.joined(separator: ", ")
                    try db.execute(sql: """
                        INSERT OR REPLACE INTO \(table.name)(\(columns))
                        SELECT \(columns) FROM \(table.beforeImages)
                        WHERE seq IN (SELECT min(seq) FROM \(table.beforeImages) WHERE change = ? GROUP BY ord)
                        """, arguments: [target.id])
                }
                try deleteRows(insertedBy: target.id, db)
                for table in StoreSchema.restoredTables {
                    try db.execute(sql: "DELETE FROM \(table.beforeImages) WHERE change IN (?, ?)",
                                   arguments: [target.id, undoEntry])
                }
                try db.execute(sql: "UPDATE journal SET undone = 1 WHERE id = ?", arguments: [target.id])
                return target
            }
        }
    }

    private func deleteRows(insertedBy entry: Int64, _ db: Database) throws {
        for table in StoreSchema.tables {
            try db.execute(sql: "DELETE FROM \(table.name) WHERE entry = ?", arguments: [entry])
        }
    }
}

extension WorkshopStore {
    /// The history of the actions' follow-up, oldest first: every change each return brought.
    public func history() throws -> [HistoryRecord] {
        try guarded { try queue.read { db in try StoreRows.loadHistory(db, path: url.path) } }
    }
}
