import Foundation

/// A method module implemented by a program in any language, speaking JSON.
///
/// The host writes the ``MethodRequest`` as JSON on the program's standard input and closes it; the
/// program writes one ``MethodResult`` as JSON on standard output and exits with status 0. Standard
/// error is for diagnostics; the last lines appear in the message when the program fails. The
/// protocol, with its JSON Schemas, is described in `methods/README.md`.
///
/// The program runs in its working folder, in its own process group, with only the environment
/// variables its manifest lists (not even `PATH` otherwise), and within its time and output limits.
/// With a ``Sandbox`` it sees only the system's programs and libraries, its own folder (read-only) and
/// its working folder, and no network, and it dies with the host. Without one, coreutils' `timeout`
/// (when on the `PATH`) kills it shortly after its time limit even if the host is killed and cannot.
/// The result is checked against the published result schema; checking it against the workshop
/// (identifiers, declared writes) is the runner's job, as for built-in methods.
public struct ExternalMethod: Sendable {
    /// The method's registry id, used in every message.
    public var name: String
    /// The program, or the script its ``interpreter`` runs.
    public var executable: URL
    /// A program that runs ``executable`` as a script (`python3`): a full path, or a name looked up in
    /// the host's `PATH`. Nil runs ``executable`` itself, which must then be executable.
    public var interpreter: String?
    /// Arguments given after the program (after the script, with an interpreter).
    public var arguments: [String]
    /// How long the program may run before it is stopped.
    public var timeout: Duration
    /// How many bytes the program may write on standard output before it is stopped.
    public var maxOutputBytes: Int
    /// Names of the host's environment variables passed through; the program sees no other.
    public var environment: [String]
    /// The folder the program runs in, and the only one it may write to in the sandbox.
    public var workingDirectory: URL
    /// Bubblewrap to confine the program in; nil runs it unconfined.
    public var sandbox: Sandbox?

    /// The exit status by which a program declines to run on a workshop whose content it cannot use,
    /// after explaining why on standard error (`EX_DATAERR` of `sysexits.h`).
    public static let refusalStatus: Int32 = 65
    /// How many of the last lines of standard error a failure message quotes.
    static let quotedErrorLines = 10

    public init(
        name: String, executable: URL, interpreter: String? = nil, arguments: [String] = [], timeout: Duration,
        maxOutputBytes: Int, environment: [String] = [], workingDirectory: URL, sandbox: Sandbox? = nil
    ) {
        self.name = name
        self.executable = executable
        self.interpreter = interpreter
        self.arguments = arguments
        self.timeout = timeout
        self.maxOutputBytes = maxOutputBytes
        self.environment = environment
        self.workingDirectory = workingDirectory
        self.sandbox = sandbox
    }

    /// Runs the program over a request and returns its result, checked against the result schema.
    /// - Throws: ``ExternalMethodError`` naming the method: it could not start, crashed, failed,
    ///   declined, ran too long, wrote too much, or printed something other than a valid result.
    public func run(_ request: MethodRequest) throws(ExternalMethodError) -> MethodResult {
        try run(request, hostEnvironment: ProcessInfo.processInfo.environment)
    }

    /// Runs the program, taking passed-through variables (and `PATH` to find the interpreter) from
    /// `hostEnvironment`.
    func run(_ request: MethodRequest, hostEnvironment: [String: String]) throws(ExternalMethodError) -> MethodResult {
        let searchPath = hostEnvironment["PATH"] ?? ""
        var (program, programArguments) = try command(searchPath: searchPath)
        if let sandbox {
            (program, programArguments) = sandbox.command(program, programArguments, moduleFolder: executable.deletingLastPathComponent(),
                                                          workingDirectory: workingDirectory)
        } else if let timeoutProgram = Self.locate("timeout", searchPath: searchPath) {
            // Only a backstop for when the host is killed: the host stops the program itself at the limit.
            // `timeout` would hand a file the system cannot execute to /bin/sh: it is refused as the system would.
            guard interpreter != nil || Self.isExecutableFormat(executable) else {
                throw failure(.cannotStart(Self.startFailure(NSError(domain: NSPOSIXErrorDomain, code: Int(ENOEXEC)))))
            }
            // SIGKILL, as a process the program started may block SIGTERM.
            programArguments = ["--signal=KILL", Self.seconds(timeout + ChildProcess.terminationGrace), program.path] + programArguments
            program = timeoutProgram
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: workingDirectory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw failure(.workingDirectoryMissing(path: workingDirectory.path))
        }
        let input: Data
        do {
            input = try Self.encoded(request)
        } catch {
            throw failure(.requestNotEncodable(String(describing: error)))
        }
        let child = ChildProcess(
            executable: program, arguments: programArguments,
            environment: hostEnvironment.filter { environment.contains($0.key) },
            workingDirectory: workingDirectory, timeout: timeout, maxOutputBytes: maxOutputBytes)
        let outcome: ChildOutcome
        do {
            outcome = try child.run(input: Array(input))
        } catch {
            throw failure(.cannotStart(Self.startFailure(error)))
        }
        return try result(of: outcome)
    }

