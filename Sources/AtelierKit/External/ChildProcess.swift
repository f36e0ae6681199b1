import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a child process ended and what it printed.
struct ChildOutcome: Sendable {
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
    }

    /// Why the host stopped the child before it ended by itself.
    enum Stop: Sendable, Equatable {
        case timeLimit
        case outputLimit
    }

    var ending: Ending
    /// Everything it wrote on standard output (at most one byte more than the limit).
    var output: [UInt8]
    /// The last ``ChildProcess/errorTailBytes`` bytes it wrote on standard error.
    var errorTail: [UInt8]
    var stop: Stop?
}

/// Runs a program once: feeds it its input, collects its output and enforces a time and size limit.
///
/// The child runs in its own process group with exactly the environment given. Standard input, output
/// and error are served together in one `poll` loop, so a child that writes a lot before reading, or
/// floods standard error, never blocks the host. When the time limit passes or standard output exceeds
/// its limit, the whole group receives SIGTERM, then SIGKILL after ``terminationGrace``. Once the
/// program has ended, whatever it left running in its group is killed; so is the whole group when the
/// host is interrupted (``Interruption``).
struct ChildProcess {
    var executable: URL
    var arguments: [String]
    var environment: [String: String]
    var workingDirectory: URL
    var timeout: Duration
    var maxOutputBytes: Int

    /// How long a stopped child may take to end after SIGTERM before it receives SIGKILL.
    static let terminationGrace: Duration = .seconds(2)
    /// How much of the end of standard error is kept for messages.
    static let errorTailBytes = 16 * 1024

    /// Starts the program, writes `input` to its standard input and waits until it has ended.
    /// - Throws: the error of `Process.run()` when the program cannot be started.
    func run(input: [UInt8]) throws -> ChildOutcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = environment
        process.currentDirectoryURL = workingDirectory
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        let group = process.processIdentifier
        let interrupted = DispatchSemaphore(value: 0)
        let interruption = Interruption.onInterrupt {
            interrupted.signal()
            kill(-group, SIGKILL)
        }
        defer { Interruption.remove(interruption) }
        let watcher = ExitWatcher(pid: group)

        let deadline = DispatchTime.now() + Self.interval(timeout)
        var streams = Streams(input: input, stdin: stdin.fileHandleForWriting, stdout: stdout.fileHandleForReading,
                              stderr: stderr.fileHandleForReading, maxOutputBytes: maxOutputBytes)
        var stop = Self.withSIGPIPEBlocked { streams.serve(until: deadline) }
        if stop == nil, !watcher.wait(until: deadline) { stop = .timeLimit }
        streams.closeAll()
        if stop != nil {
            kill(-group, SIGTERM)
            if !watcher.wait(until: .now() + Self.interval(Self.terminationGrace)) {
                kill(-group, SIGKILL)
                _ = watcher.wait(until: .distantFuture)
            }
        }
        // Whatever the program left running in its group ends with it.
        kill(-group, SIGKILL)
        // Interrupted, the host is about to end by the signal: its child's end is no failure to report.
        if interrupted.wait(timeout: .now()) == .success {
            while true { pause() }
        }
        let ending: ChildOutcome.Ending
        if let seen = watcher.ending {
            ending = seen
            // Lets `Process` reap it; a helper that left the group may keep it from noticing, so not forever.
            _ = ended.wait(timeout: .now() + Self.interval(Self.terminationGrace))
        } else {
            ended.wait()
            ending = process.terminationReason == .uncaughtSignal
                ? .signalled(process.terminationStatus) : .exited(process.terminationStatus)
        }
        return ChildOutcome(ending: ending, output: streams.output, errorTail: streams.errorTail, stop: stop)
    }

    /// A duration as Dispatch counts it; one too long to count never ends.
    private static func interval(_ duration: Duration) -> DispatchTimeInterval {
        let (seconds, attoseconds) = duration.components
        guard seconds < Int64(Int.max / 1_000_000_000) - 1 else { return .never }
        return .nanoseconds(max(0, Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)))
    }

    /// Runs `body` with SIGPIPE blocked in this thread, so that writing to a child that closed its
    /// standard input fails with EPIPE instead of ending the host; a SIGPIPE raised meanwhile is discarded.
    private static func withSIGPIPEBlocked<T>(_ body: () -> T) -> T {
        var pipeOnly = sigset_t()
        sigemptyset(&pipeOnly)
        sigaddset(&pipeOnly, SIGPIPE)
        var previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &pipeOnly, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if sigismember(&previous, SIGPIPE) == 0, sigismember(&pending, SIGPIPE) == 1 {
                var signal: Int32 = 0
                sigwait(&pipeOnly, &signal)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        return body()
    }
}

