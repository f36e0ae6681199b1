import AtelierKit
import AtelierXML
import Foundation

/// Writes a zip file front to back (APPNOTE 6.3): each entry's local header with its CRC and sizes
/// already known, its data, then the central directory.
///
/// It never seeks and never writes a data descriptor: an entry arrives whole (small parts in memory)
/// or already deflated in a staging file with its ``BlockDeflater/Summary``. Zip64 fields appear only
/// for an entry, offset or directory that does not fit in 32 bits. Every entry carries the same DOS
/// timestamp and Unix permissions `0644`, so the same entries give the same bytes.
final class ZipWriter {
    private let sink: FileSink
    private let date: UInt16
    private var offset: Int64 = 0
    private var entries: [CentralEntry] = []
    /// Sizes and offsets from this value up are written as Zip64 (lowered only by tests).
    let zip64Threshold: Int64

    /// An entry as the central directory lists it.
    private struct CentralEntry {
        var name: [UInt8]
        var method: UInt16
        var crc: UInt32
        var compressedSize: Int64
        var uncompressedSize: Int64
        var localOffset: Int64
    }

    /// Compression methods.
    enum Method: UInt16 {
        case stored = 0
        case deflated = 8
    }

    /// Creates (or truncates) the zip file.
    /// - Parameters:
    ///   - date: The day every entry is stamped with (at midnight); 1980-01-01, the first day a zip
    ///     timestamp can hold, when nil or out of the DOS range.
    init(url: URL, date: CalendarDate?, zip64Threshold: Int64 = 0xFFFF_FFFF) throws {
        sink = try FileSink(url: url)
        self.date = ZipWriter.dosDate(date)
        self.zip64Threshold = zip64Threshold
    }

    /// The DOS date field of a day: `(year − 1980) << 9 | month << 5 | day`.
    static func dosDate(_ date: CalendarDate?) -> UInt16 {
        guard let date, (1980...2107).contains(date.year) else { return 1 << 5 | 1 }
        return UInt16((date.year - 1980) << 9 | date.month << 5 | date.day)
    }

    /// Adds an entry from bytes in memory, stored as they are or deflated.
    func add(_ name: String, bytes: [UInt8], method: Method) throws {
        switch method {
        case .stored:
            let crc = bytes.withUnsafeBytes { ZipCRC.checksum($0) }
            let size = Int64(bytes.count)
            try writeLocalHeader(name, method: .stored, crc: crc, compressedSize: size, uncompressedSize: size)
            try bytes.withUnsafeBytes { try sink.write($0) }
            offset += size
        case .deflated:
            let compressed = DataSink()
            let deflater = BlockDeflater(output: compressed)
            try bytes.withUnsafeBytes { try deflater.write($0) }
            let summary = try deflater.finish()
            try writeLocalHeader(name, method: .deflated, crc: summary.crc, compressedSize: summary.compressedSize,
                                 uncompressedSize: summary.uncompressedSize)
            try compressed.data.withUnsafeBytes { try sink.write($0) }
            offset += summary.compressedSize
        }
    }

