extension Importer.Builder {
    /// The follow-up of an action with the columns the row has: a column left out keeps the
    /// recorded value, a blank cell clears it. A rejected or partly adopted recommendation needs its
    /// justification.
    func followUp(_ row: Importer.Row, _ recorded: FollowUp) throws -> FollowUp {
        let language = workshop.info.language
        var f = recorded
        if row.has("addressee") {
            f.addressee = try word(row, "addressee", FollowUp.Addressee.init(parsing:),
                                   FollowUp.Addressee.allCases.map { $0.name(in: language) })
        }
        if row.has("response") {
            f.response = try word(row, "response", FollowUp.Response.init(parsing:),
                                  FollowUp.Response.allCases.map { $0.name(in: language) })
        }
        if row.has("service") { f.service = row.text("service").trimmedWhitespace }
        if row.has("minister") { f.minister = row.text("minister").trimmedWhitespace }
        if row.has("justification") { f.justification = row.text("justification").trimmedWhitespace }
        if row.has("measure") { f.measure = row.text("measure").trimmedWhitespace }
        if row.has("progress") { f.progress = try progress(row) }
        if row.has("received") { f.received = try date(row, "received") }
        if row.has("responded") { f.responded = try date(row, "responded") }
        if row.has("due") { f.due = try date(row, "due") }
        if row.has("next_review") { f.nextReview = try date(row, "next_review") }
        if row.has("evidence") {
            f.evidence = row.text("evidence").split(whereSeparator: \.isNewline).map { String($0).trimmedWhitespace }.filter { !$0.isEmpty }
        }
        if row.has("parent") { f.parent = row.optional("parent") }
        if row.has("weight") {
            let weight = try row.number("weight") ?? 1
            guard weight > 0 else { throw row.error("weight", "'\(row.text("weight"))' is not a weight; write a number above 0 (1 unless set)") }
            f.weight = weight
        }
        if let response = f.response, response.needsJustification, f.justification.isEmpty {
            throw row.error("justification", "'\(response.name(in: language))' needs a justification: say why in this column")
        }
        return f
    }

    /// A word of a column read in any language, refused with the words of the workshop's language.
    private func word<T>(_ row: Importer.Row, _ column: String, _ parse: (String) -> T?, _ names: [String]) throws -> T? {
        guard let text = row.optional(column) else { return nil }
        guard let value = parse(text) else {
            throw row.error(column, "'\(text)' is not \(column == "addressee" ? "an" : "a") \(column); use one of \(names.joined(separator: ", "))")
        }
        return value
    }

    /// Progress in per cent, 0 to 100, with or without the sign.
    private func progress(_ row: Importer.Row) throws -> Int? {
        guard let text = row.optional("progress") else { return nil }
        let digits = text.hasSuffix("%") ? String(text.dropLast()).trimmedWhitespace : text
        guard let value = Int(digits), (0...100).contains(value) else {
            throw row.error("progress", "'\(text)' is not a progress; write a whole number from 0 to 100")
        }
        return value
    }

    private func date(_ row: Importer.Row, _ column: String) throws -> CalendarDate? {
        guard let text = row.optional(column) else { return nil }
        guard let date = CalendarDate(text) else { throw row.error(column, "'\(text)' is not a date; write YYYY-MM-DD") }
        return date
    }
}

extension Importer {
    /// Each action's `parent` names another action, of the workshop or of the file, and following
    /// parents never comes back to where it started.
    func checkParents(_ actions: [Action], lines: [Int], workshop: Workshop) throws {
        var parents = Dictionary(workshop.actions.map { ($0.id, $0.followUp.parent) }, uniquingKeysWith: { first, _ in first })
        for action in actions { parents[action.id] = action.followUp.parent }
        for (index, action) in actions.enumerated() {
            guard let parent = action.followUp.parent else { continue }
            let line = index < lines.count ? lines[index] : nil
            guard parents.keys.contains(parent) else {
                throw error(line: line, field: "parent", "'\(parent)' is no action of the workshop or of this file")
            }
            var seen: Set<String> = [action.id]
            var next: String? = parent
            while let current = next {
                guard seen.insert(current).inserted else {
                    throw error(line: line, field: "parent", "'\(parent)' leads back to \(action.id); an action cannot be part of itself")
                }
                next = parents[current] ?? nil
            }
        }
    }
}
