import AtelierXML
import Foundation
import Testing

/// The OASIS ODF 1.3 schemas and Atelier's own schema, compiled once per test run.
///
/// The ODF schemas are found through `ATELIER_ODF_SCHEMAS` (a folder holding `1.3/schema.rng`),
/// or else at `../shared/schemas/odf` beside the package. Without either, the tests that need them
/// are disabled with that reason shown, never passed silently.
enum ODFSchemas {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The folder holding `1.3/schema.rng`, if there is one.
    static let directory: URL? = {
        let candidates = [
            ProcessInfo.processInfo.environment["ATELIER_ODF_SCHEMAS"].map { URL(fileURLWithPath: $0) },
            packageRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas/odf"),
        ]
        return candidates.compactMap { $0 }.first {
            FileManager.default.fileExists(atPath: $0.appendingPathComponent("1.3/schema.rng").path)
        }
    }()

    static let unavailableReason: Comment =
        "the OASIS ODF 1.3 schemas were not found: set ATELIER_ODF_SCHEMAS to the folder holding 1.3/schema.rng"

    private static let odfSchema = Result { try RelaxNGValidator(schemaAt: directory!.appendingPathComponent("1.3/schema.rng")) }
    private static let manifestSchema = Result {
        try RelaxNGValidator(schemaAt: directory!.appendingPathComponent("1.3/manifest-schema.rng"))
    }
    private static let actionsSchema = Result {
        try RelaxNGValidator(schemaAt: packageRoot.appendingPathComponent("exports/schema/atelier-actions-1.rng"))
    }

    /// `1.3/schema.rng`: every ODF part and flat document.
    static func odf() throws -> RelaxNGValidator { try odfSchema.get() }
    /// `1.3/manifest-schema.rng`: `META-INF/manifest.xml`.
    static func manifest() throws -> RelaxNGValidator { try manifestSchema.get() }
    /// `exports/schema/atelier-actions-1.rng`: the XML export.
    static func actions() throws -> RelaxNGValidator { try actionsSchema.get() }
}