    /// Adds a deflated entry whose compressed bytes are in `file` (written by a ``BlockDeflater``).
    func addDeflated(_ name: String, compressedFile file: URL, summary: BlockDeflater.Summary) throws {
        try writeLocalHeader(name, method: .deflated, crc: summary.crc, compressedSize: summary.compressedSize,
                             uncompressedSize: summary.uncompressedSize)
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        var copied: Int64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            try chunk.withUnsafeBytes { try sink.write($0) }
            copied += Int64(chunk.count)
        }
        guard copied == summary.compressedSize else {
            throw ZipError.stagingTruncated(entry: name, expected: summary.compressedSize, found: copied)
        }
        offset += copied
    }

    /// Writes the central directory and closes the file; the zip is complete afterwards.
    func finish() throws {
        let directoryOffset = offset
        var directory = ZipBytes()
        for entry in entries {
            let bigUncompressed = entry.uncompressedSize >= zip64Threshold
            let bigCompressed = entry.compressedSize >= zip64Threshold
            let bigOffset = entry.localOffset >= zip64Threshold
            var extra = ZipBytes()
            if bigUncompressed { extra.u64(entry.uncompressedSize) }
            if bigCompressed { extra.u64(entry.compressedSize) }
            if bigOffset { extra.u64(entry.localOffset) }
            let zip64 = !extra.bytes.isEmpty
            directory.u32(0x0201_4B50)
            directory.u16(UInt16(3 << 8) | (zip64 ? 45 : 20))  // made by: Unix, spec version
            directory.u16(zip64 ? 45 : 20)                       // version needed to extract
            directory.u16(0)                                     // flags
            directory.u16(entry.method)
            directory.u16(0)                                     // time: midnight
            directory.u16(date)
            directory.u32(entry.crc)
            directory.u32(bigCompressed ? 0xFFFF_FFFF : UInt32(entry.compressedSize))
            directory.u32(bigUncompressed ? 0xFFFF_FFFF : UInt32(entry.uncompressedSize))
            directory.u16(UInt16(entry.name.count))
            directory.u16(zip64 ? UInt16(4 + extra.bytes.count) : 0)
            directory.u16(0)                                     // comment length
            directory.u16(0)                                     // disk number
            directory.u16(0)                                     // internal attributes
            directory.u32(UInt32(0o100644) << 16)                // external attributes: a regular file, rw-r--r--
            directory.u32(bigOffset ? 0xFFFF_FFFF : UInt32(entry.localOffset))
            directory.bytes += entry.name
            if zip64 {
                directory.u16(0x0001)
                directory.u16(UInt16(extra.bytes.count))
                directory.bytes += extra.bytes
            }
        }
        let directorySize = Int64(directory.bytes.count)
        let bigDirectory = directoryOffset >= zip64Threshold || directorySize >= zip64Threshold
            || entries.count >= 0xFFFF
        if bigDirectory {
            let recordOffset = directoryOffset + directorySize
            directory.u32(0x0606_4B50)
            directory.u64(44)                                    // size of the rest of the record
            directory.u16(UInt16(3 << 8) | 45)
            directory.u16(45)
            directory.u32(0)
            directory.u32(0)
            directory.u64(Int64(entries.count))
            directory.u64(Int64(entries.count))
            directory.u64(directorySize)
            directory.u64(directoryOffset)
            directory.u32(0x0706_4B50)                           // Zip64 end of central directory locator
            directory.u32(0)
            directory.u64(recordOffset)
            directory.u32(1)
        }
        directory.u32(0x0605_4B50)
        directory.u16(0)
        directory.u16(0)
        directory.u16(bigDirectory ? 0xFFFF : UInt16(entries.count))
        directory.u16(bigDirectory ? 0xFFFF : UInt16(entries.count))
        directory.u32(bigDirectory ? 0xFFFF_FFFF : UInt32(directorySize))
        directory.u32(bigDirectory ? 0xFFFF_FFFF : UInt32(directoryOffset))
        directory.u16(0)                                         // comment length
        try directory.bytes.withUnsafeBytes { try sink.write($0) }
        try sink.close()
    }

    private func writeLocalHeader(
        _ name: String, method: Method, crc: UInt32, compressedSize: Int64, uncompressedSize: Int64
    ) throws {
        let nameBytes = Array(name.utf8)
        let zip64 = compressedSize >= zip64Threshold || uncompressedSize >= zip64Threshold
        var header = ZipBytes()
        header.u32(0x0403_4B50)
        header.u16(zip64 ? 45 : 20)
        header.u16(0)
        header.u16(method.rawValue)
        header.u16(0)
        header.u16(date)
        header.u32(crc)
        header.u32(zip64 ? 0xFFFF_FFFF : UInt32(compressedSize))
        header.u32(zip64 ? 0xFFFF_FFFF : UInt32(uncompressedSize))
        header.u16(UInt16(nameBytes.count))
        header.u16(zip64 ? 20 : 0)
        header.bytes += nameBytes
        if zip64 {
            // In a local header the Zip64 field holds both sizes (APPNOTE 4.5.3).
            header.u16(0x0001)
            header.u16(16)
            header.u64(uncompressedSize)
            header.u64(compressedSize)
        }
        entries.append(CentralEntry(name: nameBytes, method: method.rawValue, crc: crc, compressedSize: compressedSize,
                                    uncompressedSize: uncompressedSize, localOffset: offset))
        try header.bytes.withUnsafeBytes { try sink.write($0) }
        offset += Int64(header.bytes.count)
    }
}

/// Little-endian fields of zip headers.
struct ZipBytes {
    var bytes: [UInt8] = []

    mutating func u16(_ value: UInt16) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    mutating func u32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }

    mutating func u64(_ value: Int64) {
        let value = UInt64(value)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8((value >> UInt64(shift)) & 0xFF)) }
    }
}

/// Why a zip could not be written.
enum ZipError: Error, CustomStringConvertible {
    /// zlib refused to deflate (out of memory).
    case deflateFailed(code: Int32)
    /// The staged compressed part is shorter than what was deflated into it.
    case stagingTruncated(entry: String, expected: Int64, found: Int64)

    var description: String {
        switch self {
        case .deflateFailed(let code):
            "zlib could not compress the data (error \(code)); is memory short?"
        case .stagingTruncated(let entry, let expected, let found):
            "the staged \(entry) holds \(found) of its \(expected) compressed bytes; was the disk full?"
        }
    }
}