/// The host's ends of the child's standard streams and what has gone through them.
private struct Streams {
    let input: [UInt8]
    var written = 0
    let stdin: FileHandle
    let stdout: FileHandle
    let stderr: FileHandle
    var stdinOpen = true
    var stdoutOpen = true
    var stderrOpen = true
    let maxOutputBytes: Int
    var output: [UInt8] = []
    var errorTail: [UInt8] = []

    init(input: [UInt8], stdin: FileHandle, stdout: FileHandle, stderr: FileHandle, maxOutputBytes: Int) {
        self.input = input
        self.stdin = stdin
        self.stdout = stdout
        self.stderr = stderr
        self.maxOutputBytes = maxOutputBytes
        let flags = fcntl(stdin.fileDescriptor, F_GETFL)
        _ = fcntl(stdin.fileDescriptor, F_SETFL, flags | O_NONBLOCK)
        if input.isEmpty { closeInput() }
    }

    /// Writes the input and reads both outputs until the child closes them, the deadline passes or
    /// standard output exceeds its limit.
    /// - Returns: why serving stopped early, or nil when both outputs were closed by the child.
    mutating func serve(until deadline: DispatchTime) -> ChildOutcome.Stop? {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while stdoutOpen || stderrOpen {
            let now = DispatchTime.now()
            guard now < deadline else { return .timeLimit }
            let waitMilliseconds = Int32(min((deadline.uptimeNanoseconds - now.uptimeNanoseconds) / 1_000_000 + 1, 60_000))
            var fds = [
                pollfd(fd: stdinOpen ? stdin.fileDescriptor : -1, events: Int16(POLLOUT), revents: 0),
                pollfd(fd: stdoutOpen ? stdout.fileDescriptor : -1, events: Int16(POLLIN), revents: 0),
                pollfd(fd: stderrOpen ? stderr.fileDescriptor : -1, events: Int16(POLLIN), revents: 0),
            ]
            if poll(&fds, nfds_t(fds.count), waitMilliseconds) < 0 {
                if errno == EINTR { continue }
                return .timeLimit
            }
            if fds[0].revents != 0 { writeInput() }
            if fds[1].revents != 0, let bytes = readAvailable(stdout, into: &buffer) {
                if bytes.isEmpty {
                    stdoutOpen = false
                } else {
                    output.append(contentsOf: bytes.prefix(max(0, maxOutputBytes + 1 - output.count)))
                    if output.count > maxOutputBytes { return .outputLimit }
                }
            }
            if fds[2].revents != 0, let bytes = readAvailable(stderr, into: &buffer) {
                if bytes.isEmpty {
                    stderrOpen = false
                } else {
                    errorTail.append(contentsOf: bytes)
                    if errorTail.count > 2 * ChildProcess.errorTailBytes {
                        errorTail.removeFirst(errorTail.count - ChildProcess.errorTailBytes)
                    }
                }
            }
        }
        if errorTail.count > ChildProcess.errorTailBytes {
            errorTail.removeFirst(errorTail.count - ChildProcess.errorTailBytes)
        }
        return nil
    }

    /// Reads what is available: nil when nothing was (interrupted), empty at the end of the stream.
    private func readAvailable(_ handle: FileHandle, into buffer: inout [UInt8]) -> ArraySlice<UInt8>? {
        let count = buffer.withUnsafeMutableBytes { read(handle.fileDescriptor, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR || errno == EAGAIN ? nil : [] }
        return buffer[0..<count]
    }

    private mutating func writeInput() {
        let count = input[written...].withUnsafeBytes { write(stdin.fileDescriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            written += count
            if written == input.count { closeInput() }
        } else if count < 0, errno != EINTR, errno != EAGAIN {
            // The child closed its standard input (EPIPE): it has read all it wants.
            closeInput()
        }
    }

    private mutating func closeInput() {
        try? stdin.close()
        stdinOpen = false
    }

    mutating func closeAll() {
        if stdinOpen { closeInput() }
        try? stdout.close()
        try? stderr.close()
        stdoutOpen = false
        stderrOpen = false
    }
}
