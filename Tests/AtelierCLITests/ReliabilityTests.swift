import Foundation
import Testing

/// Crashes and concurrent writers never lose or half-apply a change. These spawn many processes and
/// import large files, so they run when `ATELIER_SLOW_TESTS` is set (as `.ci/run` does).
@Suite(.enabled(if: ProcessInfo.processInfo.environment["ATELIER_SLOW_TESTS"] != nil, "set ATELIER_SLOW_TESTS=1 to run"))
struct ReliabilityTests {
    @Test func eightConcurrentWritersLoseNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Panel").status == 0)
        let writers = 8, perWriter = 40
        for w in 0..<writers {
            let rows = (0..<perWriter).map { "w\(w)-p\($0),Personne \($0) de l'équipe \(w)" }
            try cli.write("team\(w).csv", "id,name\n" + rows.joined(separator: "\n") + "\n")
        }
        let results = Locked(Array(repeating: CLI.Output(stdout: "", stderr: "", status: -1), count: writers))
        DispatchQueue.concurrentPerform(iterations: writers) { w in
            let output = (try? cli.run(["import", "participants", "team\(w).csv"])) ?? CLI.Output(stdout: "", stderr: "did not start", status: -1)
            results.withLock { $0[w] = output }
        }
        for (w, result) in results.withLock({ $0 }).enumerated() {
            #expect(result.status == 0, "writer \(w): \(result.stderr)")
            #expect(!result.stderr.contains("locked"))
        }
        #expect(try cli("status").stdout.contains("participants \(writers * perWriter)"))
        let log = try cli("log").stdout
        for w in 0..<writers { #expect(log.contains("import participants team\(w).csv")) }
    }

    @Test func killingAnImportLeavesAllOrNothing() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Consultation").status == 0)
        let rows = (0..<100_000).map { "x\($0),\"Idée n° \($0) : l'accès « simple », sans papier\",idea" }
        try cli.write("ideas.csv", "id,text,kind\n" + rows.joined(separator: "\n") + "\n")
        // Delays spread over the length of an import, from a fixed seed so a failure can be replayed.
        var generator = SeededGenerator(seed: 2026)
        var survived = 0
        var imported = false
        for _ in 0..<8 where !imported {
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["import", "items", "ideas.csv"]
            process.currentDirectoryURL = cli.folder
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: Double.random(in: 0.05...2.5, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let status = try cli("status")
            #expect(status.status == 0, "the workshop no longer opens: \(status.stderr)")
            let complete = status.stdout.contains("items        100000")
            let empty = status.stdout.contains("items        0")
            #expect(complete || empty, "half an import: \(status.stdout)")
            if process.terminationReason == .uncaughtSignal { survived += 1 }
            imported = complete
        }
        #expect(survived > 0, "no import was killed while running")
    }
}

/// A small deterministic random number generator (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
