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

        let served = try RoomProcess(cli, ["serve", "--live-dots"])
        defer { served.stop() }
        let run = try Browser.run(Browser.script("room.py"), [served.base, served.code, served.console, Browser.screenshots])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasSuffix("ok\n"), "\(run.output)")

        // One change per submission: the card, and the five dots (the refused sixth changed nothing).
        let log = try cli("log").stdout
        #expect(log.components(separatedBy: "room card day1-swot").count - 1 == 1, "\(log)")
        #expect(log.components(separatedBy: "room dots day2-vote").count - 1 == 5, "\(log)")
    }

    @Test("atelier demo --live: once the wall opens, the rehearsal's phones write the vision statements, one journal change each")
    func demo() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let served = try RoomProcess(cli, ["demo", "--live", "--output", "live"])
        let run = try Browser.run(Browser.script("wall.py"), [served.base, "2030", Browser.screenshots])
        served.stop()
        #expect(run.status == 0, "\(run.output)")
        let log = try cli("log", "--workshop", "live/live.atelier").stdout
        #expect(log.contains("room card day1-vision"), "\(log)")
        #expect(log.contains("import items swot.csv"), "\(log)")
    }

    @Test("the two-day workshop's SWOT, challenges, brainwriting, matrix and vote done from phones give the same documents as the same workshop typed in as CSV files")
    func workshop() throws {
        let file = Browser.script("workshop.json")
        let data = try JSONDecoder().decode(RoomWorkshop.self, from: Data(contentsOf: file))
        let room = try CLI(), typed = try CLI()
        defer {
            room.remove()
            typed.remove()
        }
        for cli in [room, typed] {
            try #require(cli("init", "--template", "two-day", "--title", "Guichets", "--language", "en").status == 0)
            try cli.write("participants.csv", data.csv(["id", "name"], data.participants.map { [$0.id, $0.name] }))
            try cli.write("proposals.csv", data.csv(["id", "text", "kind"], data.proposals.map { [$0.id, $0.text, "proposal"] }))
            try #require(cli("import", "participants", "participants.csv").status == 0)
            try #require(cli("import", "items", "proposals.csv").status == 0)
        }

        let served = try RoomProcess(room, ["serve"])
        let run = try Browser.run(Browser.script("workshop.py"), [served.base, served.code, served.console, Browser.screenshots, file.path])
        served.stop()
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.hasSuffix("ok\n"), "\(run.output)")
        let log = try room("log").stdout
        #expect(log.components(separatedBy: "room ideas day1-brainwriting").count - 1 == data.ideas.joined().count, "\(log)")

        // The same workshop typed in: each step's file, then the step's method.
        for (name, kind, header, rows, step) in data.typedSteps() {
            try typed.write(name, data.csv(header, rows))
            let imported = try typed("import", kind, name)
            try #require(imported.status == 0, "\(imported.stderr)")
            if let step { try #require(typed("run", step).status == 0) }
        }

        for cli in [room, typed] {
            for command in [["run", "day2-actions", "--param", "top=2"], ["export", "--output", "exports"]] {
                let output = try cli.run(command)
                try #require(output.status == 0, "\(command): \(output.stderr)")
            }
        }
        let folder = { (cli: CLI) in cli.folder.appendingPathComponent("exports") }
        // What the phones sent is in the documents: six ideas, three of them under an idea of round 1, three raters.
        let xml = try String(contentsOf: folder(room).appendingPathComponent("guichets-actions.xml"), encoding: .utf8)
        for figure in ["<figure name=\"ideas\">6.0</figure>", "<figure name=\"built_on\">3.0</figure>", "<figure name=\"raters\">3.0</figure>"] {
            #expect(xml.contains(figure), "\(figure)")
        }
        let files = try FileManager.default.contentsOfDirectory(atPath: folder(typed).path).sorted()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder(room).path).sorted() == files)
        #expect(files.count > 5)
        for name in files {
            let same = try Data(contentsOf: folder(room).appendingPathComponent(name)) == Data(contentsOf: folder(typed).appendingPathComponent(name))
            #expect(same, "\(name) differs between the room and the CSV files")
        }
    }
}

