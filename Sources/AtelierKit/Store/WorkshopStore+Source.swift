import GRDB

extension WorkshopStore: WorkshopSource {
    public func workshopWithoutActions() throws -> Workshop {
        try withSnapshot { try $0.workshopWithoutActions() }
    }

    public func actionCount(carrier: Carrier.Kind?) throws -> Int {
        try withSnapshot { try $0.actionCount(carrier: carrier) }
    }

    public func forEachAction(carrier: Carrier.Kind?, _ body: (Action) throws -> Void) throws {
        try withSnapshot { try $0.forEachAction(carrier: carrier, body) }
    }

    /// Runs `body` inside one read transaction: what it reads is the workshop as it was when the
    /// transaction began. Another process that writes meanwhile waits (up to ``busyTimeout``) until
    /// `body` returns.
    public func withSnapshot<T>(_ body: (any WorkshopSource) throws -> T) throws -> T {
        try guarded { try queue.read { db in try body(Snapshot(db: db, path: url.path)) } }
    }
}

/// The workshop as one open read transaction of the store sees it.
private struct Snapshot: WorkshopSource {
    let db: Database
    /// The workshop file, as messages name it.
    let path: String

    func workshopWithoutActions() throws -> Workshop {
        try StoreRows.loadWorkshop(db, path: path, leavingOut: [.actions])
    }

    func actionCount(carrier: Carrier.Kind?) throws -> Int {
        if let carrier {
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM actions WHERE carrier_kind = ?", arguments: [carrier.rawValue]) ?? 0
        }
        return try Int.fetchOne(db, sql: "SELECT count(*) FROM actions") ?? 0
    }

    func forEachAction(carrier: Carrier.Kind?, _ body: (Action) throws -> Void) throws {
        try StoreRows.forEachAction(db, path: path, carrier: carrier, priorityOrder: true, body)
    }

    func history() throws -> [HistoryRecord] {
        try StoreRows.loadHistory(db, path: path)
    }
}
