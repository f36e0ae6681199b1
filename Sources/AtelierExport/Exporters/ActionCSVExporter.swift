import AtelierKit
import AtelierXML
import Foundation

/// The Actions table as CSV (RFC 4180, UTF-8 without byte-order mark, header row), with the same
/// columns as the workbook's Actions sheet: numbers at full precision with a decimal point.
public struct ActionCSVExporter: Exporter {
    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat { .csv }
    public var writesActions: Bool { true }

    public func fileName(slug: String) -> String { "\(slug)-actions.csv" }

    public func write(
        _ source: any WorkshopSource, language: Language, methods: MethodCatalogue, to url: URL, progress: ExportProgress
    ) throws {
        let workshop = try source.workshopWithoutActions()
        let table = ActionTable(labels: Labels(language), items: workshop.items)
        let sink = try FileSink(url: url)
        var csv = CSVRecordWriter(sink: sink)
        for column in ActionTable.columns { csv.field(table.labels[column.label]) }
        try csv.endRecord()
        try source.forEachAction(carrier: nil) { action in
            for column in ActionTable.columns {
                switch column.value(action, table) {
                case .text(let text): csv.field(text)
                case .number(let number): csv.field(number.map(String.init) ?? "")
                case .decimal(let decimal): csv.field(decimal.flatMap { $0.isFinite ? $0.description : nil } ?? "")
                }
            }
            try csv.endRecord()
            progress.advance()
        }
        progress.flush()
        try csv.flush()
        try sink.close()
    }
}
