import Foundation

extension Importer {
    /// Reads records into model values, keeping the line of each so problems can be located.
    struct Builder {
        let importer: Importer
        let workshop: Workshop
        var changes = ChangeSet()
        /// Line of each element of each list of the change set, by part.
        var lines = PartLines()
        /// Participant ids known so far, the workshop's and this file's.
        var participantIDs: Set<String>
        /// Existing items and actions by id, and the last number given to a new id of each prefix:
        /// look-ups stay constant-time in files of many thousand rows.
        let itemsByID: [String: Item]
        let actionsByID: [String: Action]
        var lastNumber: [String: Int] = [:]
        /// Ballots and scores seen, each once per voter or rater, item, criterion and step, with the line
        /// of each (0 for those of earlier imports).
        var seen: [RecordKey: Int] = [:]

        /// What makes a ballot or a score unique: a second one with the same key is a mistake.
        struct RecordKey: Hashable {
            /// The participant, or the group, who placed the dots or gave the score; nil for the plenary
            /// or a paper count.
            var rater: Rater?
            var item: String
            var criterion: String?
            var step: String?
        }

        enum Rater: Hashable {
            case participant(String)
            case group(String)

            init?(participant: String?, group: String?) {
                if let participant { self = .participant(participant) } else if let group { self = .group(group) } else { return nil }
            }
        }

        init(importer: Importer, workshop: Workshop) {
            self.importer = importer
            self.workshop = workshop
            participantIDs = Set(workshop.participants.map(\.id))
            itemsByID = importer.kind == .items ? Dictionary(workshop.items.map { ($0.id, $0) }) { a, _ in a } : [:]
            actionsByID = importer.kind == .actions ? Dictionary(workshop.actions.map { ($0.id, $0) }) { a, _ in a } : [:]
            if importer.kind == .ballots || importer.kind == .scores {
                // A wide score sheet holds one score per criterion column in each row.
                let perRow = importer.kind == .scores && importer.isWideScores
                    ? importer.table.header.filter { !Importer.scoreKeyColumns.contains($0) }.count : 1
                seen.reserveCapacity(workshop.ballots.count + workshop.scores.count + importer.table.records.count * perRow)
            }
            if importer.kind == .ballots {
                for b in workshop.ballots {
                    seen[RecordKey(rater: Rater(participant: b.participant, group: nil), item: b.item, step: b.step)] = 0
                }
            }
            if importer.kind == .scores {
                for s in workshop.scores {
                    seen[RecordKey(rater: Rater(participant: s.participant, group: s.group), item: s.item,
                                   criterion: s.criterion, step: s.step)] = 0
                }
            }
        }

        mutating func build() throws -> ChangeSet {
            let source = RowSource(importer)
            switch importer.kind {
            case .participants: try eachRow(source) { try $0.participant($1) }
            case .items: try eachRow(source) { try $0.item($1) }
            case .categories: try eachRow(source) { try $0.category($1) }
            case .criteria: try eachRow(source) { try $0.criterion($1) }
            case .ballots: try eachRow(source) { try $0.ballot($1) }
            case .scores:
                let long = importer.table.column("criterion") != nil
                let columns = importer.table.header.filter { !Importer.scoreKeyColumns.contains($0) }
                try eachRow(source) { try $0.scores($1, long: long, columns: columns) }
            case .actions: try eachRow(source) { try $0.action($1) }
            }
            return changes
        }

        /// Reads the rows one after the other: a row may refer to the rows before it.
        private mutating func eachRow(_ source: RowSource, _ read: (inout Builder, Row) throws -> Void) throws {
            for record in importer.table.records { try read(&self, Row(record: record, source: source)) }
        }

        // MARK: Kinds

