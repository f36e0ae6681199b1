import AtelierKit
import AtelierXML
import Foundation

/// The actions as a results file of Decidim's accountability component, which its import reads:
/// `;`-separated, UTF-8, one result per action with its parent, title and description in the
/// workshop's language, `start_date` (received) and `end_date` (due), its own progress and its
/// evidence links as `proposal_urls`. `status/id` is left empty (Decidim's statuses are each
/// component's own); `status/key` carries Atelier's status, which Atelier's import reads back.
/// Decidim separates the links by semicolons, so a link that holds one comes back as two.
public struct DecidimResultsExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat { .decidim }
    public var writesActions: Bool { true }

    public func fileName(slug: String) -> String { "\(slug)-decidim-results.csv" }

    public func write(
        _ source: any WorkshopSource, language: Language, methods: MethodCatalogue, to url: URL, progress: ExportProgress
    ) throws {
        let locale = try source.workshopWithoutActions().info.language.rawValue
        let sink = try FileSink(url: url)
        var csv = CSVRecordWriter(sink: sink, separator: 0x3B)
        for column in ["id", "parent/id", "title/\(locale)", "description/\(locale)", "category/id", "status/id", "status/key",
                       "start_date", "end_date", "progress", "proposal_urls"] {
            csv.field(column)
        }
        try csv.endRecord()
        try source.forEachAction(carrier: nil) { action in
            let f = action.followUp
            for value in [action.id, f.parent ?? "", action.title, action.description, "", "", action.status.rawValue,
                          f.received?.description ?? "", f.due?.description ?? "", f.progress.map(String.init) ?? "",
                          f.evidence.joined(separator: ";")] {
                csv.field(value)
            }
            try csv.endRecord()
            progress.advance()
        }
        progress.flush()
        try csv.flush()
        try sink.close()
    }
}
