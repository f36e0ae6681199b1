import Foundation

/// Turns a checked table (a CSV file, or a sheet of a spreadsheet) into a change set for a workshop,
/// naming the line (or sheet and row) and column of any problem. An import is all or nothing: one
/// bad record and nothing of the file is applied.
public struct Importer: Sendable {
    public var kind: ImportKind
    public var table: ImportTable
    /// The file as messages name it.
    public var file: String
    /// The agenda step ballots, scores or items belong to, unless the file has a `step` column.
    public var step: String?
    /// The day the history of the follow-up records an actions file's changes on; nil for today
    /// where the workshop is.
    public var date: CalendarDate?

    public init(kind: ImportKind, table: ImportTable, file: String, step: String? = nil, date: CalendarDate? = nil) {
        self.date = date
        self.kind = kind
        self.table = table
        self.file = file
        self.step = step
    }

    /// An importer of a CSV file.
    public init(kind: ImportKind, table: CSVTable, file: String, step: String? = nil) {
        self.init(kind: kind, table: ImportTable(table), file: file, step: step)
    }

    /// Builds the change set and checks it against the workshop.
    /// - Parameter extraChecks: Checks a method adds for its own step (a voter's dot budget), by index;
    ///   they run once the model's own checks pass.
    /// - Returns: The changes and a one-line summary. An actions file brings only the actions that
    ///   differ from the workshop's (see ``ActionImportReport``).
    /// - Throws: ``ImportError`` naming file, line and column.
    public func changes(
        for workshop: Workshop, extraChecks: ((ChangeSet, Workshop) -> [ChangeIssue])? = nil
    ) throws -> (changes: ChangeSet, summary: String) {
        try checkHeader()
        try checkCriterionColumns(of: workshop)
        var builder = Builder(importer: self, workshop: workshop)
        let changes = try builder.build()
        let model = ChangeValidator().issues(in: changes, for: workshop)
        let issues = model.isEmpty ? extraChecks?(changes, workshop) ?? [] : model
        if let issue = issues.first {
            let lines = builder.lines[issue.part]
            let line = issue.index.flatMap { $0 < lines.count ? lines[$0] : nil }
            throw error(line: line, field: column(for: issue, in: changes), issue.message)
        }
        let name = (file as NSString).lastPathComponent
        guard kind == .actions else {
            return (changes, "Imported \(table.records.count) \(kind.rawValue) from \(name).")
        }
        try checkParents(changes.actions.upsert, lines: builder.lines[.actions], workshop: workshop)
        let report = ActionImportReport(changes.actions.upsert, lines: builder.lines[.actions], workshop: workshop)
        let day = date ?? CalendarDate.today(in: workshop.info.timeZone)
        return (report.changes(workshop: workshop, file: name, sheet: table.sheet, date: day), report.summary(file: name))
    }

    /// The column an issue is about: the validator names model fields, and a wide scores file holds
    /// each score's value in its criterion's column.
    func column(for issue: ChangeIssue, in changes: ChangeSet) -> String? {
        if issue.part == .scores, issue.field == "value", isWideScores, let index = issue.index, index < changes.scores.count {
            return changes.scores[index].criterion
        }
        switch issue.field {
        case "sources": return "items"
        case "scale": return "min"
        default: return issue.field
        }
    }

    /// The columns of a wide scores file that say who scored what, where; every other is a criterion.
    static let scoreKeyColumns: Set<String> = ["participant", "group", "item", "step"]

    /// A scores file with one column per criterion rather than `criterion` and `value` columns.
    var isWideScores: Bool { kind == .scores && table.column("criterion") == nil }

    /// Each column of a wide scores file must name one of the workshop's criteria.
    private func checkCriterionColumns(of workshop: Workshop) throws {
        guard isWideScores else { return }
        for name in table.header where !Self.scoreKeyColumns.contains(name) && workshop.criterion(name) == nil {
            let known = workshop.criteria.map(\.id)
            throw error(line: table.headerLine, field: name, "unknown criterion '\(name)'; "
                + (known.isEmpty ? "import criteria first" : "the workshop's criteria are \(known.joined(separator: ", "))"))
        }
    }

    private func checkHeader() throws {
        var seen = Set<String>()
        let criteriaColumns = isWideScores
        for name in table.header {
            guard !name.isEmpty else { throw headerError(nil, "a column has no name") }
            guard seen.insert(name).inserted else { throw headerError(name, "the column appears twice") }
            if !kind.columns.contains(name) && !criteriaColumns && kind != .participants {
                throw headerError(name, "unknown column; \(kind.rawValue.first.map { "aeiou".contains($0) } == true ? "an" : "a") \(kind.rawValue) file has \(kind.columns.joined(separator: ", "))")
            }
        }
        for name in kind.required where !seen.contains(name) {
            throw headerError(name, "missing column; the header must include \(kind.required.joined(separator: ", ")) (for example: \(kind.example))")
        }
        // Checked after the required columns, so a file without a header is told it lacks one.
        for name in attributeColumns { try checkAttributeColumn(name) }
        if attributeColumns.count > Self.maximumAttributes {
            throw headerError(nil, "\(attributeColumns.count) attribute columns; a participants file has at most \(Self.maximumAttributes) besides id, name, group, role")
        }
        if kind == .scores, !criteriaColumns, table.column("value") == nil {
            throw headerError("value", "missing column; a long scores file has participant,item,criterion,value")
        }
        if kind == .scores, criteriaColumns, table.header.count < 2 {
            throw headerError(nil, "a wide scores file needs one column per criterion after 'item'")
        }
    }

    /// The most attribute columns a participants file may carry.
    static let maximumAttributes = 32
    /// The longest attribute name and value, in characters.
    static let maximumAttributeLength = (name: 40, value: 200)

    /// The columns of a participants file beyond id, name, group and role: the people's attributes.
    var attributeColumns: [String] {
        kind == .participants ? table.header.filter { !kind.columns.contains($0) } : []
    }

    /// An attribute column's name is what methods' parameters call it (`spread: service, gender`), so
    /// it is kept to letters, digits, `_` and `-`.
    private func checkAttributeColumn(_ name: String) throws {
        let allowed = name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        guard allowed, name.count <= Self.maximumAttributeLength.name else {
            let suggestion = String(name.prefix(Self.maximumAttributeLength.name).map { $0.isLetter || $0.isNumber ? $0 : "_" })
            throw headerError(name, "cannot name an attribute: use at most \(Self.maximumAttributeLength.name) letters, digits, _ or - (for example '\(suggestion)'); "
                + "a participants file has id, name, group, role, then one column per attribute")
        }
    }

    private func headerError(_ column: String?, _ message: String) -> ImportError {
        error(line: table.headerLine, field: column, message)
    }

    /// An error at a line (or row) of the file, naming the column as the file does.
    func error(line: Int?, field column: String?, _ message: String) -> ImportError {
        ImportError(file: file, sheet: table.sheet, line: line, field: column.map(table.name(of:)), message: message)
    }
}

