import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import Testing

/// The same workshop exported twice gives the same bytes, and the dates in the documents come from
/// the workshop, never from the clock.
@Suite struct DeterminismTests {
    @Test func twoExportsAreByteIdentical() throws {
        let first = try SampleExport()
        let second = try SampleExport()
        #expect(first.files.map(\.lastPathComponent) == second.files.map(\.lastPathComponent))
        #expect(first.files.count == 11)
        for (a, b) in zip(first.files, second.files) {
            let left = try Data(contentsOf: a)
            let right = try Data(contentsOf: b)
            #expect(left == right, "\(a.lastPathComponent) differs between two exports")
        }
    }

    @Test func metadataComesFromTheWorkshop() throws {
        let export = try SampleExport(formats: [.odt, .ods], language: .nl)
        for suffix in ["actions.odt", "actions.ods"] {
            let meta = try ODFPackage(export.file(suffix)).xml("meta.xml")
            #expect(try meta.string("//meta:generator") == "Atelier/\(AtelierVersion.current)")
            #expect(try meta.string("//dc:title") == "Budget 2027 : l'accueil « guichet unique » 🏛️")
            #expect(try meta.string("//dc:language") == "nl-BE")
            #expect(try meta.string("//meta:creation-date") == "2025-03-12T00:00:00")
            #expect(try meta.string("//dc:date") == "2025-03-13T00:00:00")
        }
    }

    @Test func workshopWithoutDatesHasNoDatesAndThe1980Timestamp() throws {
        var workshop = SampleWorkshop.make()
        workshop.info.startDate = nil
        workshop.info.endDate = nil
        let export = try SampleExport(workshop, formats: [.ods])
        let url = try export.file("actions.ods")
        let meta = try ODFPackage(url).xml("meta.xml")
        #expect(try meta.number("count(//meta:creation-date | //dc:date)") == 0)
        let zip = try ZipLayout(Data(contentsOf: url))
        #expect(zip.central.allSatisfy { $0.date == UInt16(1 << 5 | 1) && $0.time == 0 }, "1980-01-01 00:00")
    }

    @Test(arguments: Language.allCases)
    func documentLanguageIsDeclared(language: Language) throws {
        let export = try SampleExport(formats: [.odt, .ods], language: language)
        for suffix in ["actions.odt", "actions.ods"] {
            let styles = try ODFPackage(export.file(suffix)).xml("styles.xml")
            #expect(try styles.string("//style:default-style/style:text-properties/@fo:language") == language.rawValue)
            #expect(try styles.string("//style:default-style/style:text-properties/@fo:country") == language.country)
        }
    }
}
