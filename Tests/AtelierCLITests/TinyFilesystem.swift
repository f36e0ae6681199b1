import Foundation

/// A small tmpfs mounted for one test, to make a disk full or read-only for real: running as root,
/// file permissions stop no write, but a full or read-only filesystem does. Needs permission to mount
/// (root in a container that allows it); ``available`` says whether this machine gives it.
final class TinyFilesystem {
    /// The mount point.
    let url: URL

    /// Whether a tmpfs can be mounted here, found by mounting one.
    static let available: Bool = {
        guard let trial = try? TinyFilesystem(kilobytes: 64) else { return false }
        trial.unmount()
        return true
    }()

    struct MountError: Error, CustomStringConvertible {
        var description: String
    }

    init(kilobytes: Int) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-tinyfs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Self.run("/bin/mount", "-t", "tmpfs", "-o", "size=\(kilobytes)k,mode=0755", "tmpfs", url.path)
    }

    /// Fills every byte left with a file named `filler`.
    func fill() throws {
        let filler = url.appendingPathComponent("filler")
        FileManager.default.createFile(atPath: filler.path, contents: nil)
        let handle = try FileHandle(forWritingTo: filler)
        defer { try? handle.close() }
        for size in [1 << 16, 1 << 12, 1 << 9, 1] {
            let chunk = Data(repeating: 0x20, count: size)
            while (try? handle.write(contentsOf: chunk)) != nil {}
        }
    }

    /// Mounts it again read-only (or writable).
    func remount(readOnly: Bool) throws {
        try Self.run("/bin/mount", "-o", "remount,\(readOnly ? "ro" : "rw")", url.path)
    }

    func unmount() {
        try? Self.run("/bin/umount", url.path)
        try? FileManager.default.removeItem(at: url)
    }

    private static func run(_ arguments: String...) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw MountError(description: "\(arguments.joined(separator: " ")) exited with \(process.terminationStatus)")
        }
    }
}
