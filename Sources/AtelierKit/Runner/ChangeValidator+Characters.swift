/// The characters ids and texts may not hold, whatever brought them (a CSV file, a spreadsheet, a
/// module's output).
extension ChangeValidator {
    /// The first character of `id` that an id, or a reference to one, may not hold: a control or
    /// invisible character (Unicode general categories Cc, Cf, Zl and Zp: NUL, line breaks, tabs,
    /// zero-width spaces and joiners, bidirectional overrides, the byte-order mark…). Two ids that
    /// differ only by such characters look the same to people, so neither is accepted.
    static func hiddenCharacter(in id: String) -> Unicode.Scalar? {
        if id.utf8.allSatisfy({ (0x20..<0x7F).contains($0) }) { return nil }
        return id.unicodeScalars.first { scalar in
            switch scalar.properties.generalCategory {
            case .control, .format, .lineSeparator, .paragraphSeparator: true
            default: false
            }
        }
    }

    /// What is wrong with an id or reference holding `scalar`, the id shown with each hidden
    /// character written `<U+XXXX>` so the message itself hides nothing.
    static func hiddenCharacterMessage(_ id: String, _ scalar: Unicode.Scalar) -> String {
        var shown = ""
        for s in id.unicodeScalars {
            if hiddenCharacter(in: String(s)) != nil { shown += "<\(code(s))>" } else { shown.unicodeScalars.append(s) }
        }
        return "'\(shown)' holds \(code(scalar)), a control or invisible character; ids must be visible text"
    }

    private static func code(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// Texts holding NUL, which no text may hold: every text a change can write that is neither an
    /// id nor a reference (those are checked with ``hiddenCharacter(in:)``).
    static func nulIssues(in changes: ChangeSet) -> [ChangeIssue] {
        var issues: [ChangeIssue] = []
        func check(_ part: ModelPart, _ index: Int, _ field: String, _ texts: [String?]) {
            if texts.contains(where: { $0?.utf8.contains(0) == true }) {
                issues.append(ChangeIssue(part: part, index: index, field: field,
                                          message: "holds a NUL character (U+0000), which no text may hold"))
            }
        }
        for (i, p) in changes.participants.upsert.enumerated() {
            check(.participants, i, "name", [p.name])
            check(.participants, i, "group", [p.group])
        }
        for (i, item) in changes.items.upsert.enumerated() {
            check(.items, i, "text", [item.text])
            check(.items, i, "dimension", [item.dimension])
        }
        for (i, c) in changes.categories.upsert.enumerated() {
            check(.categories, i, "name", [c.name])
            check(.categories, i, "description", [c.description])
        }
        for (i, c) in changes.criteria.upsert.enumerated() { check(.criteria, i, "name", [c.name]) }
        for (i, a) in changes.actions.upsert.enumerated() {
            for (field, text) in [("title", a.title), ("description", a.description), ("problem", a.problem),
                                  ("owner", a.owner), ("budget", a.budget)] {
                check(.actions, i, field, [text])
            }
            check(.actions, i, "carrier", [a.carrier.name])
            check(.actions, i, "partners", a.partners)
            check(.actions, i, "milestones", a.milestones.map(\.title))
        }
        for (i, score) in changes.scores.enumerated() where score.group != nil { check(.scores, i, "group", [score.group]) }
        for (i, r) in changes.results.enumerated() {
            check(.results, i, "method", [r.method])
            check(.results, i, "summary", [r.summary])
            check(.results, i, "notes", r.notes)
            check(.results, i, "entries", r.entries.flatMap { [$0.group] + $0.flags })
            check(.results, i, "groups", r.groups.flatMap { [$0.name] + $0.sheetTopics })
            check(.results, i, "metrics", Array(r.metrics.keys))
        }
        return issues
    }
}
