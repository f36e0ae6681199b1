import Foundation

/// The raw records of a zip file, read byte by byte (not through a zip library), to check what
/// readers such as LibreOffice check.
struct ZipLayout {
    struct LocalHeader {
        var offset: Int
        var flags: UInt16
        var method: UInt16
        var time: UInt16
        var date: UInt16
        var crc: UInt32
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var name: String
        var extraLength: Int
        var dataOffset: Int
    }

    struct CentralEntry {
        var flags: UInt16
        var method: UInt16
        var time: UInt16
        var date: UInt16
        var crc: UInt32
        var compressedSize: UInt32
        var uncompressedSize: UInt32
        var name: String
        var localOffset: Int
    }

    let bytes: [UInt8]
    let central: [CentralEntry]

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        self.bytes = bytes
        guard let eocd = stride(from: bytes.count - 22, through: 0, by: -1).first(where: {
            Self.u32(bytes, $0) == 0x0605_4B50
        }) else { throw Malformed(reason: "no end of central directory record") }
        let count = Int(Self.u16(bytes, eocd + 10))
        var offset = Int(Self.u32(bytes, eocd + 16))
        var entries: [CentralEntry] = []
        for _ in 0..<count {
            guard Self.u32(bytes, offset) == 0x0201_4B50 else { throw Malformed(reason: "bad central header at \(offset)") }
            let nameLength = Int(Self.u16(bytes, offset + 28))
            let extraLength = Int(Self.u16(bytes, offset + 30))
            let commentLength = Int(Self.u16(bytes, offset + 32))
            entries.append(CentralEntry(
                flags: Self.u16(bytes, offset + 8), method: Self.u16(bytes, offset + 10),
                time: Self.u16(bytes, offset + 12), date: Self.u16(bytes, offset + 14),
                crc: Self.u32(bytes, offset + 16), compressedSize: Self.u32(bytes, offset + 20),
                uncompressedSize: Self.u32(bytes, offset + 24),
                name: String(decoding: bytes[(offset + 46)..<(offset + 46 + nameLength)], as: UTF8.self),
                localOffset: Int(Self.u32(bytes, offset + 42))))
            offset += 46 + nameLength + extraLength + commentLength
        }
        central = entries
    }

    /// The local header a central-directory entry points to.
    func localHeader(at offset: Int) throws -> LocalHeader {
        guard Self.u32(bytes, offset) == 0x0403_4B50 else { throw Malformed(reason: "bad local header at \(offset)") }
        let nameLength = Int(Self.u16(bytes, offset + 26))
        let extraLength = Int(Self.u16(bytes, offset + 28))
        return LocalHeader(
            offset: offset, flags: Self.u16(bytes, offset + 6), method: Self.u16(bytes, offset + 8),
            time: Self.u16(bytes, offset + 10), date: Self.u16(bytes, offset + 12), crc: Self.u32(bytes, offset + 14),
            compressedSize: Self.u32(bytes, offset + 18), uncompressedSize: Self.u32(bytes, offset + 22),
            name: String(decoding: bytes[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self),
            extraLength: extraLength, dataOffset: offset + 30 + nameLength + extraLength)
    }

    static func u16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        UInt32(u16(bytes, offset)) | UInt32(u16(bytes, offset + 2)) << 16
    }

    struct Malformed: Error, CustomStringConvertible {
        var reason: String
        var description: String { "malformed zip: \(reason)" }
    }
}
