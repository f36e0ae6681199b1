import AtelierKit

/// The drawn panel as a workshop's participants: one participant per member, in pool order, with
/// their id, a name from the respondents file (or the id), and their value of each feature kept as
/// attributes (which methods read and no document exports).
public enum PanelSeating {
    /// The members as participants.
    /// - Parameter nameColumn: The respondents file's column holding names; nil names people by their id.
    /// - Throws: ``ImportError`` naming the respondents file: no such column, a member with no name.
    public static func participants(_ draw: PanelDraw, inputs: PanelInputs, nameColumn: String?) throws -> [Participant] {
        let table = inputs.pool.table
        let nameIndex = try nameColumn.map { name in
            guard let index = table.column(name) else { throw table.error(line: 1, "no `\(name)` column (the names)") }
            return index
        }
        let members = Set(draw.panel)
        return try zip(inputs.pool.respondents, table.records).filter { members.contains($0.0.id) }.map { respondent, row in
            var name = respondent.id
            if let nameIndex {
                name = row.fields[nameIndex].trimmedField
                guard !name.isEmpty else {
                    throw table.error(line: row.line, column: table.header[nameIndex], "empty; `\(respondent.id)` is on the panel and needs a name")
                }
            }
            return Participant(id: respondent.id, name: name,
                               attributes: Dictionary(uniqueKeysWithValues: zip(inputs.quotas.features, respondent.values)))
        }
    }
}