        mutating func participant(_ row: Row) throws {
            let id = try row.required("id")
            var roleValue = workshop.participant(id)?.role ?? .participant
            if let text = row.optional("role") {
                guard let role = Role(rawValue: text.lowercased()) else {
                    throw row.error("role", "'\(text)' is not a role; use \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                roleValue = role
            }
            let group = row.has("group") ? row.optional("group") : workshop.participant(id)?.group
            var attributes = workshop.participant(id)?.attributes ?? [:]
            for column in importer.attributeColumns {
                let value = row.optional(column)
                if let value, value.count > Importer.maximumAttributeLength.value {
                    throw row.error(column, "\(value.count) characters; an attribute's value has at most \(Importer.maximumAttributeLength.value)")
                }
                attributes[column] = value
            }
            record(.participants, row)
            participantIDs.insert(id)
            changes.participants.upsert.append(Participant(id: id, name: try row.requiredText("name"), group: group, role: roleValue,
                                                           attributes: attributes))
        }

        mutating func item(_ row: Row) throws {
            let kindText = try row.required("kind")
            guard let kind = ItemKind(rawValue: kindText.lowercased()) else {
                throw row.error("kind", "'\(kindText)' is not a kind of card; use \(ItemKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let id = row.optional("id") ?? nextID(prefix: "item-", for: .items)
            var item = itemsByID[id] ?? Item(id: id, text: "", kind: kind)
            item.text = try row.requiredText("text")
            item.kind = kind
            if row.has("category") { item.category = try row.optional("category").map { try categoryID(for: $0, row) } }
            if row.has("author") { item.author = try row.optional("author").map { try participantID(for: $0, row, field: "author") } }
            if row.has("builds_on") { item.buildsOn = row.optional("builds_on") }
            if row.has("addresses") { item.addresses = row.optional("addresses") }
            if row.has("dimension") { item.dimension = row.optional("dimension") }
            if row.has("position") { item.position = try row.optional("position").map { try sheetPosition($0, row) } }
            item.step = try self.step(row) ?? item.step
            record(.items, row)
            changes.items.upsert.append(item)
        }

        mutating func category(_ row: Row) throws {
            let name = try row.requiredText("name")
            let id = row.optional("id") ?? Slug.make(name, fallback: "category")
            record(.categories, row)
            changes.categories.upsert.append(Category(id: id, name: name, description: row.optional("description")))
        }

        mutating func criterion(_ row: Row) throws {
            let id = try row.required("id")
            var criterion = workshop.criterion(id) ?? Criterion(id: id, name: id)
            if let name = row.optional("name") { criterion.name = name }
            if let v = try row.number("min") { criterion.scaleMin = v }
            if let v = try row.number("max") { criterion.scaleMax = v }
            if let v = try row.number("weight") { criterion.weight = v }
            if let text = row.optional("direction") {
                switch text.lowercased() {
                case "higher", "higher is better", "high": criterion.direction = .higherIsBetter
                case "lower", "lower is better", "low": criterion.direction = .lowerIsBetter
                default: throw row.error("direction", "'\(text)' is not a direction; use higher or lower")
                }
            }
            record(.criteria, row)
            changes.criteria.upsert.append(criterion)
        }

        /// A ballot: the voter known, the item given, whole dots, the step in the agenda, and no voter
        /// on the same item twice.
        mutating func ballot(_ row: Row) throws {
            let voter = try row.optional("participant").map { try participantID(for: $0, row, field: "participant") }
            let item = try row.required("item")
            guard let dots = try row.integer("dots") else { throw row.error("dots", "missing number of dots") }
            let ballot = Ballot(participant: voter, item: item, dots: dots, step: try step(row))
            try recordOnce(RecordKey(rater: Rater(participant: voter, group: nil), item: item, step: ballot.step), row) { place in
                let who = voter.map { "participant '\($0)'" } ?? "the paper round"
                return "duplicate ballot: \(who) already placed dots on item '\(item)' \(place)"
            }
            record(.ballots, row)
            changes.ballots.append(ballot)
        }

        /// Scores, one per criterion column of a wide sheet: the rater known, the item given, numbers in
        /// the value columns, the step in the agenda, and no rater on the same item and criterion twice.
        mutating func scores(_ row: Row, long: Bool, columns: [String]) throws {
            let item = try row.required("item")
            let participant = try row.optional("participant").map { try participantID(for: $0, row, field: "participant") }
            let group = row.optional("group")
            let step = try step(row)
            if long {
                guard let value = try row.number("value") else { throw row.error("value", "missing score") }
                let criterion = try row.required("criterion")
                try score(Score(item: item, criterion: criterion, value: value, participant: participant, group: group, step: step), row)
                return
            }
            for column in columns {
                guard let value = try row.number(column) else { continue }
                try score(Score(item: item, criterion: column, value: value, participant: participant, group: group, step: step), row)
            }
        }

        /// Adds one score, refusing a second score by the same rater for the same item, criterion and step.
        private mutating func score(_ score: Score, _ row: Row) throws {
            let key = RecordKey(rater: Rater(participant: score.participant, group: score.group), item: score.item,
                                criterion: score.criterion, step: score.step)
            try recordOnce(key, row) { place in
                let rater = score.participant.map { "participant '\($0)'" } ?? score.group.map { "group '\($0)'" } ?? "the plenary"
                return "duplicate score: \(rater) already scored item '\(score.item)' on criterion '\(score.criterion)' \(place); keep one of the two"
            }
            record(.scores, row)
            changes.scores.append(score)
        }

        mutating func action(_ row: Row) throws {
            let id = row.optional("id") ?? nextID(prefix: "A", for: .actions, width: 2)
            let existing = actionsByID[id]
            let carrier: Carrier
            if let text = row.optional("carrier") {
                carrier = Carrier(parsing: text)!
            } else if let old = existing?.carrier {
                carrier = old
            } else {
                let language = workshop.info.language
                throw row.error("carrier", "missing carrier: who must act (\(Carrier.Kind.administration.name(in: language)), "
                                + "\(Carrier.Kind.government.name(in: language)), or the name of another body)")
            }
            var action = existing ?? Action(id: id, title: "", carrier: carrier)
            action.title = try row.requiredText("title")
            action.carrier = carrier
            if row.has("description") { action.description = row.text("description") }
            if row.has("problem") { action.problem = row.text("problem") }
            if row.has("owner") { action.owner = row.text("owner") }
            if row.has("budget") { action.budget = row.text("budget") }
            if row.has("partners") {
                action.partners = row.text("partners").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            }
            if row.has("horizon") {
                if let text = row.optional("horizon") {
                    guard let horizon = Horizon(text) else {
                        throw row.error("horizon", "'\(text)' is not a horizon; write YYYY, YYYY-MM or YYYY-MM-DD")
                    }
                    action.horizon = horizon
                } else {
                    action.horizon = nil
                }
            }
            if row.has("rank") { action.rank = try row.integer("rank") }
            if let text = row.optional("status") {
                guard let status = ActionStatus(parsing: text) else {
                    throw row.error("status", "'\(text)' is not a status; use \(ActionStatus.hint(in: workshop.info.language))")
                }
                action.status = status
            }
            if row.has("items") {
                let sources = row.text("items").split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
                if sources != action.sources {
                    // The figures drawn from the old sources no longer hold; the method that wrote the
                    // action derives them again (see ImportDeriving).
                    action.dots = nil
                    action.score = nil
                }
                action.sources = sources
            }
            if row.has("milestones") { action.milestones = try milestones(row) }
            action.followUp = try followUp(row, action.followUp)
            record(.actions, row)
            changes.actions.upsert.append(action)
        }

        // MARK: Lookups

        mutating func record(_ part: ModelPart, _ row: Row) {
            lines.append(row.record.line, to: part)
        }

        /// Notes a ballot or score, throwing the message `duplicate` gives (told where the first one is)
        /// when one with the same key was seen on an earlier line or in an earlier import.
        mutating func recordOnce(_ key: RecordKey, _ row: Row, duplicate: (String) -> String) throws {
            if let earlier = seen.updateValue(row.record.line, forKey: key) {
                let place = earlier > 0 ? "on line \(earlier)" : "in an earlier import\(key.step.map { " for step '\($0)'" } ?? "")"
                throw row.error("item", duplicate(place))
            }
        }

        /// The step a record belongs to: its `step` column, which must name a step of the agenda, or the
        /// step given with the import.
        func step(_ row: Row) throws -> String? {
            guard let id = row.optional("step") else { return importer.step }
            guard workshop.agenda.step(id) != nil else {
                let known = workshop.agenda.steps.map(\.id)
                throw row.error("step", "no step '\(id)' in the agenda" + (known.isEmpty ? "" : "; use one of \(known.joined(separator: ", "))"))
            }
            return id
        }

        /// A participant named by id, or by name (ignoring case only: a name holding an invisible
        /// character is another name) when no id matches and the name is unique.
        func participantID(for text: String, _ row: Row, field: String) throws -> String {
            if participantIDs.contains(text) { return text }
            let known = workshop.participants + changes.participants.upsert
            let name = text.lowercased()
            let named = known.filter { $0.name.lowercased() == name }
            if named.count == 1 { return named[0].id }
            throw row.error(field, named.isEmpty ? "unknown participant '\(text)'; import participants first"
                                                 : "'\(text)' names \(named.count) participants; use their ids")
        }

        /// A category by id or name; a new name creates the category.
        mutating func categoryID(for text: String, _ row: Row) throws -> String {
            let known = workshop.categories + changes.categories.upsert
            if known.contains(where: { $0.id == text }) { return text }
            let name = text.lowercased()
            if let match = known.first(where: { $0.name.lowercased() == name }) { return match.id }
            let id = Slug.make(text, fallback: "category")
            record(.categories, row)
            changes.categories.upsert.append(Category(id: id, name: text))
            return id
        }

        /// A brainwriting position written `group/sheet/round/slot`, each a whole number from 1.
        func sheetPosition(_ text: String, _ row: Row) throws -> SheetPosition {
            let parts = text.split(separator: "/").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard parts.count == 4, let g = parts[0], let s = parts[1], let r = parts[2], let k = parts[3],
                  g >= 1, s >= 1, r >= 1, k >= 1
            else { throw row.error("position", "'\(text)' is not a sheet position; write group/sheet/round/slot, for example 1/2/3/1") }
            return SheetPosition(group: g, sheet: s, round: r, slot: k)
        }

        /// A new id: the prefix and the number after the highest used so far in the workshop and this file.
        mutating func nextID(prefix: String, for part: ModelPart, width: Int = 1) -> String {
            if lastNumber[prefix] == nil {
                let existing = part == .actions ? workshop.actions.map(\.id) : workshop.items.map(\.id)
                let used = (existing + changes.items.upsert.map(\.id) + changes.actions.upsert.map(\.id))
                    .compactMap { $0.hasPrefix(prefix) ? Int($0.dropFirst(prefix.count)) : nil }
                lastNumber[prefix] = used.max() ?? 0
            }
            lastNumber[prefix]! += 1
            let number = String(lastNumber[prefix]!)
            return prefix + String(repeating: "0", count: max(0, width - number.count)) + number
        }
    }

    /// The line of each element of each list of a change set, by part.
    struct PartLines {
        private var lists = [[Int]](repeating: [], count: ModelPart.allCases.count)

        subscript(part: ModelPart) -> [Int] { lists[Self.slot(part)] }

        mutating func append(_ line: Int, to part: ModelPart) { lists[Self.slot(part)].append(line) }

        private static func slot(_ part: ModelPart) -> Int {
            switch part {
            case .info: 0
            case .agenda: 1
            case .participants: 2
            case .items: 3
            case .categories: 4
            case .criteria: 5
            case .scores: 6
            case .ballots: 7
            case .results: 8
            case .actions: 9
            }
        }
    }

    /// The importer every row of a file reads its columns through, shared rather than copied: a
    /// million-row file makes a million rows.
    final class RowSource {
        let importer: Importer
        /// The table's column names, held apart so that finding a column copies nothing.
        let header: [String]

        init(_ importer: Importer) {
            self.importer = importer
            header = importer.table.header
        }

        /// The index of a column, if the table has it.
        func column(_ name: String) -> Int? { header.firstIndex(of: name) }
    }

    /// One record with its columns by name.
    struct Row {
        let record: ImportTable.Record
        let source: RowSource
        var importer: Importer { source.importer }

        func has(_ column: String) -> Bool { source.column(column) != nil }

        /// The field as typed; empty when the column is absent.
        func text(_ column: String) -> String {
            source.column(column).map { record.fields[$0] } ?? ""
        }

        /// The trimmed field, or nil when absent or blank.
        func optional(_ column: String) -> String? {
            let value = text(column).trimmedWhitespace
            return value.isEmpty ? nil : value
        }

        func required(_ column: String) throws -> String {
            guard let value = optional(column) else { throw error(column, "missing value") }
            return value
        }

        /// A text field that must not be blank, kept as typed.
        func requiredText(_ column: String) throws -> String {
            let value = text(column)
            guard !value.isBlank else { throw error(column, "missing value") }
            return value
        }

        func integer(_ column: String) throws -> Int? {
            guard let text = optional(column) else { return nil }
            guard let value = Int(text) else { throw error(column, "'\(text)' is not a whole number") }
            return value
        }

        /// A number; a decimal comma (`3,5`) is accepted as spreadsheets in fr/nl/de write it.
        func number(_ column: String) throws -> Double? {
            guard let text = optional(column) else { return nil }
            let point = text.utf8.contains(UInt8(ascii: ",")) ? String(text.map { $0 == "," ? "." : $0 }) : text
            guard let value = Double(point), value.isFinite else {
                throw error(column, "'\(text)' is not a number")
            }
            return value
        }

        func error(_ column: String, _ message: String) -> ImportError {
            importer.error(line: record.line, field: column, message)
        }
    }
}
