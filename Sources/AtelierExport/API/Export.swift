import AtelierKit
import Foundation

/// Writes the workshop in each format into `directory`, each file complete or not at all.
///
/// Each document is written to a hidden temporary file in `directory` and renamed to its final name
/// only when it is complete, so a failure (disk full, a bad value) never leaves a partial file
/// under a name people would open. File names come from the workshop title
/// (`<slug>-actions.odt`, `<slug>-actions.ods`, `<slug>-actions.xml`, `<slug>-worksheets-a4.odt`, …);
/// an existing file of the same name is replaced.
///
/// - Parameters:
///   - source: The workshop; actions are read as a stream.
///   - formats: The formats to write, in order (duplicates are written once).
///   - language: The language of labels and the documents' declared language.
///   - directory: The output folder; created when missing.
///   - progress: Hears `(actions written, actions to write)` now and then and at the end of each file.
/// - Returns: The files written, in order.
/// - Throws: ``ExportError`` naming the file and the reason. Files finished before the failure stay.
public func export(
    _ source: any WorkshopSource, formats: [ExportFormat], language: Language, to directory: URL,
    progress: ((Int, Int) -> Void)? = nil
) throws -> [URL] {
    var seen = Set<ExportFormat>()
    let exporters = formats.filter { seen.insert($0).inserted }.flatMap(\.exporters)
    do {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    } catch {
        throw ExportError.cannotCreateDirectory(path: directory.path, reason: ExportError.reason(of: error))
    }
    let workshop = try source.workshopWithoutActions()
    let slug = Slug.make(workshop.info.title)
    let actions = try source.actionCount(carrier: nil)
    let counter = ExportProgress(
        total: actions * exporters.filter(\.writesActions).count, step: 1000, report: progress)
    var written: [URL] = []
    for exporter in exporters {
        let final = directory.appendingPathComponent(exporter.fileName(slug: slug))
        let temporary = directory.appendingPathComponent(".\(final.lastPathComponent).\(getpid()).partial")
        do {
            try exporter.write(source, language: language, to: temporary, progress: counter)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.documentFailed(file: final.path, format: exporter.format, reason: ExportError.reason(of: error))
        }
        guard rename(temporary.path, final.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw ExportError.cannotMove(from: temporary.path, to: final.path, reason: reason)
        }
        written.append(final)
    }
    return written
}
