import Foundation
import GRDB

/// Maps model values to table rows and back.
enum StoreRows {
    static let infoKey = "info"
    static let agendaKey = "agenda"

    // MARK: JSON columns

    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func decode<T: Decodable>(_ type: T.Type, _ text: String, path: String, table: String, row: Int64) throws -> T {
        do {
            return try JSONDecoder().decode(type, from: Data(text.utf8))
        } catch {
            throw StoreError.corrupt(path: path, table: table, row: row, reason: "\(error)")
        }
    }

    // MARK: Meta

    static func insertMeta(_ db: Database, key: String, value: String, entry: Int64) throws {
        try db.execute(sql: "INSERT INTO meta(key, value, entry) VALUES (?, ?, ?)", arguments: [key, value, entry])
    }

    static func updateMeta(_ db: Database, key: String, value: String) throws {
        try db.execute(sql: "UPDATE meta SET value = ? WHERE key = ? AND value != ?", arguments: [value, key, value])
    }

    static func loadInfo(_ db: Database, path: String) throws -> WorkshopInfo {
        guard let row = try Row.fetchOne(db, sql: "SELECT ord, value FROM meta WHERE key = ?", arguments: [infoKey]) else {
            throw StoreError.corrupt(path: path, table: "meta", row: 0, reason: "the workshop description is missing")
        }
        return try decode(WorkshopInfo.self, row["value"], path: path, table: "meta", row: row["ord"])
    }

    static func loadAgenda(_ db: Database, path: String) throws -> Agenda {
        guard let row = try Row.fetchOne(db, sql: "SELECT ord, value FROM meta WHERE key = ?", arguments: [agendaKey]) else {
            return Agenda()
        }
        return try decode(Agenda.self, row["value"], path: path, table: "meta", row: row["ord"])
    }

    // MARK: Loading

    /// The workshop, leaving out the parts named (empty in the value returned); info and agenda are
    /// always loaded.
    static func loadWorkshop(_ db: Database, path: String, leavingOut omitted: Set<ModelPart> = []) throws -> Workshop {
        var workshop = Workshop(info: try loadInfo(db, path: path), agenda: try loadAgenda(db, path: path))
        if !omitted.contains(.participants) { workshop.participants = try loadParticipants(db, path: path) }
        if !omitted.contains(.items) { workshop.items = try loadItems(db, path: path) }
        if !omitted.contains(.categories) {
            workshop.categories = try Row.fetchAll(db, sql: "SELECT * FROM categories ORDER BY ord").map { row in
                Category(id: row["id"], name: row["name"], description: row["description"])
            }
        }
        if !omitted.contains(.criteria) { workshop.criteria = try loadCriteria(db, path: path) }
        if !omitted.contains(.scores) { workshop.scores = try loadScores(db) }
        if !omitted.contains(.ballots) { workshop.ballots = try loadBallots(db) }
        if !omitted.contains(.results) {
            workshop.results = try Row.fetchAll(db, sql: "SELECT ord, body FROM results ORDER BY ord").map { row in
                try decode(StepResult.self, row["body"], path: path, table: "results", row: row["ord"])
            }
        }
        if !omitted.contains(.actions) {
            try forEachAction(db, path: path, carrier: nil) { workshop.actions.append($0) }
        }
        return workshop
    }

    static func loadItems(_ db: Database, path: String) throws -> [Item] {
        try Row.fetchAll(db, sql: "SELECT * FROM items ORDER BY ord").map { row in
            guard let kind = ItemKind(rawValue: row["kind"]) else {
                throw StoreError.corrupt(path: path, table: "items", row: row["ord"], reason: "unknown kind")
            }
            let position: SheetPosition? = try (row["position"] as String?).map {
                try decode(SheetPosition.self, $0, path: path, table: "items", row: row["ord"])
            }
            return Item(id: row["id"], text: row["text"], kind: kind, category: row["category"], author: row["author"],
                        buildsOn: row["builds_on"], step: row["step"], addresses: row["addresses"],
                        dimension: row["dimension"], duplicateOf: row["duplicate_of"], position: position)
        }
    }

    static func loadCriteria(_ db: Database, path: String) throws -> [Criterion] {
        try Row.fetchAll(db, sql: "SELECT * FROM criteria ORDER BY ord").map { row in
            guard let direction = Criterion.Direction(rawValue: row["direction"]) else {
                throw StoreError.corrupt(path: path, table: "criteria", row: row["ord"], reason: "unknown direction")
            }
            return Criterion(id: row["id"], name: row["name"], scaleMin: row["scale_min"], scaleMax: row["scale_max"],
                             weight: row["weight"], direction: direction)
        }
    }

