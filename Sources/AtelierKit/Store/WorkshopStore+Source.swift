import GRDB

extension WorkshopStore: WorkshopSource {
    public func workshopWithoutActions() throws -> Workshop {
        try guarded { try queue.read { db in try StoreRows.loadWorkshop(db, path: url.path, withActions: false) } }
    }

    public func actionCount(carrier: Carrier.Kind?) throws -> Int {
        try guarded {
            try queue.read { db in
                if let carrier {
                    return try Int.fetchOne(db, sql: "SELECT count(*) FROM actions WHERE carrier_kind = ?",
                                            arguments: [carrier.rawValue]) ?? 0
                }
                return try Int.fetchOne(db, sql: "SELECT count(*) FROM actions") ?? 0
            }
        }
    }

    public func forEachAction(carrier: Carrier.Kind?, _ body: (Action) throws -> Void) throws {
        try guarded {
            try queue.read { db in
                try StoreRows.forEachAction(db, path: url.path, carrier: carrier, priorityOrder: true, body)
            }
        }
    }
}
