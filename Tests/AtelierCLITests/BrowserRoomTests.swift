import Foundation
import Testing

/// The live room in a real browser: Debian's Chromium, driven by Selenium, as a facilitator, a wall and
/// a phone would use it, against `atelier serve` built from this checkout.
@Suite(.enabled(if: Browser.chromium != nil && Browser.driver != nil, "needs Chromium and its driver: install chromium and chromium-driver"),
       .enabled(if: Browser.python != nil, "needs Selenium for Python: python3 -m venv .build/venv && .build/venv/bin/pip install selenium (as .ci/run does)"))
struct BrowserRoomTests {
    @Test("join, write a card, place dots until the budget refuses, and see the wall follow; the workshop holds what was sent")
    func room() throws {
        let cli = try CLI()
        defer { cli.remove() }
        try #require(cli("init", "--template", "two-day", "--title", "Salle", "--language", "en").status == 0)
        try cli.write("proposals.csv", "text,kind\nGuichet unique,proposal\nFormulaires simples,proposal\nRendez-vous en ligne,proposal\n")
        try #require(cli("import", "items", "proposals.csv").status == 0)

        let port = Int.random(in: 20_000...40_000)
        let output = Pipe()
        let server = try cli.start(["serve", "--port", String(port), "--live-dots"], output: output)
        defer {
            server.terminate()
            server.waitUntilExit()
        }
        var printed = ""
        while !printed.contains("Console:") && server.isRunning {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        let code = try #require(printed.firstMatch(of: /room code ([A-Z0-9]{6})/)).1
        let console = try #require(printed.firstMatch(of: /Console: (\S+)/)).1

        let shots = CLI.packageRoot.appendingPathComponent(".build/browser-screenshots")
        let script = CLI.packageRoot.appendingPathComponent("Tests/AtelierCLITests/Fixtures/browser/room.py")
        let run = try Browser.run(script, ["http://127.0.0.1:\(port)", String(code), String(console), shots.path])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasSuffix("ok\n"), "\(run.output)")

        // One change per submission: the card, and the five dots (the refused sixth changed nothing).
        let log = try cli("log").stdout
        #expect(log.components(separatedBy: "room card day1-swot").count - 1 == 1, "\(log)")
        #expect(log.components(separatedBy: "room dots day2-vote").count - 1 == 5, "\(log)")
    }
}

/// Finds Chromium, its driver and a Python with Selenium, and runs the browser scripts.
enum Browser {
    static let chromium = executable("chromium")
    static let driver = executable("chromedriver")

    /// The project's virtual environment (`.build/venv`, as `.ci/run` makes it), else `python3` when it has Selenium.
    static let python: String? = {
        let venv = CLI.packageRoot.appendingPathComponent(".build/venv/bin/python").path
        for candidate in [venv, executable("python3")].compactMap({ $0 }) where FileManager.default.isExecutableFile(atPath: candidate) {
            if (try? run(URL(fileURLWithPath: "/dev/null"), ["-c", "import selenium"], python: candidate).status) == 0 { return candidate }
        }
        return nil
    }()

    static func executable(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a Python script (or `-c` code when `script` is /dev/null) and returns its status and output.
    static func run(_ script: URL, _ arguments: [String], python: String? = nil) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python ?? self.python!)
        process.arguments = (script.path == "/dev/null" ? [] : [script.path]) + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
