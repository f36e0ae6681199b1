@testable import AtelierExport
import AtelierKit
import Foundation
import Testing

/// The hidden files documents are written to before they are renamed: never through a planted
/// link, never left behind by a failure, and those a killed export left are removed by the next.
@Suite struct TemporaryFileTests {
    static let csv = "budget-2027-l-accueil-guichet-unique-actions.csv"

    /// The name the export of this process gives the temporary file of `name`.
    static func temporaryName(_ name: String, pid: pid_t = getpid()) -> String { ".\(name).\(pid).partial" }

    @Test(arguments: [ExportFormat.csv, .ods])
    func aLinkPlantedUnderTheTemporaryNameIsNotFollowed(format: ExportFormat) throws {
        let directory = try TemporaryDirectory()
        let victim = directory.url.appendingPathComponent("victim.txt")
        try Data("keep me".utf8).write(to: victim)
        let name = "budget-2027-l-accueil-guichet-unique-actions.\(format.rawValue)"
        // A package's parts are also staged under a temporary name of their own.
        let staging = format == .ods ? [Self.temporaryName(Self.temporaryName(name) + ".staging")] : []
        for planted in [Self.temporaryName(name)] + staging {
            try FileManager.default.createSymbolicLink(at: directory.url.appendingPathComponent(planted), withDestinationURL: victim)
        }

        let files = try export(SampleWorkshop.make(), formats: [format], language: .fr, to: directory.url)

        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me")
        #expect(files.map(\.lastPathComponent) == [name])
        let attributes = try FileManager.default.attributesOfItem(atPath: files[0].path)
        #expect(attributes[.type] as? FileAttributeType == .typeRegular)
        #expect(try directory.fileNames() == [name, "victim.txt"])
    }

    @Test func leftoversOfADeadExportAreRemovedAndThoseOfARunningOneKept() throws {
        let directory = try TemporaryDirectory()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/sh")
        finished.arguments = ["-c", "exit 0"]
        try finished.run()
        finished.waitUntilExit()
        let dead = Self.temporaryName("old-actions.ods", pid: finished.processIdentifier)
        let running = Self.temporaryName("other-actions.ods", pid: 1)
        let mine = Self.temporaryName("mine.ods")
        for name in [dead, running, mine, ".notes.partial", "draft.1.partial"] {
            try Data("partial".utf8).write(to: directory.url.appendingPathComponent(name))
        }

        _ = try export(SampleWorkshop.make(), formats: [.csv], language: .fr, to: directory.url)

        #expect(try directory.fileNames() == [running, ".notes.partial", Self.csv, "draft.1.partial", mine].sorted())
    }

    @Test func theNameCarriesTheProcessThatWritesIt() {
        #expect(TemporaryFile.owner(of: ".a-actions.odt.4242.partial") == 4242)
        #expect(TemporaryFile.owner(of: "..a.odt.7.partial.staging.7.partial") == 7)
        #expect(TemporaryFile.owner(of: "a-actions.odt.4242.partial") == nil, "not hidden")
        #expect(TemporaryFile.owner(of: ".a-actions.odt.partial") == nil)
        #expect(TemporaryFile.owner(of: ".4242.partial") == nil)
        #expect(TemporaryFile.owner(of: ".a.-3.partial") == nil)
    }
}
