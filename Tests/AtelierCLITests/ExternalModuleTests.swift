import Foundation
import Testing

/// External method modules through the command line: consent before the first run and after a change,
/// a warning when they cannot be confined, and no module outliving `atelier`.
@Suite struct ExternalModuleTests {
    /// A registry in the CLI's folder (`registry/`) holding one external method, `echo`, whose program is
    /// `body` (a shell script) and which writes results.
    static func registry(for cli: inout CLI, body: String, arguments: [String] = [], timeout: Int = 30) throws -> URL {
        let registry = cli.folder.appendingPathComponent("registry")
        try FileManager.default.createDirectory(at: registry, withIntermediateDirectories: true)
        try Data("""
            id: echo
            version: 1.0.0
            name: {en: Echo, fr: Écho, nl: Echo, de: Echo}
            summary: {en: Fixture., fr: Fixture., nl: Fixture., de: Fixture.}
            implementation:
              executable: echo.sh
              interpreter: /bin/sh
              arguments: [\(arguments.map { "\"\($0)\"" }.joined(separator: ", "))]
              timeout_seconds: \(timeout)
            writes: [results]

            """.utf8).write(to: registry.appendingPathComponent("echo.yaml"))
        try Data(body.utf8).write(to: registry.appendingPathComponent("echo.sh"))
        cli.environment["ATELIER_METHODS"] = registry.path
        return registry
    }

    static let answer = #"echo '{"version":1,"summary":"Écho.","changes":{}}'"# + "\n"

    @Test func anExternalMethodRunsOnlyOnceTrustedAndAgainAfterAChange() throws {
        var cli = try CLI()
        defer { cli.remove() }
        let registry = try Self.registry(for: &cli, body: Self.answer)
        #expect(try cli("init").status == 0)
        #expect(try cli("methods").stdout.contains("(external, not trusted)"))

        let refused = try cli("run", "echo")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("external method 'echo' is not trusted yet: it would run the program "), "\(refused.stderr)")
        let command = try #require(refused.stderr.split(separator: "\n").last).trimmingCharacters(in: .whitespaces)
        #expect(command == "atelier methods trust echo --methods registry")
        let words = command.split(separator: " ").dropFirst().map(String.init)
        let trusted = try cli.run(words)
        #expect(trusted.status == 0, "\(trusted.stderr)")
        #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("config/atelier/trusted.json").path))
        #expect(try cli("methods").stdout.contains("(external, trusted)"))
        let run = try cli("run", "echo")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("Écho."))

        try Data((Self.answer + "# changed\n").utf8).write(to: registry.appendingPathComponent("echo.sh"))
        let changed = try cli("run", "echo")
        #expect(changed.status == 1)
        #expect(changed.stderr.contains("external method 'echo' has changed since it was trusted"), "\(changed.stderr)")
        #expect(try cli("methods").stdout.contains("(external, changed since trusted)"))
        #expect(try cli("methods", "trust", "echo").status == 0)
        #expect(try cli("run", "echo").status == 0)
        #expect(try cli("methods", "trust", "swot", "--methods", CLI.packageRoot.appendingPathComponent("methods").path)
            .stdout.contains("swot is built in; it needs no trust."))
    }

    /// A folder whose only program is coreutils' `timeout`: a `PATH` without bubblewrap.
    static func pathWithoutBubblewrap(in cli: CLI) throws -> String {
        let bin = cli.folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        if let timeout = ["/usr/bin/timeout", "/bin/timeout"].first(where: FileManager.default.isExecutableFile) {
            try FileManager.default.createSymbolicLink(atPath: bin.appendingPathComponent("timeout").path, withDestinationPath: timeout)
        }
        return bin.path
    }

    @Test func withoutBubblewrapEachRunWarnsOnce() throws {
        var cli = try CLI()
        defer { cli.remove() }
        _ = try Self.registry(for: &cli, body: Self.answer)
        #expect(try cli("init").status == 0)
        #expect(try cli("methods", "trust", "echo").status == 0)
        cli.environment["PATH"] = try Self.pathWithoutBubblewrap(in: cli)
        let run = try cli("run", "echo")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.components(separatedBy: "warning: external methods run unsandboxed").count == 2, "\(run.stderr)")
        #expect(run.stderr.contains("install it (Debian and Ubuntu: apt install bubblewrap)"))
    }

    /// The processes whose command line holds `marker`.
    static func processes(marked marker: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).filter { entry in
            guard Int(entry) != nil, let line = FileManager.default.contents(atPath: "/proc/\(entry)/cmdline") else { return false }
            return String(decoding: line, as: UTF8.self).contains(marker)
        }
    }

    /// Waits until `condition` holds, checking every 50 ms for at most `seconds`; whether it came to hold.
    static func eventually(within seconds: Double, _ condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition() {
            guard Date() < deadline else { return false }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return true
    }

    /// `atelier` ended by SIGTERM or SIGKILL while its module sleeps (with a child of its own), with and
    /// without bubblewrap: no process of the module is left. Interrupted, atelier stops the module at
    /// once (long before its 60 s limit); killed without bubblewrap, it cannot, and the module ends once
    /// its time limit (5 s) and grace have passed.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/cmdline"), "needs /proc"),
          arguments: [(SIGTERM, true), (SIGTERM, false), (SIGKILL, true), (SIGKILL, false)])
    func aModuleDoesNotOutliveAtelier(_ signal: Int32, _ sandboxed: Bool) throws {
        var cli = try CLI()
        defer { cli.remove() }
        let marker = "1000.\(UInt32.random(in: 100_000_000...999_999_999))"
        _ = try Self.registry(for: &cli, body: "/bin/sleep \"$1\" &\n/bin/sleep \"$1\"\n", arguments: [marker],
                                 timeout: signal == SIGKILL && !sandboxed ? 5 : 60)
        #expect(try cli("init").status == 0)
        #expect(try cli("methods", "trust", "echo").status == 0)
        if !sandboxed { cli.environment["PATH"] = try Self.pathWithoutBubblewrap(in: cli) }
        let atelier = try cli.start(["run", "echo"])
        // Both of the module's sleeps run: the sandbox, if any, is wholly set up.
        #expect(Self.eventually(within: 30) { Self.processes(marked: "/bin/sleep\u{0}" + marker).count == 2 },
                "the module never started")
        kill(atelier.processIdentifier, signal)
        atelier.waitUntilExit()
        #expect(atelier.terminationReason == .uncaughtSignal && atelier.terminationStatus == signal)
        #expect(Self.eventually(within: 30) { Self.processes(marked: marker).isEmpty }, "left: \(Self.processes(marked: marker))")
    }
}
