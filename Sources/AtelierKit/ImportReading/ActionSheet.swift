import AtelierODF

/// The Actions sheet of a tracking workbook read back: the columns ``ActionColumn`` lists, headed
/// in any of the four languages or by the import column names of an actions CSV file, turned into
/// the import columns of actions.
///
/// - `Rank`, `ID`, `Title`, `Lead service` (owner), `Partners`, `Budget`, `Problem addressed` and
///   `Description` are read as they are.
/// - `Carrier` and `Body` together give the carrier: `Administration` or `Next government` in any
///   language, or `Other body` with the body's name under `Body`. A carrier written as in a CSV file
///   (`administration`, a body's name) is read as there.
/// - `Horizon` (`2027`, `2027-06`, `2027-06-30`) gives the horizon. Workbooks written before it
///   was their one date column also have `Due by` (a date cell); the two together give the horizon: when they agree, `Horizon` keeps its precision; when only one of them differs from
///   the workshop's horizon, that one was edited and wins; when both differ and disagree, the row
///   is refused.
/// - `Status` and the milestones' dates and "done" are read in any language.
/// - `Comes from` lists items by their texts, one per line, as exported, or by their ids.
/// - `Dots` and `Score` are provenance the workshop computes: not imported.
/// - Any other header is an unknown column and refused, as in a CSV file.
struct ActionSheet {
    let layout: SheetLayout
    let workshop: Workshop
    /// The columns read, in sheet order.
    let columns: [Column]
    /// The language most headers are written in: it names missing columns in messages.
    let language: Language
    let sources: SourceTexts
    let actionsByID: [String: Action]

    /// What a column of the sheet is on import.
    enum Role: Hashable {
        /// An import column read from this one column.
        case column(String)
        /// The kind of carrier (or a carrier written as in a CSV file).
        case carrierKind
        /// The name of a carrier of kind "other body".
        case body
        /// The due date the workbook derives from the horizon.
        case dueBy
        /// Provenance the workshop computes.
        case ignored
    }

    struct Column {
        var index: Int
        var role: Role
        /// The header as the sheet writes it.
        var label: String
    }

    /// What each column of the exported Actions sheet is on import.
    static func role(of column: ActionColumn) -> Role {
        switch column {
        case .rank: .column("rank")
        case .identifier: .column("id")
        case .title: .column("title")
        case .carrier: .carrierKind
        case .body: .body
        case .leadService: .column("owner")
        case .partners: .column("partners")
        case .dueBy: .dueBy
        case .horizon: .column("horizon")
        case .status: .column("status")
        case .dots, .score: .ignored
        case .budget: .column("budget")
        case .problem: .column("problem")
        case .description: .column("description")
        case .sources: .column("items")
        case .milestones: .column("milestones")
        case .addressee: .column("addressee")
        case .service: .column("service")
        case .minister: .column("minister")
        case .response: .column("response")
        case .justification: .column("justification")
        case .measure: .column("measure")
        case .progress: .column("progress")
        case .received: .column("received")
        case .responded: .column("responded")
        case .due: .column("due")
        case .nextReview: .column("next_review")
        case .evidence: .column("evidence")
        case .parent: .column("parent")
        case .weight: .column("weight")
        }
    }

    /// Folded header texts and their roles: every language's label of every exported column, and
    /// the import column names.
    static let headerRoles = headerTable().roles

    /// The header table, and any header text two roles would claim (a test keeps it empty).
    static func headerTable() -> (roles: [String: Role], conflicts: [String]) {
        var roles: [String: Role] = [:]
        var conflicts: [String] = []
        func add(_ header: String, _ role: Role) {
            let key = SpreadsheetParser.fold(header)
            if let earlier = roles[key], earlier != role { conflicts.append(header) } else { roles[key] = role }
        }
        for name in ImportKind.actions.columns { add(name, name == "carrier" ? .carrierKind : .column(name)) }
        for language in Language.allCases {
            for column in ActionColumn.allCases { add(column.header(in: language), role(of: column)) }
        }
        return (roles, conflicts)
    }

