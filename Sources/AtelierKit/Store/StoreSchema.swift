import GRDB

/// The tables of a workshop file and their migrations.
///
/// Every content table carries an `entry` column: the journal entry that inserted the row. Undo deletes
/// the rows an entry inserted, and replays the before-images that the update and delete triggers logged
/// in `undo_log` while the entry ran. The triggers are generated from the column lists below, so a new
/// column cannot be forgotten by the undo machinery.
enum StoreSchema {
    /// Identifies an Atelier workshop among SQLite files (`PRAGMA application_id`): "ATLR".
    static let applicationID: Int32 = 0x4154_4C52

    /// A content table: its name and columns, `ord` (the row's recorded position) first.
    struct Table {
        var name: String
        var columns: [String]
    }

    static let tables: [Table] = [
        Table(name: "meta", columns: ["ord", "key", "value", "entry"]),
        Table(name: "participants", columns: ["ord", "id", "name", "grp", "role", "entry"]),
        Table(name: "items", columns: [
            "ord", "id", "text", "kind", "category", "author", "builds_on", "step", "addresses", "dimension",
            "duplicate_of", "position", "entry",
        ]),
        Table(name: "categories", columns: ["ord", "id", "name", "description", "entry"]),
        Table(name: "criteria", columns: [
            "ord", "id", "name", "scale_min", "scale_max", "weight", "direction", "entry",
        ]),
        Table(name: "score_sheets", columns: ["ord", "step", "count", "rows", "entry"]),
        Table(name: "ballot_sheets", columns: ["ord", "step", "count", "rows", "entry"]),
        Table(name: "results", columns: ["ord", "step", "method", "body", "entry"]),
        Table(name: "actions", columns: [
            "ord", "id", "title", "description", "problem", "carrier_kind", "carrier_name", "owner", "partners",
            "horizon", "rank", "budget", "status", "milestones", "sources", "dots", "score", "entry",
        ]),
    ]

