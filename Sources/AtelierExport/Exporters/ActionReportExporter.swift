import AtelierKit
import Foundation

/// The report of the action list as an OpenDocument text: a package (`.odt`) or one flat file (`.fodt`).
public struct ActionReportExporter: Exporter {
    /// Whether to write the flat XML form.
    public let flat: Bool

    /// Creates the exporter for the package or the flat form.
    public init(flat: Bool) { self.flat = flat }

    public var format: ExportFormat { flat ? .fodt : .odt }
    public var writesActions: Bool { true }

    public func fileName(slug: String) -> String { "\(slug)-actions.\(format.rawValue)" }

    public func write(
        _ source: any WorkshopSource, language: Language, methods: MethodCatalogue, to url: URL, progress: ExportProgress
    ) throws {
        try ActionReport(source: source, language: language, methods: methods, progress: progress).write(to: url, flat: flat)
    }
}