    /// The participants, or only the one with this id.
    static func loadParticipants(_ db: Database, path: String, id: String? = nil) throws -> [Participant] {
        var participants: [Participant] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT ord, id, name, grp, role, attributes FROM participants"
                                           + (id == nil ? "" : " WHERE id = ?") + " ORDER BY ord", arguments: StatementArguments(id.map { [$0] } ?? []))
        while let row = try rows.next() {
            guard let role = Role(rawValue: row[4]) else {
                throw StoreError.corrupt(path: path, table: "participants", row: row[0], reason: "unknown role")
            }
            let attributesText: String = row[5]
            let attributes = attributesText == "{}" ? [:]
                : try decode([String: String].self, attributesText, path: path, table: "participants", row: row[0])
            participants.append(Participant(id: row[1], name: row[2], group: row[3], role: role, attributes: attributes))
        }
        return participants
    }

    /// Visits actions in recorded order (`ord`), or in priority order.
    ///
    /// An export visits every action once per document part, so the rows are read through
    /// ``BulkStatement`` and the string lists parsed with ``JSONParser``: `JSONDecoder` and GRDB's
    /// named columns took a third of a 100,000-action export (see BENCHMARKS.md).
    static func forEachAction(
        _ db: Database, path: String, carrier: Carrier.Kind?, priorityOrder: Bool = false,
        _ body: (Action) throws -> Void
    ) throws {
        let filter = carrier == nil ? "" : "WHERE a.carrier_kind = ?"
        let order = priorityOrder ? "a.rank IS NULL, a.rank, a.ord" : "a.ord"
        let rows = try BulkStatement(db, sql: """
            SELECT a.ord, a.id, a.title, a.description, a.problem, a.carrier_kind, a.carrier_name, a.owner, a.partners,
                   a.horizon, a.rank, a.budget, a.status, a.milestones, a.sources, a.dots, a.score,
                   f.ord, f.addressee, f.service, f.minister, f.response, f.justification, f.measure, f.progress,
                   f.received, f.responded, f.due, f.next_review, f.evidence, f.parent, f.weight
            FROM actions a LEFT JOIN follow_ups f ON f.action = a.id \(filter) ORDER BY \(order)
            """)
        if let carrier { rows.bind(1, carrier.rawValue) }
        try rows.forEachRow { try body(try action(rows, path: path)) }
    }

    /// The action in the current row of ``forEachAction(_:path:carrier:priorityOrder:_:)``'s query.
    private static func action(_ row: BulkStatement, path: String) throws -> Action {
        let ord = Int64(row.integer(0))
        func corrupt(_ reason: String) -> StoreError {
            StoreError.corrupt(path: path, table: "actions", row: ord, reason: reason)
        }
        func strings(_ column: Int32, _ name: String) throws -> [String] {
            guard let text = row.text(column), text != "[]" else { return [] }
            guard case .array(let values) = try? JSONParser.parse(Array(text.utf8)) else {
                throw corrupt("\(name) is not a JSON list")
            }
            return try values.map { value in
                guard case .string(let string) = value else { throw corrupt("\(name) holds something other than text") }
                return string
            }
        }
        let carrier: Carrier
        switch Carrier.Kind(rawValue: row.text(5) ?? "") {
        case .administration: carrier = .administration
        case .government: carrier = .government
        case .other: carrier = .other(row.text(6) ?? "")
        case nil: throw corrupt("unknown carrier")
        }
        guard let status = ActionStatus(rawValue: row.text(12) ?? "") else { throw corrupt("unknown status") }
        let milestonesText = row.text(13) ?? "[]"
        return Action(
            id: row.text(1) ?? "", title: row.text(2) ?? "", description: row.text(3) ?? "", problem: row.text(4) ?? "",
            carrier: carrier, owner: row.text(7) ?? "", partners: try strings(8, "partners"),
            horizon: row.text(9).flatMap(Horizon.init), rank: row.optionalInteger(10), budget: row.text(11) ?? "",
            status: status,
            milestones: milestonesText == "[]" ? [] : try decode([Milestone].self, milestonesText, path: path, table: "actions", row: ord),
            sources: try strings(14, "sources"), dots: row.optionalInteger(15), score: row.optionalReal(16),
            followUp: try followUp(row, path: path, strings: strings))
    }

    /// The follow-up in columns 17 to 31 of the current row (all NULL when the action has none).
    private static func followUp(
        _ row: BulkStatement, path: String, strings: (Int32, String) throws -> [String]
    ) throws -> FollowUp {
        guard let ord = row.optionalInteger(17) else { return FollowUp() }
        func corrupt(_ reason: String) -> StoreError {
            StoreError.corrupt(path: path, table: "follow_ups", row: Int64(ord), reason: reason)
        }
        func date(_ column: Int32, _ name: String) throws -> CalendarDate? {
            guard let text = row.text(column) else { return nil }
            guard let date = CalendarDate(text) else { throw corrupt("\(name) is not a date") }
            return date
        }
        let addressee = try row.text(18).map { text in
            guard let value = FollowUp.Addressee(rawValue: text) else { throw corrupt("unknown addressee") }
            return value
        }
        let response = try row.text(21).map { text in
            guard let value = FollowUp.Response(rawValue: text) else { throw corrupt("unknown response") }
            return value
        }
        return FollowUp(
            addressee: addressee, service: row.text(19) ?? "", minister: row.text(20) ?? "", response: response,
            justification: row.text(22) ?? "", measure: row.text(23) ?? "", progress: row.optionalInteger(24),
            received: try date(25, "received"), responded: try date(26, "responded"), due: try date(27, "due"),
            nextReview: try date(28, "next_review"), evidence: try strings(29, "evidence"), parent: row.text(30),
            weight: row.optionalReal(31) ?? 1)
    }

    /// The history of the follow-up, oldest first.
    static func loadHistory(_ db: Database, path: String) throws -> [HistoryRecord] {
        let columns = "ord, action, field, old, new, date, file, sheet, row, entry"
        return try Row.fetchAll(db, sql: "SELECT \(columns) FROM history ORDER BY ord").map { row in
            guard let date = CalendarDate(row[5] as String) else {
                throw StoreError.corrupt(path: path, table: "history", row: row[0], reason: "date is not a date")
            }
            return HistoryRecord(action: row[1], field: row[2], old: row[3], new: row[4], date: date,
                                 file: row[6], sheet: row[7], row: row[8], entry: row[9])
        }
    }

    // MARK: Applying

    /// Writes a change set, tagging every inserted row with the journal entry.
    static func apply(_ changes: ChangeSet, entry: Int64, in db: Database) throws {
        for id in changes.actions.remove {
            try db.execute(sql: "DELETE FROM actions WHERE id = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM follow_ups WHERE action = ?", arguments: [id])
        }
        for id in changes.items.remove { try db.execute(sql: "DELETE FROM items WHERE id = ?", arguments: [id]) }
        for id in changes.criteria.remove { try db.execute(sql: "DELETE FROM criteria WHERE id = ?", arguments: [id]) }
        for id in changes.categories.remove { try db.execute(sql: "DELETE FROM categories WHERE id = ?", arguments: [id]) }
        for id in changes.participants.remove { try db.execute(sql: "DELETE FROM participants WHERE id = ?", arguments: [id]) }

        try upsert(db, "participants", ["id", "name", "grp", "role", "attributes"], changes.participants.upsert, entry) {
            [$0.id, $0.name, $0.group, $0.role.rawValue, try json($0.attributes)]
        }
        try upsert(db, "categories", ["id", "name", "description"], changes.categories.upsert, entry) {
            [$0.id, $0.name, $0.description]
        }
        try upsert(db, "criteria", ["id", "name", "scale_min", "scale_max", "weight", "direction"],
                   changes.criteria.upsert, entry) {
            [$0.id, $0.name, $0.scaleMin, $0.scaleMax, $0.weight, $0.direction.rawValue]
        }
        try upsert(db, "items", ["id", "text", "kind", "category", "author", "builds_on", "step", "addresses",
                                 "dimension", "duplicate_of", "position"], changes.items.upsert, entry) {
            [$0.id, $0.text, $0.kind.rawValue, $0.category, $0.author, $0.buildsOn, $0.step, $0.addresses,
             $0.dimension, $0.duplicateOf, try $0.position.map(json)]
        }
        try upsert(db, "actions", ["id", "title", "description", "problem", "carrier_kind", "carrier_name", "owner",
                                   "partners", "horizon", "rank", "budget", "status", "milestones", "sources", "dots",
                                   "score"], changes.actions.upsert, entry) {
            [$0.id, $0.title, $0.description, $0.problem, $0.carrier.kind.rawValue, $0.carrier.name, $0.owner,
             try json($0.partners), $0.horizon?.description, $0.rank, $0.budget, $0.status.rawValue,
             try json($0.milestones), try json($0.sources), $0.dots, $0.score]
        }
        try upsert(db, "follow_ups", ["action", "addressee", "service", "minister", "response", "justification", "measure",
                                      "progress", "received", "responded", "due", "next_review", "evidence", "parent", "weight"],
                   changes.followUps.sorted { $0.key < $1.key }, entry, key: "action") { id, f in
            [id, f.addressee?.rawValue, f.service, f.minister, f.response?.rawValue, f.justification, f.measure, f.progress,
             f.received?.description, f.responded?.description, f.due?.description, f.nextReview?.description,
             try json(f.evidence), f.parent, f.weight]
        }
        for record in changes.history {
            try db.execute(sql: """
                INSERT INTO history(action, field, old, new, date, file, sheet, row, entry) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [record.action, record.field, record.old, record.new, record.date.description, record.file,
                                 record.sheet, record.row, entry])
        }
        try insertScores(changes.scores, entry: entry, db)
        try insertBallots(changes.ballots, entry: entry, db)
        try upsert(db, "results", ["step", "method", "body"], changes.results, entry, key: "step") {
            [$0.step, $0.method, try json($0)]
        }
    }

    // MARK: Scores and ballots

    // One row per ballot and per score, so a public vote can be audited with sqlite3 alone.

    static func loadScores(_ db: Database) throws -> [Score] {
        var scores: [Score] = []
        scores.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM scores") ?? 0)
        let rows = try Row.fetchCursor(db, sql: "SELECT item, criterion, value, participant, grp, step FROM scores ORDER BY ord")
        while let row = try rows.next() {
            scores.append(Score(item: row[0], criterion: row[1], value: row[2], participant: row[3], group: row[4], step: row[5]))
        }
        return scores
    }

    /// The ballots, or only one voter's ballots of a step.
    static func loadBallots(_ db: Database, of voter: (participant: String, step: String)? = nil) throws -> [Ballot] {
        var ballots: [Ballot] = []
        if voter == nil { ballots.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM ballots") ?? 0) }
        let rows = try Row.fetchCursor(db, sql: "SELECT participant, item, dots, step FROM ballots"
                                           + (voter == nil ? "" : " WHERE participant = ? AND step = ?") + " ORDER BY ord",
                                       arguments: StatementArguments(voter.map { [$0.participant, $0.step] } ?? []))
        while let row = try rows.next() {
            ballots.append(Ballot(participant: row[0], item: row[1], dots: row[2], step: row[3]))
        }
        return ballots
    }

    /// A vote or a score sheet can bring a million rows, written through ``BulkStatement``: a million
    /// ballots were imported in 4.4 s with GRDB's statement arguments, 3.6 s this way (see BENCHMARKS.md).
    static func insertScores(_ scores: [Score], entry: Int64, _ db: Database) throws {
        guard !scores.isEmpty else { return }
        let insert = try BulkStatement(db, sql: """
            INSERT INTO scores(item, criterion, value, participant, grp, step, entry) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        for score in scores {
            insert.bind(1, score.item)
            insert.bind(2, score.criterion)
            insert.bind(3, score.value)
            insert.bind(4, score.participant)
            insert.bind(5, score.group)
            insert.bind(6, score.step)
            insert.bind(7, entry)
            try insert.insert()
        }
    }

    static func insertBallots(_ ballots: [Ballot], entry: Int64, _ db: Database) throws {
        guard !ballots.isEmpty else { return }
        let insert = try BulkStatement(db, sql: "INSERT INTO ballots(participant, item, dots, step, entry) VALUES (?, ?, ?, ?, ?)")
        for ballot in ballots {
            insert.bind(1, ballot.participant)
            insert.bind(2, ballot.item)
            insert.bind(3, Int64(ballot.dots))
            insert.bind(4, ballot.step)
            insert.bind(5, entry)
            try insert.insert()
        }
    }

    /// Inserts rows, or updates in place (keeping their recorded position) the rows whose key exists.
    private static func upsert<T>(
        _ db: Database, _ table: String, _ columns: [String], _ values: [T], _ entry: Int64, key: String = "id",
        _ row: (T) throws -> [(any DatabaseValueConvertible)?]
    ) throws {
        guard !values.isEmpty else { return }
        let placeholders = Array(repeating: "?", count: columns.count + 1).joined(separator: ", ")
        let updates = columns.filter { $0 != key }.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let statement = try db.makeStatement(sql: """
            INSERT INTO \(table)(\(columns.joined(separator: ", ")), entry) VALUES (\(placeholders))
            ON CONFLICT(\(key)) DO UPDATE SET \(updates)
            """)
        for value in values {
            try statement.execute(arguments: StatementArguments(try row(value) + [entry]))
        }
    }
}
