import Foundation
import GRDB

/// The file formats before plain rows, kept only to move old files over: the first format (v1),
/// whose undo log held statements, and the packed sheets of ballots and scores (v2).
///
/// These functions make exactly the schema those versions made, so that ``StoreSchema/check(_:path:)``
/// can compare an old file with it before moving it over. Nothing here runs a statement read from a
/// file: the v3 migration drops the old undo log unread.
enum LegacySchema {
    /// A table as the first two formats logged its undo statements for.
    private struct Table {
        var name: String
        var columns: [String]
    }

    private static let firstTables: [Table] = StoreSchema.plainTables.map { Table(name: $0.name, columns: $0.columns) }
    private static let sheetTables = ["score_sheets", "ballot_sheets"].map {
        Table(name: $0, columns: ["ord", "step", "count", "rows", "entry"])
    }

    /// The first format (migration v1).
    static func createFirstFormat(_ db: Database) throws {
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
        for table in firstTables { try createStatementUndo(for: table, in: db) }
    }

    /// Ballots and scores packed into sheets (migration v2).
    static func moveToSheets(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE ballot_sheets (ord INTEGER PRIMARY KEY AUTOINCREMENT, step TEXT, count INTEGER NOT NULL,
                rows BLOB NOT NULL, entry INTEGER NOT NULL);
            CREATE TABLE score_sheets (ord INTEGER PRIMARY KEY AUTOINCREMENT, step TEXT, count INTEGER NOT NULL,
                rows BLOB NOT NULL, entry INTEGER NOT NULL);
            """)
        try packRows(db)
        try db.execute(sql: "DROP TABLE ballots; DROP TABLE scores")
        for table in sheetTables { try createStatementUndo(for: table, in: db) }
    }

    /// Drops the undo log of statements and its triggers (migration v3), without reading it.
    static func dropStatementUndo(_ db: Database) throws {
        for name in firstTables.map(\.name).filter({ $0 != "scores" && $0 != "ballots" }) + sheetTables.map(\.name) {
            try db.execute(sql: "DROP TRIGGER \(name)_undo_update; DROP TRIGGER \(name)_undo_delete")
        }
        try db.execute(sql: "DROP TABLE undo_log")
    }

    /// Moves the ballots and scores of sheets into plain rows, in order, with the entry of their sheet
    /// (migration v3).
    static func unpackSheets(_ db: Database) throws {
        let ballots = try db.makeStatement(sql: "INSERT INTO ballots(participant, item, dots, step, entry) VALUES (?, ?, ?, ?, ?)")
        for sheet in try Row.fetchAll(db, sql: "SELECT ord, step, count, rows, entry FROM ballot_sheets ORDER BY ord") {
            var reader = try PackedReader(sheet, table: "ballot_sheets")
            for _ in 0..<(sheet["count"] as Int) {
                let participant = try reader.optionalText(), item = try reader.text(), dots = try reader.integer()
                try ballots.execute(arguments: [participant, item, dots, sheet["step"], sheet["entry"]])
            }
            try reader.end()
        }
        let scores = try db.makeStatement(sql: """
            INSERT INTO scores(participant, grp, item, criterion, value, step, entry) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for sheet in try Row.fetchAll(db, sql: "SELECT ord, step, count, rows, entry FROM score_sheets ORDER BY ord") {
            var reader = try PackedReader(sheet, table: "score_sheets")
            for _ in 0..<(sheet["count"] as Int) {
                let participant = try reader.optionalText(), group = try reader.optionalText()
                let item = try reader.text(), criterion = try reader.text(), value = try reader.number()
                try scores.execute(arguments: [participant, group, item, criterion, value, sheet["step"], sheet["entry"]])
            }
            try reader.end()
        }
    }

