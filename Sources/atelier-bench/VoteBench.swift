import ArgumentParser
import AtelierKit
import Foundation

/// `atelier-bench tally` and `atelier-bench scores`: import a generated vote or score sheet into a
/// workshop file and run its step, as `atelier import … --step` and `atelier run` do, timing each phase.
struct VoteBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tally",
        abstract: "Import N ballots from CSV into a workshop, check them and run the dot vote, phase by phase.")

    @OptionGroup var options: VoteOptions

    func run() throws {
        try options.measure(benchmark: "tally", kind: .ballots, file: "ballots.csv", step: "vote") { try GeneratedVote.writeVote(count: $0, to: $1) }
    }
}

/// `atelier-bench scores`.
struct ScoresBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scores",
        abstract: "Import N score rows (two criteria each) into a workshop and run the prioritisation matrix, phase by phase.")

    @OptionGroup var options: VoteOptions

    func run() throws {
        try options.measure(benchmark: "scores", kind: .scores, file: "scores.csv", step: "matrix", generate: GeneratedVote.writeScores)
    }
}

/// What the vote and score benchmarks share: the data, the registry, the phases.
struct VoteOptions: ParsableArguments {
    @Option(help: "How many rows to generate (ignored with --input).") var rows = 100_000
    @Option(help: "A folder written by 'atelier-bench generate vote|scores' to read instead of generating.") var input: String?
    @Option(help: "The built-in registry's folder of manifests.") var methods = "methods/builtin"

    func measure(
        benchmark: String, kind: ImportKind, file: String, step: String, generate: (Int, String) throws -> Void
    ) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-bench-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = input ?? scratch.appendingPathComponent("data").path
        if input == nil { try generate(rows, folder) }
        let workshop = try VoteWorkshop(
            at: scratch.appendingPathComponent("bench.atelier"), folder: folder,
            registry: URL(fileURLWithPath: methods))

        let path = "\(folder)/\(file)"
        var clock = Stopwatch(benchmark: benchmark, size: try lineCount(path) - 1)
        let table = try CSVTable(contentsOf: URL(fileURLWithPath: path), displayPath: path)
        clock.lap("read and check the CSV")
        var entered: UInt64 = 0
        var left: UInt64 = 0
        let importer = Importer(kind: kind, table: table, file: file, step: step)
        let begin = DispatchTime.now().uptimeNanoseconds
        try workshop.store.change(command: "import") { snapshot in
            entered = DispatchTime.now().uptimeNanoseconds
            defer { left = DispatchTime.now().uptimeNanoseconds }
            return try importer.changes(for: snapshot, extraChecks: workshop.runner.importIssues)
        }
        let end = DispatchTime.now().uptimeNanoseconds
        Stopwatch.print(benchmark, clock.size, "import: load the workshop", entered - begin)
        Stopwatch.print(benchmark, clock.size, "import: build, validate, step rules", left - entered)
        Stopwatch.print(benchmark, clock.size, "import: write the rows", end - left)
        clock.reset()
        _ = try workshop.runner.run(step, overrides: [:], in: workshop.store, command: "run \(step)")
        clock.lap("run the step (load, check, count, save)")
        clock.total("total")
    }

    private func lineCount(_ path: String) throws -> Int {
        let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        return data.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
    }
}
