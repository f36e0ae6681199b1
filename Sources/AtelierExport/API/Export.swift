import AtelierKit
import Foundation

/// Writes the workshop in each format into `directory`, each file complete or not at all.
///
/// Each document is written to a hidden temporary file in `directory` (see ``TemporaryFile``) and
/// renamed to its final name only when it is complete, so a failure (disk full, a bad value) never
/// leaves a partial file under a name people would open; the temporary file is removed on failure
/// and on interruption, and those a killed export left are removed first. File names come from the
/// workshop title (`<slug>-actions.odt`, `<slug>-actions.ods`, `<slug>-actions.xml`,
/// `<slug>-worksheets-a4.odt`, …); an existing file of the same name is replaced.
///
/// Every document describes one state of the workshop: the source is read through one
/// ``WorkshopSource/withSnapshot(_:)``, so another process writing the workshop meanwhile changes
/// none of them.
///
/// - Parameters:
///   - source: The workshop; actions are read as a stream.
///   - formats: The formats to write, in order (duplicates are written once).
///   - language: The language of labels and the documents' declared language.
///   - methods: The methods whose results the documents draw (the registry's manifests).
///   - directory: The output folder; created when missing.
///   - progress: Hears `(actions written, actions to write)` now and then and at the end of each file.
/// - Returns: The files written, in order.
/// - Throws: ``ExportError`` naming the file and the reason. Files finished before the failure stay.
public func export(
    _ source: any WorkshopSource, formats: [ExportFormat], language: Language, methods: MethodCatalogue = .empty,
    to directory: URL,
    progress: ((Int, Int) -> Void)? = nil
) throws -> [URL] {
    var seen = Set<ExportFormat>()
    let exporters = formats.filter { seen.insert($0).inserted }.flatMap(\.exporters)
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
        throw ExportError.cannotCreateDirectory(path: directory.path, reason: ExportError.reason(of: error))
    }
    return try source.withSnapshot { source in
        let workshop = try source.workshopWithoutActions()
        let slug = Slug.make(workshop.info.title)
        let actions = try source.actionCount(carrier: nil)
        let counter = ExportProgress(
            total: actions * exporters.filter(\.writesActions).count, step: 1000, report: progress)
        TemporaryFile.removeLeftovers(in: directory)
        var written: [URL] = []
        for exporter in exporters {
            let final = directory.appendingPathComponent(exporter.fileName(slug: slug))
            try writeInPlace(final, format: exporter.format) { url in
                try exporter.write(source, language: language, methods: methods, to: url, progress: counter)
            }
            written.append(final)
        }
        return written
    }
}

/// Writes one document to a temporary file next to `final` and renames it into place once
/// complete; on failure the temporary file is removed and nothing is left under the final name.
/// - Throws: ``ExportError/documentFailed(file:format:reason:)`` or ``ExportError/cannotMove(from:to:reason:)``.
func writeInPlace(_ final: URL, format: ExportFormat, _ write: (URL) throws -> Void) throws {
    let temporary = TemporaryFile(for: final)
    do {
        try write(temporary.url)
    } catch {
        temporary.discard()
        throw ExportError.documentFailed(file: final.path, format: format, reason: ExportError.reason(of: error))
    }
    guard rename(temporary.url.path, final.path) == 0 else {
        let reason = String(cString: strerror(errno))
        temporary.discard()
        throw ExportError.cannotMove(from: temporary.url.path, to: final.path, reason: reason)
    }
    temporary.finished()
}
