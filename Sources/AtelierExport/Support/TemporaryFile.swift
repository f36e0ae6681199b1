import AtelierKit
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A hidden file a document is written to before it is renamed into place (or a staging file inside
/// such a write): `.<name>.<pid>.partial`, next to the file it stands for.
///
/// The file itself is created by ``FileSink`` (`O_CREAT | O_EXCL | O_NOFOLLOW`), so a file or a
/// symbolic link planted under its name is never followed nor reused. From creation until
/// ``finished()`` or ``discard()``, an interruption (Ctrl-C, SIGTERM, SIGHUP) removes it; a killed
/// process (kill -9) leaves it behind, and the next export into the folder removes it
/// (``removeLeftovers(in:)``).
final class TemporaryFile: Sendable {
    /// Where the file is written.
    let url: URL
    private let token: Interruption.Token

    /// Names the temporary file for `final` and arranges for its removal on interruption. Whatever
    /// is left under that name (by a dead process with the same id, or planted) is removed first:
    /// the name holds this process's id, so nothing of a live export can be there.
    init(for final: URL) {
        let url = final.deletingLastPathComponent()
            .appendingPathComponent(".\(final.lastPathComponent).\(getpid())\(Self.suffix)")
        self.url = url
        unlink(url.path)
        token = Interruption.onInterrupt { unlink(url.path) }
    }

    /// The file was renamed into place (or is removed by its writer): nothing to tidy up.
    func finished() {
        Interruption.remove(token)
    }

    /// Removes the file: its writer failed.
    func discard() {
        unlink(url.path)
        Interruption.remove(token)
    }

    /// Removes the temporary files a process that no longer runs left in `directory` (an export
    /// killed with kill -9, a power cut). Those of a running process, another export writing into
    /// the same folder, are left alone.
    static func removeLeftovers(in directory: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return }
        for name in names {
            guard let pid = owner(of: name), kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(directory.appendingPathComponent(name).path)
        }
    }

    /// The process id in a temporary file's name; nil for a name that is not one.
    static func owner(of name: String) -> pid_t? {
        guard name.hasPrefix("."), name.hasSuffix(suffix) else { return nil }
        let stem = name.dropLast(suffix.count)
        guard let dot = stem.lastIndex(of: "."), dot > stem.startIndex,
              let pid = pid_t(stem[stem.index(after: dot)...]), pid > 0
        else { return nil }
        return pid
    }

    private static let suffix = ".partial"
}
