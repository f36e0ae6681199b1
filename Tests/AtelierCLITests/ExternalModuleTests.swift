import Foundation
import Testing

/// External method modules through the command line: consent before the first run and after a change.
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
}
