import GRDB
import GRDBSQLite

/// A prepared statement run once per row through SQLite's own binding, stepping and column calls.
///
/// GRDB wraps every argument in a `DatabaseValue` and every row in a `Row`: an export visits every
/// action once per document part, and GRDB's named columns with `JSONDecoder` took a third of a
/// 100,000-action export; a city-wide vote writes a million ballots (see BENCHMARKS.md). Those are
/// read and written here instead, on the statement GRDB prepared, inside the transaction GRDB
/// opened, so errors and rollbacks behave as for any statement.
struct BulkStatement {
    private let statement: Statement
    private let db: Database
    private var raw: SQLiteStatement { statement.sqliteStatement }

    init(_ db: Database, sql: String) throws {
        self.db = db
        statement = try db.makeStatement(sql: sql)
    }

    /// SQLite copies the bytes during the call (`SQLITE_TRANSIENT`), so the string may go right away.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    func bind(_ index: Int32, _ text: String?) {
        guard var text else {
            sqlite3_bind_null(raw, index)
            return
        }
        text.withUTF8 { sqlite3_bind_text(raw, index, $0.baseAddress, Int32($0.count), Self.transient) }
    }

    func bind(_ index: Int32, _ value: Int64) { sqlite3_bind_int64(raw, index, value) }

    func bind(_ index: Int32, _ value: Double) { sqlite3_bind_double(raw, index, value) }

    /// Runs the statement with the values bound, then makes it ready for the next row.
    func insert() throws {
        let code = sqlite3_step(raw)
        sqlite3_reset(raw)
        guard code == SQLITE_DONE else { throw failure(code) }
    }

    /// Visits every row of a query; `body` reads the columns with ``text(_:)``, ``integer(_:)``
    /// and ``real(_:)``.
    func forEachRow(_ body: () throws -> Void) throws {
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else { throw failure(code) }
            try body()
        }
    }

    /// A text column of the current row; nil for NULL.
    func text(_ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(raw, column) else { return nil }
        let count = Int(sqlite3_column_bytes(raw, column))
        return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    }

    func integer(_ column: Int32) -> Int { Int(sqlite3_column_int64(raw, column)) }

    func real(_ column: Int32) -> Double { sqlite3_column_double(raw, column) }

    /// An integer column of the current row; nil for NULL.
    func optionalInteger(_ column: Int32) -> Int? { isNull(column) ? nil : integer(column) }

    /// A real column of the current row; nil for NULL.
    func optionalReal(_ column: Int32) -> Double? { isNull(column) ? nil : real(column) }

    private func isNull(_ column: Int32) -> Bool { sqlite3_column_type(raw, column) == SQLITE_NULL }

    private func failure(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)),
                      sql: statement.sql)
    }
}
