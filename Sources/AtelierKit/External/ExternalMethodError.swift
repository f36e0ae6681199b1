import Foundation

/// Why an external method gave no usable result, said for the facilitator and naming the method.
public struct ExternalMethodError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The method's registry id.
    public var method: String
    public var reason: Reason

    public init(method: String, reason: Reason) {
        self.method = method
        self.reason = reason
    }

    /// What went wrong.
    public enum Reason: Sendable, Equatable {
        /// The program named by the manifest does not exist.
        case programMissing(path: String)
        /// The program exists but may not be executed (and no interpreter is named).
        case programNotExecutable(path: String)
        /// The interpreter the manifest names is neither a full path to a program nor on the host's PATH.
        case interpreterMissing(name: String, searched: String)
        /// The workshop's folder, where the program runs, does not exist.
        case workingDirectoryMissing(path: String)
        /// The system refused to start the program.
        case cannotStart(String)
        /// The request could not be written as JSON (a number that is not finite, for example).
        case requestNotEncodable(String)
        /// The program was ended by a signal it did not handle.
        case crashed(signal: Int32, errorLines: [String])
        /// The program exited with a status other than 0 and ``ExternalMethod/refusalStatus``.
        case failed(status: Int32, errorLines: [String])
        /// The program declined to run on this workshop (exit status ``ExternalMethod/refusalStatus``)
        /// and explained why on standard error.
        case refused(String)
        /// The program ran longer than its time limit and was stopped.
        case timedOut(Duration)
        /// The program wrote more than its limit on standard output and was stopped.
        case outputTooLarge(limit: Int)
        /// Standard output is not JSON.
        case invalidJSON(line: Int, column: Int, offset: Int, problem: String, excerpt: String)
        /// Standard output is JSON that does not follow the result schema.
        case schemaViolation(path: String, problem: String)
    }

    public var description: String {
        let subject = "external method '\(method)'"
        switch reason {
        case .programMissing(let path):
            return "\(subject) cannot run: its program \(path) does not exist; check implementation.executable in its "
                + "manifest (a path relative to methods/)"
        case .programNotExecutable(let path):
            return "\(subject) cannot run: its program \(path) is not executable; run chmod +x on it (with a #! line), "
                + "or name its interpreter in implementation.interpreter of its manifest"
        case .interpreterMissing(let name, let searched):
            let place = searched.isEmpty ? "the PATH is empty" : "searched \(searched)"
            return "\(subject) needs the interpreter '\(name)', which was not found (\(place)); install it, or give its "
                + "full path in implementation.interpreter of its manifest"
        case .workingDirectoryMissing(let path):
            return "\(subject) cannot run in the workshop's folder \(path): the folder does not exist"
        case .cannotStart(let reason):
            return "\(subject) could not be started: \(reason)"
        case .requestNotEncodable(let reason):
            return "\(subject) cannot run: the workshop could not be written as a JSON request (\(reason))"
        case .crashed(let signal, let lines):
            return "\(subject) crashed: it was ended by signal \(Self.signalName(signal))." + Self.quote(lines)
        case .failed(let status, let lines):
            return "\(subject) failed with exit status \(status)." + Self.quote(lines)
        case .refused(let explanation):
            return "\(subject) cannot run on this workshop: \(explanation)"
        case .timedOut(let limit):
            return "\(subject) did not finish within \(Self.seconds(limit)) and was stopped; if it needs more time, raise "
                + "implementation.timeout_seconds in its manifest"
        case .outputTooLarge(let limit):
            return "\(subject) wrote more than \(limit) bytes on standard output and was stopped; if its results are "
                + "really that large, raise implementation.max_output_bytes in its manifest"
        case .invalidJSON(let line, let column, let offset, let problem, let excerpt):
            let start = excerpt.isEmpty ? "" : " Its output begins: \(excerpt)"
            return "\(subject) printed something that is not JSON on standard output, at line \(line), column \(column) "
                + "(byte \(offset)): \(problem).\(start)"
        case .schemaViolation(let path, let problem):
            let place = path.isEmpty ? "" : " at \(path)"
            return "\(subject) returned a result that does not follow methods/schema/method-result-1.schema.json\(place): "
                + problem
        }
    }

    /// The last lines of standard error, indented, or a note that there were none.
    private static func quote(_ lines: [String]) -> String {
        guard !lines.isEmpty else { return " It wrote nothing on standard error." }
        return " The last lines of its standard error:\n" + lines.map { "  | " + $0 }.joined(separator: "\n")
    }

    /// A duration in seconds as people read it: `1 s`, `2.5 s`.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = attoseconds / 1_000_000_000_000_000
        guard milliseconds > 0 else { return "\(seconds) s" }
        var fraction = String(milliseconds)
        fraction = String(repeating: "0", count: 3 - fraction.count) + fraction
        while fraction.hasSuffix("0") { fraction.removeLast() }
        return "\(seconds).\(fraction) s"
    }

    /// The conventional name and meaning of a signal number (`SIGSEGV (segmentation fault)`).
    static func signalName(_ signal: Int32) -> String {
        let names: [Int32: (String, String)] = [
            SIGHUP: ("SIGHUP", "hang-up"), SIGINT: ("SIGINT", "interrupt"), SIGQUIT: ("SIGQUIT", "quit"),
            SIGILL: ("SIGILL", "illegal instruction"), SIGTRAP: ("SIGTRAP", "trap"), SIGABRT: ("SIGABRT", "aborted"),
            SIGBUS: ("SIGBUS", "bus error"), SIGFPE: ("SIGFPE", "arithmetic error"), SIGKILL: ("SIGKILL", "killed"),
            SIGUSR1: ("SIGUSR1", "user signal 1"), SIGSEGV: ("SIGSEGV", "segmentation fault"),
            SIGUSR2: ("SIGUSR2", "user signal 2"), SIGPIPE: ("SIGPIPE", "broken pipe"), SIGALRM: ("SIGALRM", "alarm clock"),
            SIGTERM: ("SIGTERM", "terminated"), SIGXCPU: ("SIGXCPU", "CPU time limit exceeded"),
            SIGXFSZ: ("SIGXFSZ", "file size limit exceeded"), SIGSYS: ("SIGSYS", "bad system call"),
        ]
        guard let (name, meaning) = names[signal] else { return "\(signal)" }
        return "\(name) (\(meaning))"
    }
}
