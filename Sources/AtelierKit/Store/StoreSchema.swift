import GRDB

/// The tables of a workshop file and their migrations.
///
/// Every content table carries an `entry` column: the journal entry that inserted the row. Undo
/// deletes the rows an entry inserted and restores, through fixed statements, the before-images that
/// the update and delete triggers copied into the table's `<name>_before` twin while the entry ran.
/// Ballots and scores are only ever added (by an import or a method) and taken back together by
/// undo, so they need no before-images.
///
/// Nothing stored in a file is ever run as SQL: the schema itself is compared with the one the
/// migrations make before a file is used (see ``check(_:path:)``).
enum StoreSchema {
    /// Identifies an Atelier workshop among SQLite files (`PRAGMA application_id`): "ATLR".
    static let applicationID: Int32 = 0x4154_4C52

    /// A content table: its name and columns, `ord` (the row's recorded position) first.
    struct Table: Sendable {
        var name: String
        var columns: [String]
        /// Whether updates and deletes keep before-images for undo.
        var keepsBeforeImages = true

        /// The table that keeps this one's before-images.
        var beforeImages: String { "\(name)_before" }
    }

    /// Every content table as it is now, in the order undo visits them: the plain-rows tables with the
    /// columns later migrations added (`v4-attributes`), then the follow-up tables and the live room's.
    static let tables: [Table] = plainTables.map { table in
        var table = table
        if table.name == "participants" { table.columns.append("attributes") }
        return table
    } + followUpTables + [hiddenCards]

    /// The tables as the plain-rows format (migration `v3-plain`) made them.
    static let plainTables: [Table] = [
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
        Table(name: "scores", columns: ["ord", "item", "criterion", "value", "participant", "grp", "step", "entry"],
              keepsBeforeImages: false),
        Table(name: "ballots", columns: ["ord", "participant", "item", "dots", "step", "entry"], keepsBeforeImages: false),
        Table(name: "results", columns: ["ord", "step", "method", "body", "entry"]),
        Table(name: "actions", columns: [
            "ord", "id", "title", "description", "problem", "carrier_kind", "carrier_name", "owner", "partners",
            "horizon", "rank", "budget", "status", "milestones", "sources", "dots", "score", "entry",
        ]),
    ]

    /// The follow-up of each action and the history of its changes (migration `v5-follow-up`). History
    /// rows are only ever added, and taken back by undo with the change that added them.
    static let followUpTables: [Table] = [
        Table(name: "follow_ups", columns: [
            "ord", "action", "addressee", "service", "minister", "response", "justification", "measure", "progress",
            "received", "responded", "due", "next_review", "evidence", "parent", "weight", "entry",
        ]),
        Table(name: "history", columns: ["ord", "action", "field", "old", "new", "date", "file", "sheet", "row", "entry"],
              keepsBeforeImages: false),
    ]

    /// The cards the live room's facilitator took off the wall (migration `v7-hidden-cards`): rows are
    /// only ever added, and taken back by undo with the change that added them.
    static let hiddenCards = Table(name: "hidden_cards", columns: ["ord", "item", "entry"], keepsBeforeImages: false)

    /// The tables undo restores from before-images: those kept since `v3-plain`, and the ballots, kept
    /// since `v6-ballot-changes` (a voter in the live room changes their dots until the vote closes).
    static var restoredTables: [Table] { tables.filter { $0.keepsBeforeImages || $0.name == "ballots" } }

