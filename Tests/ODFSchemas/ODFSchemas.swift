import AtelierXML
import Foundation

/// The schemas the tests validate exported documents against, each compiled once per test run: the
/// OASIS OpenDocument 1.3 schemas, kept unchanged in `Fixtures/odf-1.3` beside their notice, and
/// Atelier's own schema of the XML action list. A schema that does not compile fails the test that
/// asks for it.
public enum ODFSchemas {
    /// The folder holding the OASIS OpenDocument 1.3 schemas.
    public static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/odf-1.3")
    /// The package's root folder.
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private static let odfSchema = Result { try RelaxNGValidator(schemaAt: folder.appendingPathComponent("schema.rng")) }
    private static let manifestSchema = Result {
        try RelaxNGValidator(schemaAt: folder.appendingPathComponent("manifest-schema.rng"))
    }
    private static let actionsSchema = Result {
        try RelaxNGValidator(schemaAt: packageRoot.appendingPathComponent("exports/schema/atelier-actions-1.rng"))
    }

    /// `schema.rng`: every ODF part and flat document.
    public static func odf() throws -> RelaxNGValidator { try odfSchema.get() }
    /// `manifest-schema.rng`: `META-INF/manifest.xml`.
    public static func manifest() throws -> RelaxNGValidator { try manifestSchema.get() }
    /// `exports/schema/atelier-actions-1.rng`: the XML export.
    public static func actions() throws -> RelaxNGValidator { try actionsSchema.get() }
}