    /// The request as the program reads it: JSON with keys in sorted order.
    static func encoded(_ request: MethodRequest) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(request)
    }

    /// Whether a file begins as the system's programs do: a `#!` line, or an ELF header.
    private static func isExecutableFormat(_ file: URL) -> Bool {
        guard let handle = try? FileHandle(forReadingFrom: file) else { return false }
        defer { try? handle.close() }
        let start = [UInt8]((try? handle.read(upToCount: 4)) ?? Data())
        return start.starts(with: Array("#!".utf8)) || start == [0x7F] + Array("ELF".utf8)
    }

    /// A duration as `timeout` reads it: `2.5s`.
    private static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return "\(seconds).\(String(format: "%03d", attoseconds / 1_000_000_000_000_000))s"
    }

    /// The program to start and its arguments, after checking that they exist. In the sandbox, the
    /// interpreter is looked up only among the system folders it shows.
    private func command(searchPath hostPath: String) throws(ExternalMethodError) -> (URL, [String]) {
        let searchPath = sandbox == nil ? hostPath : hostPath.split(separator: ":").filter { Sandbox.shows(String($0)) }.joined(separator: ":")
        let files = FileManager.default
        guard files.fileExists(atPath: executable.path) else { throw failure(.programMissing(path: executable.path)) }
        guard let interpreter else {
            guard files.isExecutableFile(atPath: executable.path) else {
                throw failure(.programNotExecutable(path: executable.path))
            }
            return (executable, arguments)
        }
        guard let found = Self.locate(interpreter, searchPath: searchPath), sandbox == nil || Sandbox.shows(found.path) else {
            let searched = interpreter.contains("/") ? interpreter : searchPath
            throw failure(.interpreterMissing(name: interpreter, searched: sandbox == nil ? searched : "in the sandbox: \(searched)"))
        }
        return (found, [executable.path] + arguments)
    }

    /// An interpreter's program: the path itself when it contains a slash, otherwise the first
    /// executable of that name in the folders of `searchPath`. Empty and relative entries are skipped,
    /// so an interpreter is never taken from the current folder.
    static func locate(_ interpreter: String, searchPath: String) -> URL? {
        let files = FileManager.default
        if interpreter.contains("/") {
            return interpreter.hasPrefix("/") && files.isExecutableFile(atPath: interpreter)
                ? URL(fileURLWithPath: interpreter) : nil
        }
        for folder in searchPath.split(separator: ":") where folder.hasPrefix("/") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent(interpreter)
            var isFolder: ObjCBool = false
            if files.fileExists(atPath: candidate.path, isDirectory: &isFolder), !isFolder.boolValue,
               files.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        return nil
    }

    /// Why the system refused to start the program, from the POSIX error under Foundation's.
    private static func startFailure(_ error: any Error) -> String {
        let posix = ((error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError) ?? (error as NSError)
        guard posix.domain == NSPOSIXErrorDomain else { return posix.localizedDescription }
        let reason = String(cString: strerror(Int32(posix.code)))
        guard posix.code == Int(ENOEXEC) else { return reason }
        return reason + "; a script needs a first line such as #!/bin/sh, or its interpreter in implementation.interpreter"
    }

    /// Interprets how the program ended and what it printed.
    private func result(of outcome: ChildOutcome) throws(ExternalMethodError) -> MethodResult {
        switch outcome.stop {
        case .timeLimit: throw failure(.timedOut(timeout))
        case .outputLimit: throw failure(.outputTooLarge(limit: maxOutputBytes))
        case nil: break
        }
        let errorText = String(decoding: outcome.errorTail, as: UTF8.self)
        let errorLines = errorText.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let lastLines = errorLines.suffix(Self.quotedErrorLines).map { $0.count > 300 ? String($0.prefix(300)) + "…" : $0 }
        switch outcome.ending {
        case .signalled(let signal):
            throw failure(.crashed(signal: signal, errorLines: Array(lastLines)))
        case .exited(Self.refusalStatus):
            let explanation = lastLines.joined(separator: " ")
            throw failure(.refused(explanation.isEmpty ? "it gave no reason on standard error" : explanation))
        case .exited(let status) where status != 0:
            throw failure(.failed(status: status, errorLines: Array(lastLines)))
        case .exited:
            return try decode(outcome.output)
        }
    }

    /// Parses, checks and decodes standard output as a result.
    private func decode(_ output: [UInt8]) throws(ExternalMethodError) -> MethodResult {
        let document: JSONValue
        do {
            document = try JSONParser.parse(output)
        } catch {
            throw failure(.invalidJSON(line: error.line, column: error.column, offset: error.offset,
                                       problem: error.message, excerpt: Self.excerpt(output)))
        }
        do {
            try MessageChecker.check(document, against: MessageSchema.result)
        } catch {
            throw failure(.schemaViolation(path: error.path, problem: error.problem))
        }
        do {
            return try JSONDecoder().decode(MethodResult.self, from: Data(output))
        } catch {
            // The checker follows the decoder's rules, so this is reached only if the two part ways.
            throw failure(.schemaViolation(path: "", problem: String(describing: error)))
        }
    }

    /// The start of the output as a quoted string with control characters escaped.
    static func excerpt(_ output: [UInt8]) -> String {
        guard !output.isEmpty else { return "" }
        let shown = String(decoding: output.prefix(80), as: UTF8.self).debugDescription
        return output.count > 80 ? shown + "…" : shown
    }

    private func failure(_ reason: ExternalMethodError.Reason) -> ExternalMethodError {
        ExternalMethodError(method: name, reason: reason)
    }
}
