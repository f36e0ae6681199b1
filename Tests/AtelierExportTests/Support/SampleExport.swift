import AtelierExport
import AtelierKit
import Foundation

/// Exports a workshop into a fresh temporary folder, its results drawn as the built-in methods declare.
struct SampleExport {
    let directory: TemporaryDirectory
    let files: [URL]

    init(_ workshop: Workshop = SampleWorkshop.make(), formats: [ExportFormat] = ExportFormat.allCases,
         language: Language = .fr) throws {
        directory = try TemporaryDirectory()
        files = try export(workshop, formats: formats, language: language, methods: BuiltinCatalogue.methods, to: directory.url)
    }

    /// The file with this suffix (`actions.ods`, `worksheets-a3.odt`).
    func file(_ suffix: String) throws -> URL {
        guard let url = files.first(where: { $0.lastPathComponent.hasSuffix(suffix) }) else {
            throw Missing(suffix: suffix, files: files.map(\.lastPathComponent))
        }
        return url
    }

    struct Missing: Error, CustomStringConvertible {
        var suffix: String
        var files: [String]
        var description: String { "no exported file ends with \(suffix); got \(files)" }
    }
}
