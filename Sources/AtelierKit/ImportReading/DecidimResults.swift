import Foundation

/// A results file of Decidim's accountability component (its CSV export, or one written by hand in
/// the shape its import reads: `id;parent/id;title/<locale>;description/<locale>;category/id;
/// status/id;start_date;end_date;progress;proposal_urls`), read as an actions file:
///
/// - `id` and `parent/id` give the action and the action its progress adds up to;
/// - `title/<locale>` and `description/<locale>`: the workshop's language, else the first locale
///   the file has;
/// - `start_date` is when the addressee received the recommendation, `end_date` when it is due;
/// - `progress` (a decimal, as Decidim writes it) is rounded to a whole per cent;
/// - `proposal_urls` (separated by `;`) are the evidence links;
/// - `status/key` gives the status when it holds Atelier's statuses (as Atelier's export writes
///   it); Decidim's own statuses are the component's, so `status/id` and other keys are not read;
/// - a value Atelier's export made inert for spreadsheets (`'=…`, `'-…`) is read without its quote.
///
/// A result new to the workshop is an action for the administration (Decidim has no carrier); an
/// action the workshop has keeps its carrier. Other columns (categories, scopes, status names,
/// `created_at`, `url`, `component/id`, further locales) are Decidim's own and not read.
struct DecidimResults {
    let csv: CSVTable

    /// Whether a header is a Decidim results file's: it has a `title/<locale>` column.
    static func isResults(_ header: [String]) -> Bool {
        header.contains { $0.hasPrefix("title/") }
    }

    /// The columns as the actions import reads them.
    func table(for workshop: Workshop) -> ImportTable {
        let locale = workshop.info.language.rawValue
        func localised(_ field: String) -> Int? {
            csv.header.firstIndex(of: "\(field)/\(locale)") ?? csv.header.firstIndex { $0.hasPrefix("\(field)/") }
        }
        var sources: [(column: String, index: Int)] = []
        func take(_ column: String, _ index: Int?) { if let index { sources.append((column, index)) } }
        take("id", csv.header.firstIndex(of: "id"))
        take("parent", csv.header.firstIndex(of: "parent/id"))
        take("title", localised("title"))
        take("description", localised("description"))
        take("received", csv.header.firstIndex(of: "start_date"))
        take("due", csv.header.firstIndex(of: "end_date"))
        take("progress", csv.header.firstIndex(of: "progress"))
        take("evidence", csv.header.firstIndex(of: "proposal_urls"))
        if let status = csv.header.firstIndex(of: "status/key"),
           csv.records.allSatisfy({ $0.fields[status].isEmpty || ActionStatus(parsing: $0.fields[status]) != nil }) {
            take("status", status)
        }
        let carriers = Dictionary(workshop.actions.map { ($0.id, $0.carrier.description) }, uniquingKeysWith: { first, _ in first })
        let id = csv.header.firstIndex(of: "id")
        let records = csv.records.map { record in
            let carrier = id.flatMap { carriers[record.fields[$0]] } ?? "administration"
            return ImportTable.Record(line: record.line, fields: [carrier] + sources.map { column, index in
                let value = SheetLayout.withoutFormulaGuard(record.fields[index].trimmingCharacters(in: .whitespaces))
                switch column {
                case "progress": return Self.wholePercent(value) ?? value
                case "evidence": return value.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
                default: return value
                }
            })
        }
        let names = Dictionary(sources.map { ($0.column, csv.writtenHeader[$0.index]) }, uniquingKeysWith: { first, _ in first })
        return ImportTable(header: ["carrier"] + sources.map(\.column), records: records, columnNames: names)
    }

    /// A decimal from 0 to 100 as Decidim writes progress (`46.33`), rounded to a whole per cent;
    /// nil for anything else, which the import then refuses as it is written.
    static func wholePercent(_ text: String) -> String? {
        guard text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == ".") }), let value = Double(text), value <= 100 else { return nil }
        return String(Int(value.rounded()))
    }
}
