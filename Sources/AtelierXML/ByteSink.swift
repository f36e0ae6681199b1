import Foundation

/// Where streamed bytes go: a file, memory, or anything that accepts chunks in order.
///
/// Writers call ``write(_:)`` with chunks of a few kilobytes; a sink may buffer them. A sink throws
/// when it cannot take the bytes (disk full, closed file), and the writer stops at once.
public protocol ByteSink: AnyObject {
    /// Takes the next chunk of output. The buffer is only valid during the call.
    func write(_ bytes: UnsafeRawBufferPointer) throws
}

extension ByteSink {
    /// Writes the UTF-8 bytes of a string.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
    }
}

/// A sink that keeps everything in memory: for small parts (manifests, charts) and tests.
public final class DataSink: ByteSink {
    /// Everything written so far.
    public private(set) var data = Data()

    /// Creates an empty sink.
    public init() {}

    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        data.append(contentsOf: bytes)
    }
}
