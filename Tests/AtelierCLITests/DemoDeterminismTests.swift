import Crypto
import Foundation
import ODFSchemas
import Testing

/// The demo's report and workbook are the same bytes in every process: two runs of `atelier demo`
/// (each process seeds its hashing afresh) give the same `content.xml` and `styles.xml`, and those
/// are the bytes whose SHA-256 is recorded in `Fixtures/golden/demo-parts.sha256`. An order that
/// follows a dictionary fails here on the next run at the latest. After an intended change of the
/// documents, put the line the failure prints in that file.
@Suite struct DemoDeterminismTests {
    static let recorded = CLI.packageRoot.appendingPathComponent("Tests/AtelierCLITests/Fixtures/golden/demo-parts.sha256")
    static let parts = ["actions.odt/content.xml", "actions.odt/styles.xml", "actions.ods/content.xml", "actions.ods/styles.xml",
                        "follow-up.odt/content.xml", "follow-up.ods/content.xml"]

    /// `actions.odt/content.xml` of the demo written into `folder`.
    static func part(_ name: String, in folder: URL) throws -> Data {
        try ExportedPart.data(String(name.drop { $0 != "/" }.dropFirst()), of: String(name.prefix { $0 != "/" }), in: folder)
    }

    @Test(arguments: parts)
    func demoPartIsTheSameInTwoProcessesAndMatchesItsRecordedHash(_ name: String) throws {
        let cli = try CLI()
        defer { cli.remove() }
        for run in ["first", "second"] {
            let demo = try cli("demo", "--output", run)
            try #require(demo.status == 0, "\(demo.stderr)")
        }
        let first = try Self.part(name, in: cli.folder.appendingPathComponent("first"))
        let second = try Self.part(name, in: cli.folder.appendingPathComponent("second"))
        #expect(first == second, "\(name) differs between two processes at byte \(zip(first, second).prefix { $0 == $1 }.count)")

        let hash = SHA256.hash(data: first).map { String(format: "%02x", $0) }.joined()
        let lines = try String(contentsOf: Self.recorded, encoding: .utf8).split(separator: "\n")
        let recorded = lines.first { $0.hasSuffix("  \(name)") }.map { String($0.prefix { $0 != " " }) }
        #expect(recorded == hash, "\(name) is not the recorded bytes; if the change is intended, record: \(hash)  \(name)")
    }
}
