import AtelierKit
import Foundation

/// The follow-up report: an OpenDocument text (`.odt`) or spreadsheet (`.ods`).
public struct FollowUpReportExporter: Exporter {
    /// Whether to write the spreadsheet rather than the text.
    public let spreadsheet: Bool

    /// Creates the exporter for the text or the spreadsheet.
    public init(spreadsheet: Bool) { self.spreadsheet = spreadsheet }

    public var format: ExportFormat { .followUp }
    public var writesActions: Bool { false }

    public func fileName(slug: String) -> String { "\(slug)-follow-up.\(spreadsheet ? "ods" : "odt")" }

    public func write(
        _ source: any WorkshopSource, language: Language, methods: MethodCatalogue, to url: URL, progress: ExportProgress
    ) throws {
        let digest = try FollowUpDigest(source: source, language: language)
        if spreadsheet {
            try FollowUpWorkbook(digest: digest, language: language).write(to: url, flat: false)
        } else {
            try FollowUpReport(digest: digest, language: language).write(to: url, flat: false)
        }
    }
}
