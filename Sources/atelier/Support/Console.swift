import ArgumentParser
import AtelierKit
import Foundation

/// Writes to the terminal: results on standard output, diagnostics on standard error, colour only
/// on a terminal and never when `NO_COLOR` is set.
///
/// Text from the workshop, from method modules and their manifests, or quoted from an imported file
/// is printed through ``clean(_:)``: such text is written by others, and an escape sequence in it
/// could retitle the terminal, clear it, or hide what follows.
enum Console {
    static let colourOut = useColour(STDOUT_FILENO)
    static let colourErr = useColour(STDERR_FILENO)

    private static func useColour(_ fd: Int32) -> Bool {
        let env = ProcessInfo.processInfo.environment
        if let noColor = env["NO_COLOR"], !noColor.isEmpty { return false }
        if env["TERM"] == "dumb" { return false }
        return isatty(fd) == 1
    }

    /// Text in bold, dimmed or green on a terminal; the text is cleaned (``clean(_:)``) first.
    static func bold(_ text: String) -> String { colourOut ? "\u{1B}[1m\(clean(text))\u{1B}[0m" : clean(text) }
    static func dim(_ text: String) -> String { colourOut ? "\u{1B}[2m\(clean(text))\u{1B}[0m" : clean(text) }
    static func green(_ text: String) -> String { colourOut ? "\u{1B}[32m\(clean(text))\u{1B}[0m" : clean(text) }

    /// Text as it may reach a terminal: escape sequences removed whole (CSI such as `ESC [ 2 J`,
    /// OSC such as `ESC ] 0 ; title BEL`, and the like), and every other control character (C0 but
    /// line feed and tab, DEL, C1) and bidirectional override or isolate (U+202A–U+202E,
    /// U+2066–U+2069) removed.
    static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isRemoved) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar {
            case "\u{1B}":
                guard let kind = scalars.next() else { break }
                switch kind {
                case "[": skipControlSequence(&scalars)
                case "]", "P", "X", "^", "_": skipString(&scalars)
                default: break
                }
            case "\u{9B}": skipControlSequence(&scalars)
            case "\u{90}", "\u{98}", "\u{9D}", "\u{9E}", "\u{9F}": skipString(&scalars)
            case _ where isRemoved(scalar): break
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isRemoved(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x09: false
        case 0x00..<0x20, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Skips a control sequence's parameters up to its final character (`@` to `~`).
    private static func skipControlSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next(), !(0x40...0x7E).contains(scalar.value) {}
    }

    /// Skips a string sequence (OSC, DCS, …) up to its terminator: BEL, `ESC \` or ST.
    private static func skipString(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if scalar == "\u{07}" || scalar == "\u{9C}" { return }
            if scalar == "\u{1B}" {
                _ = scalars.next()
                return
            }
        }
    }

    /// Prints a line on standard error, cleaned: messages quote what files and modules hold.
    static func error(_ message: String) {
        let label = colourErr ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        let message = clean(message)
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
        Interruption.awaitInterruption()
        Console.error(String(describing: error))
        throw ExitCode.failure
    }
}
