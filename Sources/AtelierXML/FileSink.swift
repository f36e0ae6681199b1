import Foundation
#if canImport(Glibc)
import Glibc
private let systemClose = Glibc.close
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemClose = Darwin.close
private let systemWrite = Darwin.write
#endif

/// A file that streamed output goes to, written through one buffer of fixed size.
///
/// Memory stays at the buffer size however much is written. ``close()`` must be called to know that
/// every byte reached the file; `deinit` only releases the descriptor.
public final class FileSink: ByteSink {
    /// The file written to.
    public let path: String
    private var descriptor: Int32
    private let buffer: UnsafeMutableRawBufferPointer
    private var used = 0
    /// Bytes accepted so far (written or still in the buffer).
    public private(set) var byteCount: Int64 = 0

    /// Creates a new file at `url` (permissions `0644`) and opens it for writing.
    ///
    /// The file must not exist: whatever is already there, a file or a symbolic link planted where
    /// the file is to go, is refused (`O_EXCL | O_NOFOLLOW`), never followed nor overwritten.
    /// - Parameters:
    ///   - url: A file URL.
    ///   - bufferSize: Bytes collected before each `write(2)`.
    /// - Throws: ``FileSinkError/cannotOpen(path:reason:)`` when the file cannot be created or
    ///   something is already there.
    public init(url: URL, bufferSize: Int = 1 << 18) throws {
        path = url.path
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw FileSinkError.cannotOpen(path: url.path, reason: FileSinkError.reason()) }
        buffer = .allocate(byteCount: bufferSize, alignment: 16)
    }

    deinit {
        if descriptor >= 0 { _ = systemClose(descriptor) }
        buffer.deallocate()
    }

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard descriptor >= 0 else { throw FileSinkError.closed(path: path) }
        byteCount += Int64(bytes.count)
        if used + bytes.count > buffer.count {
            try flush()
        }
        if bytes.count >= buffer.count {
            try writeAll(bytes)
        } else if let base = bytes.baseAddress {
            (buffer.baseAddress! + used).copyMemory(from: base, byteCount: bytes.count)
            used += bytes.count
        }
    }

    /// Writes the buffered bytes to the file.
    public func flush() throws {
        guard used > 0 else { return }
        try writeAll(UnsafeRawBufferPointer(rebasing: buffer[0..<used]))
        used = 0
    }

    /// Flushes and closes the file; writing afterwards throws.
    public func close() throws {
        guard descriptor >= 0 else { return }
        defer { descriptor = -1 }
        try flush()
        guard systemClose(descriptor) == 0 else {
            throw FileSinkError.writeFailed(path: path, reason: FileSinkError.reason())
        }
    }

    private func writeAll(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw FileSinkError.writeFailed(path: path, reason: FileSinkError.reason())
            }
            offset += written
        }
    }
}

/// Why a ``FileSink`` failed, naming the file.
public enum FileSinkError: Error, Equatable, CustomStringConvertible {
    case cannotOpen(path: String, reason: String)
    case writeFailed(path: String, reason: String)
    case closed(path: String)

    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "cannot create \(path): \(reason) (check that the folder exists and is writable)"
        case .writeFailed(let path, let reason):
            "cannot write \(path): \(reason) (is the disk full?)"
        case .closed(let path):
            "\(path) was already closed"
        }
    }

    static func reason() -> String { String(cString: strerror(errno)) }
}
