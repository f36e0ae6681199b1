import AtelierExport
import AtelierKit
import Foundation
import Testing

/// The XML and CSV exports of the sample workshop, byte for byte, against files recorded in an
/// earlier run (another process: so a hash-order dependence would show here). Re-record with
/// `ATELIER_RECORD_GOLDEN=1 swift test --filter GoldenFileTests` after an intended change: that run
/// writes the files and fails, so it is never mistaken for a comparison; the next run compares.
@Suite struct GoldenFileTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/golden")
    static let recording = ProcessInfo.processInfo.environment["ATELIER_RECORD_GOLDEN"] == "1"

    @Test(arguments: [("actions.xml", "sample-actions.xml"), ("actions.csv", "sample-actions.csv")])
    func exportMatchesTheRecordedFile(suffix: String, golden: String) throws {
        let export = try SampleExport(formats: [.xml, .csv])
        let produced = try Data(contentsOf: export.file(suffix))
        let url = Self.folder.appendingPathComponent(golden)
        if Self.recording {
            try produced.write(to: url)
            Issue.record("recorded \(golden); run the tests again without ATELIER_RECORD_GOLDEN to compare")
            return
        }
        let recorded = try Data(contentsOf: url)
        #expect(produced == recorded, "\(golden) differs: \(Self.firstDifference(produced, recorded))")
    }

    /// The first line that differs, as `line N: produced | recorded`.
    static func firstDifference(_ produced: Data, _ recorded: Data) -> String {
        let new = String(decoding: produced, as: UTF8.self).components(separatedBy: "\n")
        let old = String(decoding: recorded, as: UTF8.self).components(separatedBy: "\n")
        for index in 0..<max(new.count, old.count) {
            let a = index < new.count ? new[index] : "(end)"
            let b = index < old.count ? old[index] : "(end)"
            if a != b { return "line \(index + 1):\n  produced: \(a.prefix(200))\n  recorded: \(b.prefix(200))" }
        }
        return "same lines, different bytes"
    }
}
