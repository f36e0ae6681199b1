import Foundation

/// Runs the built `atelier` executable as a user would, in a folder of its own.
struct CLI {
    /// The folder commands run in (holds `workshop.atelier`).
    let folder: URL
    /// Extra environment.
    var environment: [String: String] = [:]

    /// What a command printed and how it ended.
    struct Output {
        var stdout: String
        var stderr: String
        var status: Int32
    }

    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The `atelier` executable built beside this test bundle.
    static let executable: URL = {
        let candidates = [
            Bundle.main.bundleURL.deletingLastPathComponent(),
            Bundle.main.bundleURL,
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
        ]
        for folder in candidates {
            let url = folder.appendingPathComponent("atelier")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return candidates[0].appendingPathComponent("atelier")
    }()

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        environment["ATELIER_METHODS"] = Self.packageRoot.appendingPathComponent("methods").path
        // Consent to external methods is recorded in the folder, never in the user's configuration.
        environment["XDG_CONFIG_HOME"] = folder.appendingPathComponent("config").path
    }

    /// Runs `atelier ARGS…` and waits for it.
    @discardableResult
    func callAsFunction(_ arguments: String...) throws -> Output { try run(arguments) }

    /// `atelier ARGS…` ready to start in the folder with the test's environment.
    func process(_ arguments: [String]) -> Process {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env.removeValue(forKey: "ATELIER_WORKSHOP")
        for (k, v) in environment { env[k] = v }
        process.environment = env
        return process
    }

    func run(_ arguments: [String], stdin: Data? = nil) throws -> Output {
        let process = process(arguments)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let errData = Locked(Data())
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errData.withLock { $0 = data }
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData.withLock { $0 }, as: UTF8.self),
                      status: process.terminationStatus)
    }

    /// Runs each writer's commands in order, all writers at once, each on its own thread (a thread pool
    /// would run only as many as there are cores), and returns every writer's outputs.
    func runConcurrently(_ writers: [[[String]]]) -> [[Output]] {
        let outputs = Locked([[Output]](repeating: [], count: writers.count))
        let group = DispatchGroup()
        for (index, commands) in writers.enumerated() {
            group.enter()
            Thread.detachNewThread {
                for command in commands {
                    let output = (try? self.run(command)) ?? Output(stdout: "", stderr: "did not start", status: -1)
                    outputs.withLock { $0[index].append(output) }
                }
                group.leave()
            }
        }
        group.wait()
        return outputs.withLock { $0 }
    }

    /// Starts `atelier ARGS…` in the background, its output discarded (or sent to `output`), with no
    /// signal blocked: a process started from a test inherits the test thread's blocked signals
    /// (Foundation's `Process` keeps the mask), and could not be interrupted.
    func start(_ arguments: [String], output: Pipe? = nil) throws -> Process {
        let process = process(arguments)
        process.standardOutput = output ?? FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        var none = sigset_t(), previous = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        try process.run()
        return process
    }

    /// Starts `atelier ARGS…` and sends it SIGKILL as soon as `midway` holds (checked every millisecond),
    /// and says whether the signal ended it (false when it finished before `midway` held).
    func kill(_ arguments: [String], when midway: () -> Bool) throws -> Bool {
        let process = try start(arguments)
        while process.isRunning && !midway() { usleep(1_000) }
        Foundation.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
    }

    /// Writes a file in the folder.
    func write(_ name: String, _ text: String) throws {
        try Data(text.utf8).write(to: folder.appendingPathComponent(name))
    }

    /// The workshop's exported XML action list, to compare before and after a command.
    /// - Parameter workshop: The workshop file, when not `workshop.atelier` in the folder.
    func snapshot(workshop: String? = nil) throws -> String {
        try run(["export", "--format", "xml", "--output", "snap"] + (workshop.map { ["--workshop", $0] } ?? []))
        let dir = folder.appendingPathComponent("snap")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        return try files.map { try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8) }.joined()
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }

    /// A fixture file of this test target.
    static func fixture(_ path: String) -> URL {
        packageRoot.appendingPathComponent("Tests/AtelierCLITests/Fixtures").appendingPathComponent(path)
    }
}

/// A value shared between threads behind a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}