    /// The journal command of the entry that marks a file moved to the plain-rows format: changes
    /// before it kept their undo as statements, which are never run, so they cannot be undone.
    static let upgradeCommand = "upgrade"

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in try LegacySchema.createFirstFormat(db) }
        migrator.registerMigration("v2-sheets") { db in try LegacySchema.moveToSheets(db) }
        migrator.registerMigration("v3-plain") { db in
            let hadHistory = try Int.fetchOne(db, sql: "SELECT count(*) FROM journal") ?? 0 > 0
            try LegacySchema.dropStatementUndo(db)
            try db.execute(sql: """
                CREATE TABLE scores (ord INTEGER PRIMARY KEY AUTOINCREMENT, item TEXT NOT NULL, criterion TEXT NOT NULL,
                    value REAL NOT NULL, participant TEXT, grp TEXT, step TEXT, entry INTEGER NOT NULL);
                CREATE TABLE ballots (ord INTEGER PRIMARY KEY AUTOINCREMENT, participant TEXT, item TEXT NOT NULL,
                    dots INTEGER NOT NULL, step TEXT, entry INTEGER NOT NULL);
                """)
            try LegacySchema.unpackSheets(db)
            try db.execute(sql: "DROP TABLE ballot_sheets; DROP TABLE score_sheets")
            for table in plainTables where table.keepsBeforeImages { try createBeforeImages(for: table, in: db) }
            if hadHistory {
                try db.execute(
                    sql: "INSERT INTO journal(at, command, summary) VALUES (?, ?, ?)",
                    arguments: [WorkshopStore.timestamp(), upgradeCommand,
                                "Moved the file to this version's format; earlier changes can no longer be undone."])
            }
        }
        migrator.registerMigration("v4-attributes") { db in
            // A JSON object (name → value) with sorted keys, readable with sqlite3's json functions.
            try db.execute(sql: """
                ALTER TABLE participants ADD COLUMN attributes TEXT NOT NULL DEFAULT '{}';
                ALTER TABLE participants_before ADD COLUMN attributes TEXT;
                DROP TRIGGER participants_keep_update;
                DROP TRIGGER participants_keep_delete;
                """)
            try createKeepTriggers(for: tables.first { $0.name == "participants" }!, in: db)
        }
        migrator.registerMigration("v5-follow-up") { db in
            try db.execute(sql: """
                CREATE TABLE follow_ups (ord INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL UNIQUE, addressee TEXT,
                    service TEXT NOT NULL, minister TEXT NOT NULL, response TEXT, justification TEXT NOT NULL,
                    measure TEXT NOT NULL, progress INTEGER, received TEXT, responded TEXT, due TEXT, next_review TEXT,
                    evidence TEXT NOT NULL, parent TEXT, weight REAL NOT NULL, entry INTEGER NOT NULL);
                CREATE TABLE history (ord INTEGER PRIMARY KEY AUTOINCREMENT, action TEXT NOT NULL, field TEXT NOT NULL,
                    old TEXT NOT NULL, new TEXT NOT NULL, date TEXT NOT NULL, file TEXT NOT NULL, sheet TEXT, row INTEGER,
                    entry INTEGER NOT NULL);
                CREATE INDEX history_action ON history(action, ord);
                """)
            for table in followUpTables where table.keepsBeforeImages { try createBeforeImages(for: table, in: db) }
        }
        migrator.registerMigration("v6-ballot-changes") { db in
            // Only deletes keep a ballot's before-image (ballots are never updated), and not when the
            // change running is the undo of the one that inserted the row: that row is gone for good.
            let ballots = tables.first { $0.name == "ballots" }!
            let columns = ballots.columns.joined(separator: ", ")
            let old = ballots.columns.map { "old.\($0)" }.joined(separator: ", ")
            try db.execute(sql: """
                CREATE TABLE \(ballots.beforeImages) (seq INTEGER PRIMARY KEY, change INTEGER NOT NULL, \(columns));
                CREATE INDEX \(ballots.beforeImages)_change ON \(ballots.beforeImages)(change);
                CREATE TRIGGER ballots_keep_delete AFTER DELETE ON ballots
                WHEN NOT EXISTS (SELECT 1 FROM journal WHERE id = (SELECT max(id) FROM journal) AND undoes = old.entry) BEGIN
                    INSERT INTO \(ballots.beforeImages)(change, \(columns)) VALUES ((SELECT max(id) FROM journal), \(old));
                END;
                """)
        }
        migrator.registerMigration("v7-hidden-cards") { db in
            try db.execute(sql: """
                CREATE TABLE \(hiddenCards.name) (ord INTEGER PRIMARY KEY AUTOINCREMENT, item TEXT NOT NULL UNIQUE,
                    entry INTEGER NOT NULL)
                """)
        }
        return migrator
    }

    /// Creates the twin table that keeps a table's before-images, and the triggers that fill it: each
    /// update or delete copies the old row, tagged with the journal entry being recorded (`change`).
    static func createBeforeImages(for table: Table, in db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE \(table.beforeImages) (seq INTEGER PRIMARY KEY, change INTEGER NOT NULL, \(table.columns.joined(separator: ", ")));
            CREATE INDEX \(table.beforeImages)_change ON \(table.beforeImages)(change);
            """)
        try createKeepTriggers(for: table, in: db)
    }

    /// The triggers that copy a row's old values into the table's before-images on update and delete.
    static func createKeepTriggers(for table: Table, in db: Database) throws {
        let columns = table.columns.joined(separator: ", ")
        let old = table.columns.map { "old.\($0)" }.joined(separator: ", ")
        let current = "(SELECT max(id) FROM journal)"
        try db.execute(sql: """
            CREATE TRIGGER \(table.name)_keep_update AFTER UPDATE ON \(table.name) BEGIN
                INSERT INTO \(table.beforeImages)(change, \(columns)) VALUES (\(current), \(old));
            END;
            CREATE TRIGGER \(table.name)_keep_delete AFTER DELETE ON \(table.name) BEGIN
                INSERT INTO \(table.beforeImages)(change, \(columns)) VALUES (\(current), \(old));
            END;
            """)
    }

    /// Refuses a file whose schema is not exactly the one Atelier's migrations make: an extra table,
    /// view, index or trigger, or a changed definition, could run code or hide rows.
    ///
    /// The file is compared with an empty database migrated in memory to the same migration.
    static func check(_ db: Database, path: String) throws {
        let applied = try migrator.appliedIdentifiers(db)
        guard let last = migrator.migrations.last(where: applied.contains) else {
            throw StoreError.changedOutside(path: path, reason: "it records no migration")
        }
        guard applied == Set(migrator.migrations.prefix(through: migrator.migrations.firstIndex(of: last)!)) else {
            throw StoreError.changedOutside(path: path, reason: "its migrations are out of order")
        }
        let reference = try DatabaseQueue()
        try migrator.migrate(reference, upTo: last)
        let expected = try reference.read(schema)
        let found = try schema(db)
        if let extra = found.first(where: { !expected.contains($0) }) {
            throw StoreError.changedOutside(path: path, reason: "\(extra.type) ‘\(extra.name)’ is not Atelier's")
        }
        if let missing = expected.first(where: { !found.contains($0) }) {
            throw StoreError.changedOutside(path: path, reason: "\(missing.type) ‘\(missing.name)’ is missing")
        }
    }

    /// One object of a schema as SQLite records it.
    private struct SchemaObject: Hashable {
        var type: String
        var name: String
        var table: String
        var sql: String?
    }

    private static func schema(_ db: Database) throws -> [SchemaObject] {
        try Row.fetchAll(db, sql: "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").map {
            SchemaObject(type: $0[0], name: $0[1], table: $0[2], sql: $0[3])
        }
    }
}
