import AtelierKit
import Foundation

/// Writes one document from a workshop. Each format is one type conforming to this protocol.
///
/// An exporter writes straight to the URL it is given; ``export(_:formats:language:to:progress:)``
/// gives it a temporary file and renames it into place only when the exporter succeeded.
public protocol Exporter: Sendable {
    /// The format the exporter belongs to.
    var format: ExportFormat { get }

    /// Whether the document lists every action once (and so advances the progress once per action).
    var writesActions: Bool { get }

    /// The file name for a workshop whose title gives `slug` (`budget-2027-actions.odt`).
    func fileName(slug: String) -> String

    /// Writes the document.
    /// - Parameters:
    ///   - source: The workshop; actions are read as a stream.
    ///   - language: The language of labels, headings and the document's declared language.
    ///   - methods: The methods whose results the document draws, by their manifests' declarations.
    ///   - url: The file to create (it does not exist yet).
    ///   - progress: Told about every action written.
    /// - Throws: ``ExportError`` or the underlying writer's error.
    func write(_ source: any WorkshopSource, language: Language, methods: MethodCatalogue, to url: URL, progress: ExportProgress) throws
}

extension Exporter {
    /// Writes the document without reporting progress.
    public func write(_ source: any WorkshopSource, language: Language, methods: MethodCatalogue = .empty, to url: URL) throws {
        try write(source, language: language, methods: methods, to: url, progress: ExportProgress())
    }
}
