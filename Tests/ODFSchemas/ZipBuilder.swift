import Foundation
import ZIPFoundation

/// Writes zip files byte by byte, entries stored uncompressed: for packages a zip library would
/// refuse to write (names with `../`, ten thousand entries, two entries of one name).
public struct ZipBuilder {
    private var local = Data()
    private var central = Data()
    private var count = 0

    public init() {}

    public mutating func add(_ name: String, _ data: Data) {
        let nameBytes = Data(name.utf8)
        let crc = data.crc32(checksum: 0)
        let offset = UInt32(local.count)
        local += Self.u32(0x0403_4B50) + Self.u16(20) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u16(0x21)
        local += Self.u32(crc) + Self.u32(UInt32(data.count)) + Self.u32(UInt32(data.count))
        local += Self.u16(UInt16(nameBytes.count)) + Self.u16(0) + nameBytes + data
        central += Self.u32(0x0201_4B50) + Self.u16(20) + Self.u16(20) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u16(0x21)
        central += Self.u32(crc) + Self.u32(UInt32(data.count)) + Self.u32(UInt32(data.count))
        central += Self.u16(UInt16(nameBytes.count)) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u16(0) + Self.u32(0)
        central += Self.u32(offset) + nameBytes
        count += 1
    }

    public mutating func add(_ name: String, _ text: String) { add(name, Data(text.utf8)) }

    /// The zip file's bytes.
    public var data: Data {
        let end = Self.u32(0x0605_4B50) + Self.u16(0) + Self.u16(0) + Self.u16(UInt16(count)) + Self.u16(UInt16(count))
            + Self.u32(UInt32(central.count)) + Self.u32(UInt32(local.count)) + Self.u16(0)
        return local + central + end
    }

    /// A spreadsheet package holding `content` as its content.xml, and any extra entries.
    public static func spreadsheet(content: Data, extra: [(String, Data)] = []) -> Data {
        var zip = ZipBuilder()
        zip.add("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zip.add("content.xml", content)
        for (name, data) in extra { zip.add(name, data) }
        return zip.data
    }

    static func u16(_ value: UInt16) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
    static func u32(_ value: UInt32) -> Data { withUnsafeBytes(of: value.littleEndian) { Data($0) } }
}
