import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import Testing

/// Every XML part of every ODF export, and every flat file, validates against the OASIS ODF 1.3
/// schemas with libxml2; the XML export validates against Atelier's own schema.
@Suite struct SchemaValidationTests {
    static let packages = ["actions.odt", "actions.ods", "worksheets-a4.odt", "worksheets-a3.odt"]

    @Test(.enabled(if: ODFSchemas.directory != nil, ODFSchemas.unavailableReason), arguments: Language.allCases)
    func everyPackagePartIsValidODF13(language: Language) throws {
        let export = try SampleExport(formats: [.odt, .ods, .worksheets], language: language)
        for name in Self.packages {
            let package = try ODFPackage(export.file(name))
            var checked = 0
            for path in package.paths where path.hasSuffix(".xml") {
                let schema = path == "META-INF/manifest.xml" ? try ODFSchemas.manifest() : try ODFSchemas.odf()
                let errors = try schema.validate(package.xml(path))
                #expect(errors.isEmpty, "\(name)/\(path):\n\(errors.prefix(20).map(\.description).joined(separator: "\n"))")
                checked += 1
            }
            #expect(checked >= 4, "\(name) has \(checked) XML parts")
        }
    }

    @Test(.enabled(if: ODFSchemas.directory != nil, ODFSchemas.unavailableReason), arguments: ["actions.fodt", "actions.fods"])
    func flatFilesAreValidODF13(name: String) throws {
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
