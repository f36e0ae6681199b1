@testable import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import Testing

/// A failed export says which file and why, and leaves nothing half-written under a final name.
@Suite struct ExportErrorTests {
    @Test(arguments: [ExportFormat.ods, .odt, .fods, .xml, .csv])
    func aFailingSourceLeavesNoFile(format: ExportFormat) throws {
        let directory = try TemporaryDirectory()
        let source = GeneratedSource(count: 50, failAfter: 7)
        #expect {
            _ = try export(source, formats: [format], language: .fr, to: directory.url)
        } throws: { error in
            guard case ExportError.documentFailed(let file, let failed, let reason) = error else { return false }
            return file.hasSuffix("budget-2027-l-accueil-guichet-unique-actions.\(format.rawValue)") && failed == format
                && reason.contains("stopped after 7 actions")
        }
        #expect(try directory.fileNames().isEmpty, "no partial or staging file is left")
    }

    @Test func earlierFilesStayAndTheFailingOneIsNotCreated() throws {
        let directory = try TemporaryDirectory()
        let workshop = SampleWorkshop.make()
        _ = try export(workshop, formats: [.csv], language: .fr, to: directory.url)
        let before = try Data(contentsOf: directory.url.appendingPathComponent("budget-2027-l-accueil-guichet-unique-actions.csv"))
        let failing = GeneratedSource(count: 10, failAfter: 3)
        #expect(throws: ExportError.self) {
            _ = try export(failing, formats: [.worksheets, .csv], language: .fr, to: directory.url)
        }
        #expect(try directory.fileNames() == [
            "budget-2027-l-accueil-guichet-unique-actions.csv", "budget-2027-l-accueil-guichet-unique-worksheets-a3.odt",
            "budget-2027-l-accueil-guichet-unique-worksheets-a4.odt",
        ])
        let after = try Data(contentsOf: directory.url.appendingPathComponent("budget-2027-l-accueil-guichet-unique-actions.csv"))
        #expect(after == before, "the previous complete file is not replaced by a broken one")
    }

    @Test func anOutputPathThatIsAFileIsReported() throws {
        let directory = try TemporaryDirectory()
        let file = directory.url.appendingPathComponent("taken")
        try Data("x".utf8).write(to: file)
        #expect {
            _ = try export(SampleWorkshop.make(), formats: [.xml], language: .en, to: file)
        } throws: { error in
            guard case ExportError.cannotCreateDirectory(let path, _) = error else { return false }
            return path == file.path && "\(error)".contains("cannot create the output folder")
        }
    }

    @Test func theSystemsReasonIsGivenInAFewWords() {
        let full = NSError(domain: NSCocoaErrorDomain, code: 640,
                           userInfo: [NSUnderlyingErrorKey: NSError(domain: NSPOSIXErrorDomain, code: Int(ENOSPC))])
        #expect(ExportError.reason(of: full) == "No space left on device")
        #expect(ExportError.reason(of: NSError(domain: NSPOSIXErrorDomain, code: Int(EROFS))) == "Read-only file system")
        #expect(ExportError.reason(of: FileSinkError.closed(path: "x.xml")) == "x.xml was already closed")
        #expect("\(ExportError.packageFailed(file: "a.odt", entry: nil, reason: "No space left on device"))"
                == "could not create the package a.odt: No space left on device")
    }

    @Test func formatsAreNamedAsOnTheCommandLine() {
        #expect(ExportFormat.allCases.map(\.rawValue) == ["odt", "ods", "fodt", "fods", "xml", "csv", "worksheets", "follow-up", "decidim"])
        #expect(ExportFormat(rawValue: "worksheets")?.exporters.map { $0.fileName(slug: "s") } == [
            "s-worksheets-a4.odt", "s-worksheets-a3.odt",
        ])
    }
}
