import CLibZ

/// CRC-32 as zip entries carry it, computed by zlib (several bytes per cycle).
enum ZipCRC {
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt32 {
        UInt32(crc32(0, bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), uInt(bytes.count)))
    }
}