/// What the people of the browser test's workshop write, score and vote (`Fixtures/browser/workshop.json`),
/// read by the browser script and by the test that types the same in as CSV files.
struct RoomWorkshop: Decodable {
    struct Person: Decodable { var id: String; var name: String }
    struct Proposal: Decodable { var id: String; var text: String }
    struct Card: Decodable { var by: String; var kind: String?; var text: String }
    struct Scores: Decodable { var by: String; var item: String; var impact: Int; var feasibility: Int }
    struct Dots: Decodable { var by: String; var item: String; var dots: Int }

    var participants: [Person]
    var proposals: [Proposal]
    var swot: [Card]
    var challenges: [Card]
    /// The ideas of each round.
    var ideas: [[Card]]
    var scores: [Scores]
    var dots: [Dots]

    /// A CSV file's text.
    func csv(_ header: [String], _ rows: [[String]]) -> String {
        let quoted = { (field: String) in field.contains(where: { ",\"\n".contains($0) }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field }
        return ([header] + rows).map { $0.map(quoted).joined(separator: ",") }.joined(separator: "\n") + "\n"
    }

    /// The CSV files that say what the phones sent, in the order the room received it, each with the
    /// step whose method runs after it.
    func typedSteps() -> [(file: String, kind: String, header: [String], rows: [[String]], run: String?)] {
        // In round r, the person seated m-th (from 0) holds sheet (m - r + 1) mod n, as the method's rotation has it.
        let seats = participants.map(\.id)
        let ideaRows = ideas.enumerated().flatMap { round, cards in
            cards.map { card in
                let sheet = ((seats.firstIndex(of: card.by)! - round) % seats.count + seats.count) % seats.count + 1
                return [card.text, "idea", card.by, "1/\(sheet)/\(round + 1)/1", "day1-brainwriting"]
            }
        }
        return [
            ("swot.csv", "items", ["text", "kind", "author", "step"], swot.map { [$0.text, $0.kind!, $0.by, "day1-swot"] }, "day1-swot"),
            ("challenges.csv", "items", ["text", "kind", "author", "step"], challenges.map { [$0.text, "challenge", $0.by, "day1-challenges"] }, nil),
            ("ideas.csv", "items", ["text", "kind", "author", "position", "step"], ideaRows, "day1-brainwriting"),
            ("scores.csv", "scores", ["participant", "item", "criterion", "value", "step"], scores.flatMap { score in
                [[score.by, score.item, "impact", String(score.impact), "day2-matrix"],
                 [score.by, score.item, "feasibility", String(score.feasibility), "day2-matrix"]]
            }, "day2-matrix"),
            ("ballots.csv", "ballots", ["participant", "item", "dots", "step"], dots.map { [$0.by, $0.item, String($0.dots), "day2-vote"] }, "day2-vote"),
        ]
    }
}

/// `atelier serve` (or `atelier demo --live`) running in a test's folder, with the addresses it printed.
struct RoomProcess {
    let process: Process
    let base: String
    let code: String
    let console: String

    init(_ cli: CLI, _ arguments: [String]) throws {
        let port = Int.random(in: 20_000...40_000)
        let output = Pipe()
        process = try cli.start(arguments + ["--port", String(port)], output: output)
        var printed = ""
        while !printed.contains("Console:") && process.isRunning {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        base = "http://127.0.0.1:\(port)"
        guard let code = printed.firstMatch(of: /room code ([A-Z0-9]{6})/), let console = printed.firstMatch(of: /Console: (\S+)/) else {
            process.terminate()
            process.waitUntilExit()
            Issue.record("atelier serve printed no room code and console: \(printed)")
            throw CancellationError()
        }
        self.code = String(code.1)
        self.console = String(console.1)
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// Finds Chromium, its driver and a Python with Selenium, and runs the browser scripts.
enum Browser {
    /// Where a failing browser script leaves its screenshots.
    static let screenshots = CLI.packageRoot.appendingPathComponent(".build/browser-screenshots").path

    /// A script of `Fixtures/browser`.
    static func script(_ name: String) -> URL {
        CLI.packageRoot.appendingPathComponent("Tests/AtelierCLITests/Fixtures/browser/\(name)")
    }

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
