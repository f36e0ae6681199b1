import AtelierKit
import Foundation
import Testing
@testable import AtelierFuzzing

/// The fuzz targets' corpora and every input a fuzz run ever found breaking a property are replayed
/// on each test run, so a fixed problem stays fixed.
@Suite struct FuzzCorpusTests {
    static let fuzz = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz")

    static let targets: [(String, FuzzMain.Probe)] = [("csv", CSVImportProbe.problems), ("registry", RegistryProbe.problems)]

    @Test(arguments: targets)
    func corpusAndRegressionsKeepEveryProperty(_ target: String, _ probe: FuzzMain.Probe) {
        let corpus = FuzzMain.files(at: Self.fuzz.appendingPathComponent("corpus/\(target)").path)
        let regressions = FuzzMain.files(at: Self.fuzz.appendingPathComponent("regressions/\(target)").path)
        #expect(corpus.count >= 8, "the \(target) corpus is missing")
        for (name, bytes) in corpus + regressions {
            let problems = probe(bytes)
            #expect(problems.isEmpty, "\((name as NSString).lastPathComponent): \(problems.joined(separator: "; "))")
        }
    }

    @Test func theDotVoteChecksTakePart() throws {
        let runner = try #require(FuzzWorkshop.runner, "the registry beside the sources did not load")
        let table = try CSVTable(data: Data("participant,item,dots\np1,i2,1\np1,i1,4\n".utf8), displayPath: "cap.csv")
        #expect {
            try Importer(kind: .ballots, table: table, file: "cap.csv", step: "vote")
                .changes(for: FuzzWorkshop.workshop, extraChecks: runner.importIssues)
        } throws: { error in
            (error as? ImportError)?.line == 3 && "\(error)".contains("places 4 dots on item 'i1'")
        }
    }

    /// The reference reading the CSV import is compared with, on texts whose reading is known.
    static let readings: [(String, ReferenceCSV.Table?)] = [
        ("ID, Name \np1,\"Anne, \"\"A\"\"\"\n\n p2 ,Jan", ReferenceCSV.Table(header: ["id", "name"], records: [
            .init(line: 2, fields: ["p1", "Anne, \"A\""]), .init(line: 4, fields: [" p2 ", "Jan"]),
        ])),
        ("a;b\r\n\"x\r\ny\";z\r\n", ReferenceCSV.Table(header: ["a", "b"], records: [.init(line: 2, fields: ["x\r\ny", "z"])])),
        ("a,b\rx,\"y\rz\"\rw,", ReferenceCSV.Table(header: ["a", "b"], records: [
            .init(line: 2, fields: ["x", "y\rz"]), .init(line: 4, fields: ["w", ""]),
        ])),
        ("a,b\nx,y \"q\" z\n", ReferenceCSV.Table(header: ["a", "b"], records: [.init(line: 2, fields: ["x", "y \"q\" z"])])),
        ("a,b\nx,\"y\" z\n", nil),
        ("a,b\nx,\"y\n", nil),
    ]

    @Test(arguments: readings)
    func theReferenceReadsAsTheRulesSay(_ text: String, _ table: ReferenceCSV.Table?) {
        let separator: Unicode.Scalar = text.contains(";") ? ";" : ","
        #expect(ReferenceCSV.read(text, separator: separator) == table)
    }
}
