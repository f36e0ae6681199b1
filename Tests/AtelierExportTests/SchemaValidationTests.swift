import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// Every XML part of every ODF export, and every flat file, validates against the OASIS ODF 1.3
/// schemas with libxml2; the XML export validates against Atelier's own schema.
@Suite struct SchemaValidationTests {
    static let packages = ["actions.odt", "actions.ods", "worksheets-a4.odt", "worksheets-a3.odt", "follow-up.odt", "follow-up.ods"]

    @Test(arguments: Self.packages, Language.allCases)
    func everyPartIsValidAgainstTheOASISODF13Schemas(package name: String, language: Language) throws {
        let export = try SampleExport(formats: [.odt, .ods, .worksheets, .followUp], language: language)
        let package = try ODFPackage(export.file(name))
        let parts = package.paths.filter { $0.hasSuffix(".xml") }
        for path in parts {
            let schema = path == "META-INF/manifest.xml" ? try ODFSchemas.manifest() : try ODFSchemas.odf()
            let errors = try schema.validate(package.xml(path))
            #expect(errors.isEmpty, "\(name)/\(path):\n\(errors.prefix(20).map(\.description).joined(separator: "\n"))")
        }
        #expect(Set(["content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"]).isSubset(of: parts),
                "\(name) has the parts \(parts)")
    }

    @Test(arguments: ["actions.fodt", "actions.fods"])
    func flatFilesAreValidAgainstTheOASISODF13Schema(name: String) throws {
        let export = try SampleExport(formats: [.fodt, .fods])
        let errors = try ODFSchemas.odf().validate(fileAt: export.file(name))
        #expect(errors.isEmpty, "\(name):\n\(errors.prefix(20).map(\.description).joined(separator: "\n"))")
    }

    @Test func xmlExportIsValidAgainstAtelierSchema() throws {
        let export = try SampleExport(formats: [.xml])
        let errors = try ODFSchemas.actions().validate(fileAt: export.file("actions.xml"))
        #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    }
}