    /// The tables as the first format made them: scores and ballots one row each, before sheets.
    private static let firstTables = tables.map { table in
        switch table.name {
        case "score_sheets": Table(name: "scores", columns: ["ord", "item", "criterion", "value", "participant", "grp", "step", "entry"])
        case "ballot_sheets": Table(name: "ballots", columns: ["ord", "participant", "item", "dots", "step", "entry"])
        default: table
        }
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE journal (
                    id INTEGER PRIMARY KEY,
                    at TEXT NOT NULL,
                    command TEXT NOT NULL,
                    step TEXT,
                    summary TEXT NOT NULL,
                    undone INTEGER NOT NULL DEFAULT 0,
                    undoes INTEGER
                );
                CREATE TABLE undo_log (
                    seq INTEGER PRIMARY KEY,
                    entry INTEGER NOT NULL,
                    statement TEXT NOT NULL
                );
                CREATE INDEX undo_log_entry ON undo_log(entry);
                CREATE TABLE meta (ord INTEGER PRIMARY KEY AUTOINCREMENT, key TEXT NOT NULL UNIQUE, value TEXT NOT NULL,
                    entry INTEGER NOT NULL);
                CREATE TABLE participants (ord INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                    grp TEXT, role TEXT NOT NULL, entry INTEGER NOT NULL);
                CREATE TABLE items (ord INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, text TEXT NOT NULL,
                    kind TEXT NOT NULL, category TEXT, author TEXT, builds_on TEXT, step TEXT, addresses TEXT,
                    dimension TEXT, duplicate_of TEXT, position TEXT, entry INTEGER NOT NULL);
                CREATE TABLE categories (ord INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                    description TEXT, entry INTEGER NOT NULL);
                CREATE TABLE criteria (ord INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
                    scale_min REAL NOT NULL, scale_max REAL NOT NULL, weight REAL NOT NULL,
                    direction TEXT NOT NULL, entry INTEGER NOT NULL);
                CREATE TABLE scores (ord INTEGER PRIMARY KEY AUTOINCREMENT, item TEXT NOT NULL, criterion TEXT NOT NULL,
                    value REAL NOT NULL, participant TEXT, grp TEXT, step TEXT, entry INTEGER NOT NULL);
                CREATE TABLE ballots (ord INTEGER PRIMARY KEY AUTOINCREMENT, participant TEXT, item TEXT NOT NULL,
                    dots INTEGER NOT NULL, step TEXT, entry INTEGER NOT NULL);
                CREATE TABLE results (ord INTEGER PRIMARY KEY AUTOINCREMENT, step TEXT NOT NULL UNIQUE, method TEXT NOT NULL,
                    body TEXT NOT NULL, entry INTEGER NOT NULL);
                CREATE TABLE actions (ord INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, title TEXT NOT NULL,
                    description TEXT NOT NULL, problem TEXT NOT NULL, carrier_kind TEXT NOT NULL,
                    carrier_name TEXT, owner TEXT NOT NULL, partners TEXT NOT NULL, horizon TEXT,
                    rank INTEGER, budget TEXT NOT NULL, status TEXT NOT NULL, milestones TEXT NOT NULL,
                    sources TEXT NOT NULL, dots INTEGER, score REAL, entry INTEGER NOT NULL);
                CREATE INDEX actions_priority ON actions(rank IS NULL, rank, ord);
                """)
            for table in firstTables { try createUndoTriggers(for: table, in: db) }
        }
        migrator.registerMigration("v2-sheets") { db in
            try db.execute(sql: """
                CREATE TABLE ballot_sheets (ord INTEGER PRIMARY KEY AUTOINCREMENT, step TEXT, count INTEGER NOT NULL,
                    rows BLOB NOT NULL, entry INTEGER NOT NULL);
                CREATE TABLE score_sheets (ord INTEGER PRIMARY KEY AUTOINCREMENT, step TEXT, count INTEGER NOT NULL,
                    rows BLOB NOT NULL, entry INTEGER NOT NULL);
                """)
            try packRows(db)
            try db.execute(sql: "DROP TABLE ballots; DROP TABLE scores")
            for table in tables where table.name.hasSuffix("_sheets") { try createUndoTriggers(for: table, in: db) }
        }
        return migrator
    }

    /// Moves the ballots and scores of a first-format file into sheets: one for each run of rows of
    /// the same change and step, in their recorded order.
    private static func packRows(_ db: Database) throws {
        var ballots: [(Ballot, Int64)] = []
        let ballotRows = try BulkStatement(db, sql: "SELECT participant, item, dots, step, entry FROM ballots ORDER BY ord")
        try ballotRows.forEachRow {
            ballots.append((Ballot(participant: ballotRows.text(0), item: ballotRows.text(1) ?? "", dots: ballotRows.integer(2),
                                   step: ballotRows.text(3)), Int64(ballotRows.integer(4))))
        }
        for (entry, run) in runsByEntry(ballots) { try StoreRows.insertBallots(run, entry: entry, db) }
        var scores: [(Score, Int64)] = []
        let scoreRows = try BulkStatement(db, sql: "SELECT item, criterion, value, participant, grp, step, entry FROM scores ORDER BY ord")
        try scoreRows.forEachRow {
            scores.append((Score(item: scoreRows.text(0) ?? "", criterion: scoreRows.text(1) ?? "", value: scoreRows.real(2),
                                 participant: scoreRows.text(3), group: scoreRows.text(4), step: scoreRows.text(5)),
                           Int64(scoreRows.integer(6))))
        }
        for (entry, run) in runsByEntry(scores) { try StoreRows.insertScores(run, entry: entry, db) }
    }

    /// The rows split into runs of the same journal entry, in order.
    private static func runsByEntry<T>(_ rows: [(T, Int64)]) -> [(Int64, [T])] {
        var runs: [(Int64, [T])] = []
        for (row, entry) in rows {
            if runs.last?.0 == entry { runs[runs.count - 1].1.append(row) } else { runs.append((entry, [row])) }
        }
        return runs
    }

    /// Creates the triggers that log, for each update or delete, the statement that reverses it.
    static func createUndoTriggers(for table: Table, in db: Database) throws {
        let current = "(SELECT max(id) FROM journal)"
        let assignments = table.columns.dropFirst()
            .map { "'\($0)=' || quote(old.\($0))" }
            .joined(separator: " || ',' || ")
        let values = table.columns.map { "quote(old.\($0))" }.joined(separator: " || ',' || ")
        let columnList = table.columns.joined(separator: ",")
        try db.execute(sql: """
            CREATE TRIGGER \(table.name)_undo_update AFTER UPDATE ON \(table.name) BEGIN
                INSERT INTO undo_log(entry, statement) VALUES (\(current),
                    'UPDATE \(table.name) SET ' || \(assignments) || ' WHERE ord=' || old.ord);
            END;
            CREATE TRIGGER \(table.name)_undo_delete AFTER DELETE ON \(table.name) BEGIN
                INSERT INTO undo_log(entry, statement) VALUES (\(current),
                    'INSERT INTO \(table.name)(\(columnList)) VALUES(' || \(values) || ')');
            END;
            """)
    }
}
