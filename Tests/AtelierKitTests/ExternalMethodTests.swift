import Foundation
import Testing
@testable import AtelierKit

/// Runs fixture programs through ``ExternalMethod`` and checks the result or the message for each way
/// a program can misbehave.
@Suite struct ExternalMethodTests {
    /// Runs a fixture script in a fresh workshop folder holding `result` as result.json; returns the
    /// outcome and the folder's files after the run.
    func run(
        _ script: String, result: String? = nil, request: MethodRequest = ExternalFixtures.request(),
        timeout: Duration = .seconds(60), maxOutputBytes: Int = 1_000_000, environment: [String] = [],
        hostEnvironment: [String: String] = [:]
    ) throws -> (outcome: Result<MethodResult, ExternalMethodError>, folder: [String: String], path: String) {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        if let result { try Data(result.utf8).write(to: folder.appendingPathComponent("result.json")) }
        let method = ExternalFixtures.method(script, in: folder, timeout: timeout, maxOutputBytes: maxOutputBytes,
                                             environment: environment)
        let outcome = Result { () throws(ExternalMethodError) in try method.run(request, hostEnvironment: hostEnvironment) }
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            files[name] = String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
        }
        return (outcome, files, folder.resolvingSymlinksInPath().path)
    }

    func failure(_ outcome: Result<MethodResult, ExternalMethodError>) throws -> ExternalMethodError {
        guard case .failure(let error) = outcome else {
            Issue.record("expected a failure, got \(outcome)")
            throw ExternalMethodError(method: "", reason: .cannotStart("no failure"))
        }
        return error
    }

    static let validResult = #"{"version": 1, "changes": {"ballots": [{"item": "i1", "dots": 2}]}, "summary": "Fait « vite » ✔"}"#

    @Test func aValidResultIsDecoded() throws {
        let result = try run("print-result.sh", result: Self.validResult).outcome.get()
        #expect(result == MethodResult(changes: ChangeSet(ballots: [Ballot(item: "i1", dots: 2)]), summary: "Fait « vite » ✔"))
    }

    @Test func theProgramReadsTheWholeRequestOnStandardInput() throws {
        let request = ExternalFixtures.request(parameters: ["proposals": .integer(2), "kinds": .list(["idea"])], language: .fr)
        let run = try run("keep-request.sh", result: Self.validResult, request: request)
        _ = try run.outcome.get()
        let received = try JSONDecoder().decode(MethodRequest.self, from: Data(try #require(run.folder["request.json"]).utf8))
        #expect(received.version == MethodRequest.protocolVersion)
        #expect(received.workshop == ExternalFixtures.workshop)
        #expect(received.parameters == request.parameters)
        #expect(received.step == request.step)
        #expect(received.language == .fr)
    }

    @Test func aCrashNamesTheSignalAndQuotesStandardError() throws {
        let error = try failure(try run("crash.sh").outcome)
        #expect(error.reason == .crashed(signal: SIGSEGV, errorLines: ["reading the request"]))
        #expect(error.description == """
            external method 'crash' crashed: it was ended by signal SIGSEGV (segmentation fault). The last lines of its standard error:
              | reading the request
            """)
    }

    @Test func aNonZeroExitQuotesTheLastTenLinesOfStandardError() throws {
        let error = try failure(try run("fail.sh").outcome)
        #expect(error.reason == .failed(status: 3, errorLines: (6...15).map { "trace line \($0)" }))
        #expect(error.description.hasPrefix("external method 'fail' failed with exit status 3. The last lines of its standard error:\n  | trace line 6\n"))
        #expect(error.description.hasSuffix("  | trace line 15"))
    }

    @Test func exitStatus65IsARefusalWithTheProgramsReason() throws {
        let error = try failure(try run("refuse.sh").outcome)
        #expect(error.description == "external method 'refuse' cannot run on this workshop: card 'i3' has no text; fill it in or remove it")
    }

    @Test func aProgramThatNeverAnswersIsStoppedAtItsTimeLimit() throws {
        let error = try failure(try run("sleep.sh", timeout: .seconds(1)).outcome)
        #expect(error.reason == .timedOut(.seconds(1)))
        #expect(error.description == """
            external method 'sleep' did not finish within 1 s and was stopped; if it needs more time, raise \
            implementation.timeout_seconds in its manifest
            """)
    }

    @Test func aProgramIgnoringSIGTERMIsKilled() throws {
        let error = try failure(try run("stubborn.sh", timeout: .milliseconds(500)).outcome)
        #expect(error.description.hasPrefix("external method 'stubborn' did not finish within 0.5 s and was stopped"))
    }

    @Test(.enabled(if: hasProcEnviron, "reads /proc/<pid>/stat, which only Linux has"))
    func aProcessLeftBehindDoesNotOutliveTheMethod() throws {
        let run = try run("orphan.sh", result: Self.validResult)
        _ = try run.outcome.get()
        let written = try #require(run.folder["orphan.pid"])
        let pid = try #require(Int32(written.trimmingCharacters(in: .whitespacesAndNewlines)))
        // SIGKILL is delivered asynchronously: wait for the process to be gone (or a zombie) for at most 10 s.
        var alive = Self.isRunning(pid)
        for _ in 0..<100 where alive {
            Thread.sleep(forTimeInterval: 0.1)
            alive = Self.isRunning(pid)
        }
        if alive { kill(pid, SIGKILL) }
        #expect(!alive, "process \(pid), started by the method, still runs after it answered")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid"), "needs /usr/bin/setsid: install util-linux"))
    func aProcessThatLeftTheGroupDoesNotHoldTheResultBack() throws {
        let run = try run("escape.sh", result: Self.validResult, timeout: .seconds(30))
        let written = run.folder["escaped.pid"]?.trimmingCharacters(in: .whitespacesAndNewlines)
        defer { if let pid = written.flatMap({ Int32($0) }) { kill(pid, SIGKILL) } }
        #expect(try run.outcome.get().summary == "Fait « vite » ✔", "the answer is taken without waiting for the time limit")
    }

    /// Whether a process exists and is not a zombie.
    static func isRunning(_ pid: Int32) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return false }
        return stat[stat.index(close, offsetBy: 2)] != "Z"
    }

    @Test func endlessOutputIsCutAtTheLimit() throws {
        let error = try failure(try run("flood.sh", maxOutputBytes: 4096).outcome)
        #expect(error.reason == .outputTooLarge(limit: 4096))
        #expect(error.description == """
            external method 'flood' wrote more than 4096 bytes on standard output and was stopped; if its results are \
            really that large, raise implementation.max_output_bytes in its manifest
            """)
    }

    @Test func megabytesOnStandardErrorWhileTheRequestIsWrittenDoNotBlock() throws {
        let items = (1...20_000).map { Item(id: "i\($0)", text: "Idée n°\($0) : « rendre l'accueil plus simple »", kind: .idea) }
        var workshop = ExternalFixtures.workshop
        workshop.items += items
        let result = try run("noisy.sh", result: Self.validResult, request: ExternalFixtures.request(workshop)).outcome.get()
        #expect(result.summary == "Fait « vite » ✔")
    }

    @Test func aProgramThatDoesNotReadItsInputStillGivesItsResult() throws {
        var workshop = ExternalFixtures.workshop
        workshop.items += (1...20_000).map { Item(id: "i\($0)", text: "Idée n°\($0)", kind: .idea) }
        let result = try run("print-result.sh", result: Self.validResult, request: ExternalFixtures.request(workshop)).outcome.get()
        #expect(result.changes.ballots == [Ballot(item: "i1", dots: 2)])
    }

    static let hasProcEnviron = FileManager.default.fileExists(atPath: "/proc/self/environ")

    @Test(.enabled(if: hasProcEnviron, "reads /proc/<pid>/environ, which only Linux has"))
    func theProgramSeesOnlyTheVariablesItsManifestAllowsAndRunsInTheWorkshopFolder() throws {
        let host = ["PATH": "/usr/bin:/bin", "HOME": "/root", "ATELIER_TOKEN": "secret", "LANG": "fr_BE.UTF-8",
                    "ATELIER_NOTE": "é « x » 🙂"]
        let run = try run("environment.sh", result: Self.validResult, environment: ["LANG", "ATELIER_NOTE", "ATELIER_ABSENT"],
                          hostEnvironment: host)
        _ = try run.outcome.get()
        let variables = try #require(run.folder["environment.txt"]).split(separator: "\0").map(String.init).sorted()
        #expect(variables == ["ATELIER_NOTE=é « x » 🙂", "LANG=fr_BE.UTF-8"])
        #expect(run.folder["folder.txt"] == run.path + "\n")
    }

    @Test(.enabled(if: hasProcEnviron, "reads /proc/<pid>/environ, which only Linux has"))
    func withNoVariablesAllowedTheEnvironmentIsEmpty() throws {
        let run = try run("environment.sh", result: Self.validResult, hostEnvironment: ["PATH": "/usr/bin:/bin", "HOME": "/root"])
        _ = try run.outcome.get()
        #expect(run.folder["environment.txt"] == "")
    }

    @Test(.enabled(if: hasProcEnviron, "reads /proc/<pid>/fd, which only Linux has"))
    func theProgramInheritsNoOpenFileOfTheHost() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let secret = folder.appendingPathComponent("workshop.atelier")
        try Data("SQLite format 3".utf8).write(to: secret)
        // Opened the plainest way, without close-on-exec, as a library might.
        let descriptor = open(secret.path, O_RDWR)
        try #require(descriptor >= 0)
        defer { close(descriptor) }
        let run = try run("descriptors.sh", result: Self.validResult)
        _ = try run.outcome.get()
        let listing = try #require(run.folder["descriptors.txt"])
        let targets = listing.split(separator: "\n").compactMap { line in line.range(of: " -> ").map { String(line[$0.upperBound...]) } }
        #expect(targets.contains { $0.hasSuffix("/descriptors.txt") }, "the listing was read: \(listing)")
        let files = targets.filter { $0.hasPrefix("/") && !$0.hasSuffix("/descriptors.txt") && !$0.hasSuffix("/descriptors.sh") }
        #expect(files.isEmpty, "the program could write through the host's descriptors: \(listing)")
    }

    @Test func textThatIsNotJSONIsReportedWithItsPlaceAndStart() throws {
        let error = try failure(try run("garbage.sh").outcome)
        #expect(error.description == """
            external method 'garbage' printed something that is not JSON on standard output, at line 1, column 1 \
            (byte 0): expected a value, found 'R'. Its output begins: "Result: 3 ideas found\\ndone\\n"
            """)
    }

    @Test func noOutputAtAllIsReported() throws {
        let error = try failure(try run("silent.sh").outcome)
        #expect(error.reason == .invalidJSON(line: 1, column: 1, offset: 0, problem: "expected a value, found the end of the text", excerpt: ""))
    }

    @Test func truncatedJSONIsReportedAtItsEnd() throws {
        let error = try failure(try run("print-result.sh", result: "{\"version\": 1,\n  \"changes\": {\"items\": ").outcome)
        #expect(error.reason == .invalidJSON(line: 2, column: 24, offset: 38, problem: "expected a value, found the end of the text",
                                              excerpt: #""{\"version\": 1,\n  \"changes\": {\"items\": ""#))
    }

    @Test(arguments: ExternalSchemaTests.invalidResults)
    func aResultBreakingTheSchemaIsRefusedWithItsPath(_ case_: InvalidResult) throws {
        let error = try failure(try run("print-result.sh", result: case_.json).outcome)
        #expect(error.reason == .schemaViolation(path: case_.path, problem: case_.problem))
        #expect(error.description.hasPrefix(
            "external method 'print-result' returned a result that does not follow methods/schema/method-result-1.schema.json"))
    }

    @Test func aDayThatDoesNotExistIsRefused() throws {
        let json = #"{"version": 1, "summary": "", "changes": {"actions": {"upsert": [{"id": "A1", "title": "x", "carrier": {"kind": "government"}, "horizon": "2027-02-30"}]}}}"#
        let error = try failure(try run("print-result.sh", result: json).outcome)
        #expect(error.reason == .schemaViolation(path: "changes.actions.upsert[0].horizon",
                                                  problem: #""2027-02-30" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"#))
    }

    @Test func aMissingProgramIsNamed() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let method = ExternalMethod(name: "pestle", executable: folder.appendingPathComponent("pestle.py"), timeout: .seconds(5),
                                    maxOutputBytes: 1000, workingDirectory: folder)
        #expect(throws: ExternalMethodError(method: "pestle", reason: .programMissing(path: folder.appendingPathComponent("pestle.py").path))) {
            try method.run(ExternalFixtures.request())
        }
    }

    @Test func aProgramWithoutExecutePermissionIsNamed() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let script = folder.appendingPathComponent("pestle.sh")
        try Data("#!/bin/sh\nexit 0\n".utf8).write(to: script)
        let method = ExternalMethod(name: "pestle", executable: script, timeout: .seconds(5), maxOutputBytes: 1000, workingDirectory: folder)
        let error = try failure(Result { () throws(ExternalMethodError) in try method.run(ExternalFixtures.request()) })
        #expect(error.description == """
            external method 'pestle' cannot run: its program \(script.path) is not executable; run chmod +x on it \
            (with a #! line), or name its interpreter in implementation.interpreter of its manifest
            """)
    }

    @Test func aScriptWithoutAnInterpreterLineCannotStart() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let script = folder.appendingPathComponent("pestle.sh")
        try Data("echo '{}'\n".utf8).write(to: script)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        let method = ExternalMethod(name: "pestle", executable: script, timeout: .seconds(5), maxOutputBytes: 1000, workingDirectory: folder)
        let error = try failure(Result { () throws(ExternalMethodError) in try method.run(ExternalFixtures.request()) })
        #expect(error.description == """
            external method 'pestle' could not be started: Exec format error; a script needs a first line such as #!/bin/sh, \
            or its interpreter in implementation.interpreter
            """)
    }

    @Test func aMissingInterpreterIsNamedWithThePathSearched() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let method = ExternalMethod(name: "pestle", executable: ExternalFixtures.script("print-result.sh"), interpreter: "pestle-lang",
                                    timeout: .seconds(5), maxOutputBytes: 1000, workingDirectory: folder)
        let error = try failure(Result { () throws(ExternalMethodError) in
            try method.run(ExternalFixtures.request(), hostEnvironment: ["PATH": "/usr/bin:/bin"])
        })
        #expect(error.description == """
            external method 'pestle' needs the interpreter 'pestle-lang', which was not found (searched /usr/bin:/bin); \
            install it, or give its full path in implementation.interpreter of its manifest
            """)
    }

    @Test func anInterpreterRunsTheScriptWithItsArguments() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        try Data(Self.validResult.utf8).write(to: folder.appendingPathComponent("answer.json"))
        let script = folder.appendingPathComponent("answer.sh")
        try Data("exec /bin/cat \"$1\"\n".utf8).write(to: script)
        let method = ExternalMethod(name: "answer", executable: script, interpreter: "sh", arguments: ["answer.json"],
                                    timeout: .seconds(20), maxOutputBytes: 10_000, workingDirectory: folder)
        let result = try method.run(ExternalFixtures.request(), hostEnvironment: ["PATH": "/nowhere::/bin"])
        #expect(result.summary == "Fait « vite » ✔")
        #expect(ExternalMethod.locate("/bin/sh", searchPath: "") == URL(fileURLWithPath: "/bin/sh"))
        #expect(ExternalMethod.locate("bin/sh", searchPath: "/") == nil)
    }

    @Test func aMissingWorkshopFolderIsNamed() throws {
        let folder = URL(fileURLWithPath: "/nonexistent/atelier-workshop")
        let method = ExternalFixtures.method("print-result.sh", in: folder)
        #expect(throws: ExternalMethodError(method: "print-result", reason: .workingDirectoryMissing(path: folder.path))) {
            try method.run(ExternalFixtures.request())
        }
    }

    @Test func aRequestThatCannotBeJSONIsReported() throws {
        var workshop = ExternalFixtures.workshop
        workshop.scores = [Score(item: "i1", criterion: "impact", value: .nan)]
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let error = try failure(Result { () throws(ExternalMethodError) in
            try ExternalFixtures.method("print-result.sh", in: folder).run(ExternalFixtures.request(workshop))
        })
        #expect(error.description.hasPrefix("external method 'print-result' cannot run: the workshop could not be written as a JSON request"))
    }

    @Test func durationsAndSignalsReadAsPeopleSayThem() {
        #expect(ExternalMethodError.seconds(.seconds(30)) == "30 s")
        #expect(ExternalMethodError.seconds(.milliseconds(2500)) == "2.5 s")
        #expect(ExternalMethodError.seconds(.milliseconds(1050)) == "1.05 s")
        #expect(ExternalMethodError.signalName(SIGKILL) == "SIGKILL (killed)")
        #expect(ExternalMethodError.signalName(64) == "64")
    }
}
