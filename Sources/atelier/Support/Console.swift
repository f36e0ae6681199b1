import ArgumentParser
import Foundation

/// Writes to the terminal: results on standard output, diagnostics on standard error, colour only
/// on a terminal and never when `NO_COLOR` is set.
enum Console {
    static let colourOut = useColour(STDOUT_FILENO)
    static let colourErr = useColour(STDERR_FILENO)

    private static func useColour(_ fd: Int32) -> Bool {
        let env = ProcessInfo.processInfo.environment
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(fd) == 1
    }

    static func bold(_ text: String) -> String { colourOut ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    static func dim(_ text: String) -> String { colourOut ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
    static func green(_ text: String) -> String { colourOut ? "\u{1B}[32m\(text)\u{1B}[0m" : text }

    /// Prints a line on standard error.
    static func error(_ message: String) {
        let label = colourErr ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        let text = message.hasPrefix("error:") || message.contains(": error: ") ? message : "\(label) \(message)"
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints a warning line on standard error.
    static func warning(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }

    /// Prints progress on standard error, only on a terminal.
    static func progress(_ text: String) {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
    }

    static func endProgress() {
        guard isatty(STDERR_FILENO) == 1 else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
    }
}

/// Runs a command's work, printing a user error once on standard error and exiting with status 1.
func reportingErrors(_ work: () throws -> Void) throws {
    do {
        try work()
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        Console.error(String(describing: error))
        throw ExitCode.failure
    }
}
