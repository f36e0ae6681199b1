import AtelierKit

/// The respondents, read from a people file in the shape `sortition-algorithms` reads: an id column
/// and one column per feature of the quotas, optionally address columns (one person per household);
/// other columns are kept as written and left aside.
public struct Pool: Sendable, Equatable {
    /// The file as read, kept whole so that the panel and the rest can be written out in its shape.
    public var table: PanelTable
    /// The column holding ids.
    public var idColumn: String
    /// The columns that together give a household's address; empty when households are not checked.
    public var addressColumns: [String]
    /// Every respondent, in file order.
    public var respondents: [Respondent]

    /// The largest pool read: the respondents to some tens of thousands of letters.
    public static let largestPool = 50_000

    /// Reads and checks the respondents against the quotas.
    /// - Throws: ``ImportError`` naming file, line and column: a missing id, feature or address
    ///   column, an empty or repeated id, a respondent without a value for a feature, a value the
    ///   quotas do not list.
    public init(_ table: PanelTable, quotas: Quotas, idColumn: String = "id", addressColumns: [String] = []) throws {
        self.table = table
        self.idColumn = idColumn
        self.addressColumns = addressColumns
        func column(_ name: String, _ role: String) throws -> Int {
            guard let index = table.column(name) else { throw table.error(line: 1, "no `\(name)` column (\(role))") }
            if table.header.filter({ $0.caseInsensitiveCompare(name) == .orderedSame }).count > 1 {
                throw table.error(line: 1, "the `\(name)` column is there twice")
            }
            return index
        }
        let idIndex = try column(idColumn, "the ids; name another with --id-column")
        let featureIndices = try quotas.features.map { try column($0, "a feature of \(quotas.file)") }
        let addressIndices = try addressColumns.map { try column($0, "an address column") }
        guard table.records.count <= Self.largestPool else {
            throw table.error("\(table.records.count) respondents, more than the \(Self.largestPool) a panel's pool may hold")
        }
        let values = quotas.features.map { feature in Set(quotas.quotas(of: feature).map(\.value)) }
        var lines: [String: Int] = [:]
        respondents = try table.records.map { row in
            let id = row.fields[idIndex].trimmedField
            guard !id.isEmpty else { throw table.error(line: row.line, column: table.header[idIndex], "empty; every respondent needs an id") }
            if let first = lines[id] {
                throw table.error(line: row.line, column: table.header[idIndex], "`\(id)` is already the id of line \(first)")
            }
            lines[id] = row.line
            let personValues = try zip(quotas.features, featureIndices).enumerated().map { f, pair in
                let (feature, index) = pair
                let value = row.fields[index].trimmedField
                guard !value.isEmpty else {
                    throw table.error(line: row.line, column: table.header[index], "empty; `\(id)` needs a value of `\(feature)`")
                }
                guard values[f].contains(value) else {
                    let listed = quotas.quotas(of: feature).map(\.value)
                    let near = listed.first { $0.caseInsensitiveCompare(value) == .orderedSame }.map { " (did you mean `\($0)`?)" } ?? ""
                    throw table.error(line: row.line, column: table.header[index],
                                      "`\(value)` is not a value of `\(feature)` in \(quotas.file)\(near); it lists \(listed.joined(separator: ", "))")
                }
                return value
            }
            let address = addressIndices.map { row.fields[$0].trimmedField }
            let household = address.allSatisfy(\.isEmpty) ? nil : address.joined(separator: "\u{1F}")
            return Respondent(id: id, values: personValues, household: household, line: row.line)
        }
        guard !respondents.isEmpty else { throw table.error("no respondents; the file needs one row per person") }
    }
}
