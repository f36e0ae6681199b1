import AtelierKit
import AtelierXML
import Foundation
import Testing

/// Every entry point refuses malformed input the same way: `atelier` exits with 1 (2 for a malformed
/// command line), says which file, line and field are wrong, and leaves the workshop exactly as it was
/// and the input files untouched. Each case runs the built `atelier` in a copy of a seeded two-day
/// workshop.
@Suite struct MalformedInputTests {
    static let all: [BadInput] = csvFiles + records + votes + registries + parameters + workshopFiles + spreadsheets

    @Test(arguments: all)
    func isRefusedNamingThePlaceAndChangesNothing(_ input: BadInput) throws {
        let cli = try SeededWorkshop.copy()
        defer { cli.remove() }
        let before = try WorkshopContent(cli)
        let written = try input.prepare(in: cli)
        let inputs = try written.map { try Data(contentsOf: $0) }
        let result = try cli.run(input.commandLine)
        #expect(result.status == input.status, "\(result.stderr)")
        #expect(result.stderr.contains(input.message), "\(result.stderr)")
        #expect(result.stdout.isEmpty, "a refused command reports no success: \(result.stdout)")
        #expect(!result.stderr.contains("locked"))
        #expect(try WorkshopContent(cli) == before, "the workshop changed")
        #expect(try written.map { try Data(contentsOf: $0) } == inputs, "an input file changed")
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("new.atelier").path),
                "a refused init created a workshop")
    }

    @Test func thereAreAtLeastFortyCasesCoveringEveryEntryPoint() {
        #expect(Self.all.count >= 40)
        #expect(Set(Self.all.map(\.entry)) == Set(BadInput.Entry.allCases))
        #expect(Set(Self.all.map(\.testDescription)).count == Self.all.count, "two cases share a name")
    }

    @Test func aDamagedWorkshopIsNamedAndLeftAsItIs() throws {
        let cli = try SeededWorkshop.copy()
        defer { cli.remove() }
        let whole = try Data(contentsOf: cli.folder.appendingPathComponent("workshop.atelier"))
        let damaged = cli.folder.appendingPathComponent("damaged.atelier")
        try whole.prefix(whole.count / 2).write(to: damaged)
        for arguments in [["status"], ["export", "--format", "xml"], ["undo"]] {
            let result = try cli.run(arguments + ["--workshop", "damaged.atelier"])
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr.contains("damaged.atelier: the file is damaged"), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: damaged) == whole.prefix(whole.count / 2))
    }
}