    init(layout: SheetLayout, workshop: Workshop) throws {
        self.layout = layout
        self.workshop = workshop
        language = Self.language(of: layout.names.compactMap { $0 }, default: workshop.info.language)
        var columns: [Column] = []
        var seen: Set<Role> = []
        for (index, name) in layout.names.enumerated() {
            guard let name else { continue }
            guard let role = Self.headerRoles[SpreadsheetParser.fold(name)] else {
                throw layout.error(layout.header.number, field: name, "unknown column; \(Self.expectedColumns(language))")
            }
            guard role == .ignored || seen.insert(role).inserted else {
                throw layout.error(layout.header.number, field: name, "the column appears twice")
            }
            columns.append(Column(index: index, role: role, label: name))
        }
        self.columns = columns
        sources = SourceTexts(workshop.items)
        actionsByID = Dictionary(workshop.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The language whose labels head the most columns; the workshop's on a tie.
    static func language(of headers: [String], default fallback: Language) -> Language {
        let folded = Set(headers.map(SpreadsheetParser.fold))
        let counts = Language.allCases.map { language in
            (language, ActionColumn.allCases.filter { folded.contains(SpreadsheetParser.fold($0.header(in: language))) }.count)
        }
        let best = counts.map(\.1).max() ?? 0
        let leaders = counts.filter { $0.1 == best }.map(\.0)
        return leaders.contains(fallback) ? fallback : leaders[0]
    }

    /// What an unknown column's message lists: the columns workbooks write (the due date only older
    /// ones have is still read, not suggested).
    static func expectedColumns(_ language: Language) -> String {
        let workbook = ActionColumn.allCases.filter { $0 != .dueBy }.map { $0.header(in: language) }.joined(separator: ", ")
        return "an Actions sheet has the workbook's columns (\(workbook)) or those of an actions CSV file (\(ImportKind.actions.columns.joined(separator: ", ")))"
    }

    /// The import column a role feeds; nil for provenance.
    static func output(of role: Role) -> String? {
        switch role {
        case .column(let name): name
        case .carrierKind, .body: "carrier"
        case .dueBy: "horizon"
        case .ignored: nil
        }
    }

    func column(_ role: Role) -> Column? { columns.first { $0.role == role } }

    /// The sheet as a table of import columns.
    func table() throws -> ImportTable {
        var header: [String] = []
        for column in columns {
            if let output = Self.output(of: column.role), !header.contains(output) { header.append(output) }
        }
        var records: [ImportTable.Record] = []
        let read = columns.filter { $0.role != .ignored }
        for row in layout.rows {
            try layout.checkUnnamedColumns(row)
            if read.allSatisfy({ row[$0.index].valueOrText.allSatisfy(\.isWhitespace) }) { continue }
            let id = column(.column("id")).map { row[$0.index].text.trimmingCharacters(in: .whitespaces) } ?? ""
            let existing = actionsByID[id]
            let fields = try header.map { try field($0, row, existing: existing) }
            records.append(ImportTable.Record(line: row.number, fields: fields))
        }
        return ImportTable(header: header, records: records, headerLine: layout.header.number, sheet: layout.sheetName,
                           columnNames: columnNames())
    }

    /// Import column names as the sheet writes them, or in the sheet's language for absent ones.
    func columnNames() -> [String: String] {
        var names: [String: String] = [:]
        for role in [Role.carrierKind, .column("horizon")] + columns.map(\.role) {
            if let output = Self.output(of: role), names[output] == nil, let column = column(role) { names[output] = column.label }
        }
        for exported in ActionColumn.allCases {
            let role = Self.role(of: exported)
            if let output = Self.output(of: role), names[output] == nil {
                names[output] = (role == .body ? .carrier : role == .dueBy ? .horizon : exported).header(in: language)
            }
        }
        return names
    }
}
