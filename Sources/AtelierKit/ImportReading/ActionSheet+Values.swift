import AtelierODF

/// The values of an Actions sheet as a CSV file would hold them.
extension ActionSheet {
    /// One import column of one row.
    func field(_ output: String, _ row: SheetRow, existing: Action?) throws -> String {
        switch output {
        case "carrier": return try carrier(row)
        case "horizon": return try horizon(row, existing: existing)
        default: break
        }
        guard let column = column(.column(output)) else { return "" }
        let cell = row[column.index]
        switch output {
        case "milestones": return cell.text.split(separator: "\n", omittingEmptySubsequences: false).map(Self.milestone).joined(separator: "\n")
        case "items": return try sources.ids(in: cell.text, existing: existing?.sources ?? []) { line, problem in
            layout.error(row.number, field: column.label, "'\(line)' \(problem)")
        }
        default: return SpreadsheetImportReader.numberColumns(for: .actions).contains(output) ? cell.valueOrText : cell.text
        }
    }

    /// The carrier from the `Carrier` and `Body` columns.
    func carrier(_ row: SheetRow) throws -> String {
        let kindColumn = column(.carrierKind), bodyColumn = column(.body)
        let kindText = kindColumn.map { row[$0.index].text.trimmingCharacters(in: .whitespaces) } ?? ""
        let body = bodyColumn.map { row[$0.index].text.trimmingCharacters(in: .whitespaces) } ?? ""
        let bodyName = bodyColumn?.label ?? ActionColumn.body.header(in: language)
        switch Carrier.Kind(label: kindText) {
        case .other?:
            guard !body.isEmpty else {
                throw layout.error(row.number, field: kindColumn?.label, "'\(kindText)' needs the body's name in the column \(bodyName)")
            }
            return body
        case let kind?:
            guard body.isEmpty else { throw bodyForStandardCarrier(row, body, kindText, bodyName) }
            return kind.rawValue
        case nil:
            guard kindText.isEmpty || body.isEmpty else { throw bodyForStandardCarrier(row, body, kindText, bodyName) }
            return kindText.isEmpty ? body : kindText
        }
    }

    private func bodyForStandardCarrier(_ row: SheetRow, _ body: String, _ kind: String, _ bodyName: String) -> ImportError {
        layout.error(row.number, field: bodyName,
                     "'\(body)' names a body, but the carrier is '\(kind)'; choose '\(Carrier.Kind.other.name(in: language))' as carrier or clear this cell")
    }

    /// The horizon from the `Horizon` and `Due by` columns (see ``ActionSheet``).
    func horizon(_ row: SheetRow, existing: Action?) throws -> String {
        let textColumn = column(.column("horizon")), dateColumn = column(.dueBy)
        let text = textColumn.map { row[$0.index].valueOrText.trimmingCharacters(in: .whitespaces) }
        let date = dateColumn.map { row[$0.index].valueOrText.trimmingCharacters(in: .whitespaces) }
        guard let text else { return try checkedDate(date ?? "", row, dateColumn) }
        guard let date, let dateColumn else { return text }
        if text.isEmpty && date.isEmpty { return "" }
        let fromText = Horizon(text), fromDate = Horizon(date)
        if let fromText, let fromDate, fromText.lastDay == fromDate.lastDay { return text }
        let old = existing?.horizon
        let textKept = old.map { fromText == $0 } ?? text.isEmpty
        let dateKept = old.map { fromDate?.lastDay == $0.lastDay } ?? date.isEmpty
        if textKept && !dateKept { return try checkedDate(date, row, dateColumn) }
        if dateKept && !textKept { return text }
        throw layout.error(row.number, field: dateColumn.label,
                           "'\(date)' does not agree with '\(text)' under \(textColumn!.label); change or clear one of them")
    }

    /// A due date taken for the horizon, refused as the import would refuse it, but naming its own column.
    private func checkedDate(_ date: String, _ row: SheetRow, _ column: Column?) throws -> String {
        guard let column, !date.isEmpty, Horizon(date) == nil else { return date }
        throw layout.error(row.number, field: column.label, "'\(date)' is not a horizon; write YYYY, YYYY-MM or YYYY-MM-DD")
    }

    /// One line of the Milestones column with its localised date and "done" written as an import
    /// reads them: `Mise en service – 30 juin 2026 (fait)` → `Mise en service – 2026-06-30 (done)`.
    static func milestone(_ line: Substring) -> String {
        var text = line.trimmingCharacters(in: .whitespaces)
        var done = false
        let lower = text.lowercased()
        if let marker = doneMarkers.first(where: { lower.hasSuffix($0) }) {
            done = true
            text = String(text.dropLast(marker.count)).trimmingCharacters(in: .whitespaces)
        }
        if let dash = text.range(of: " – ", options: .backwards),
           let due = LocalisedHorizon.parse(String(text[dash.upperBound...])) {
            text = text[..<dash.lowerBound] + " – " + due.description
        }
        return done ? text + " (done)" : text
    }

    /// `(done)` in every language, lower-cased.
    static let doneMarkers = Language.allCases.map { "(\(Milestone.doneWord(in: $0).lowercased()))" }
}