    /// Packs first-format ballots and scores into sheets: one for each run of rows of the same change
    /// and step (migration v2).
    private static func packRows(_ db: Database) throws {
        let insert = try db.makeStatement(sql: "INSERT INTO ballot_sheets(step, count, rows, entry) VALUES (?, ?, ?, ?)")
        var sheet = PackedWriter()
        for row in try Row.fetchAll(db, sql: "SELECT participant, item, dots, step, entry FROM ballots ORDER BY ord") {
            if !sheet.holds(step: row["step"], entry: row["entry"]) { try sheet.flush(into: insert) }
            sheet.start(step: row["step"], entry: row["entry"])
            sheet.optionalText(row["participant"])
            sheet.text(row["item"])
            sheet.integer(row["dots"])
        }
        try sheet.flush(into: insert)
        let insertScores = try db.makeStatement(sql: "INSERT INTO score_sheets(step, count, rows, entry) VALUES (?, ?, ?, ?)")
        for row in try Row.fetchAll(db, sql: "SELECT item, criterion, value, participant, grp, step, entry FROM scores ORDER BY ord") {
            if !sheet.holds(step: row["step"], entry: row["entry"]) { try sheet.flush(into: insertScores) }
            sheet.start(step: row["step"], entry: row["entry"])
            sheet.optionalText(row["participant"])
            sheet.optionalText(row["grp"])
            sheet.text(row["item"])
            sheet.text(row["criterion"])
            sheet.number(row["value"])
        }
        try sheet.flush(into: insertScores)
    }

    /// Creates the triggers of the first two formats: for each update or delete, the statement that
    /// reverses it, as text.
    private static func createStatementUndo(for table: Table, in db: Database) throws {
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

/// Writes the rows of one v2 sheet: a version byte (1), then each row's fields in turn: a text as a
/// varint of its UTF-8 length then the bytes, an optional text the same with the length plus one (0
/// for none), a whole number as a zig-zag varint, a number as the 8 bytes of its IEEE 754 bits, least
/// significant first.
private struct PackedWriter {
    private var bytes: [UInt8] = []
    private var count = 0
    private var step: String?
    private var entry: Int64 = 0

    func holds(step: String?, entry: Int64) -> Bool { count == 0 || (step == self.step && entry == self.entry) }

    mutating func start(step: String?, entry: Int64) {
        if count == 0 { (bytes, self.step, self.entry) = ([1], step, entry) }
        count += 1
    }

    mutating func flush(into insert: Statement) throws {
        guard count > 0 else { return }
        try insert.execute(arguments: [step, count, Data(bytes), entry])
        count = 0
    }

    mutating func text(_ text: String) {
        varint(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func optionalText(_ text: String?) {
        guard let text else { return bytes.append(0) }
        varint(UInt64(text.utf8.count) + 1)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func integer(_ value: Int) {
        let value = Int64(value)
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func number(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    private mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}

/// Reads the rows of one v2 sheet (see ``PackedWriter``), refusing to read past its end.
private struct PackedReader {
    private let bytes: [UInt8]
    private var offset = 1
    private let table: String
    private let ord: Int64

    init(_ sheet: Row, table: String) throws {
        bytes = [UInt8]((sheet["rows"] as Data?) ?? Data())
        self.table = table
        ord = sheet["ord"]
        guard bytes.first == 1 else { throw damage("unknown sheet format") }
    }

    private func damage(_ reason: String) -> StoreError {
        StoreError.corrupt(path: "", table: table, row: ord, reason: reason)
    }

    func end() throws {
        guard offset == bytes.count else { throw damage("the sheet holds more rows than it counts") }
    }

    mutating func text() throws -> String {
        try text(length: try varint())
    }

    mutating func optionalText() throws -> String? {
        let length = try varint()
        return length == 0 ? nil : try text(length: length - 1)
    }

    mutating func integer() throws -> Int {
        let zigzag = try varint()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func number() throws -> Double {
        guard bytes.count - offset >= 8 else { throw damage("the sheet ends in the middle of a row") }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    private mutating func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw damage("the sheet ends in the middle of a row")
    }

    private mutating func text(length: UInt64) throws -> String {
        guard length <= UInt64(bytes.count - offset) else { throw damage("the sheet ends in the middle of a row") }
        let end = offset + Int(length)
        defer { offset = end }
        return String(decoding: bytes[offset..<end], as: UTF8.self)
    }
}
