@testable import AtelierExport
import AtelierKit
import AtelierXML
import Foundation
import Testing
import ZIPFoundation

/// The zip writer and the block deflater, read back by ZIPFoundation (a reader written by others)
/// and byte by byte: parts spanning many blocks, empty parts, Zip64 fields, and the same bytes
/// whatever the threads did.
@Suite struct ZipWriterTests {
    /// Text that deflate cannot shrink to nothing: words drawn from a seeded generator.
    static func text(bytes count: Int, seed: UInt64) -> [UInt8] {
        let words = ["accueil", "guichet", "formulaire", "démarche", "« usager »", "R&D", "<p>", "🚲", "\n", "  "]
        var state = seed
        var out: [UInt8] = []
        out.reserveCapacity(count + 32)
        while out.count < count {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out += Array(words[Int(state >> 59) % words.count].utf8)
            out.append(UInt8(ascii: "a") + UInt8(state >> 40 & 0x0F))
        }
        return Array(out.prefix(count))
    }

    /// Writes the entries as a zip through the package path: small parts in memory, large ones
    /// deflated in blocks into a staging file.
    static func zip(_ entries: [(String, [UInt8])], threshold: Int64 = 0xFFFF_FFFF, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent("test-\(UUID().uuidString).zip")
        let zip = try ZipWriter(url: url, date: CalendarDate(year: 2025, month: 3, day: 12), zip64Threshold: threshold)
        try zip.add("mimetype", bytes: Array("application/x-test".utf8), method: .stored)
        for (name, bytes) in entries {
            let staging = folder.appendingPathComponent("staging")
            let sink = try FileSink(url: staging)
            let deflater = BlockDeflater(output: sink)
            // Arrive in uneven pieces, as the XML writer hands them over.
            var offset = 0
            var piece = 1
            while offset < bytes.count {
                let end = min(bytes.count, offset + piece)
                try bytes[offset..<end].withUnsafeBytes { try deflater.write($0) }
                offset = end
                piece = piece * 7 % 100_003 + 1
            }
            let summary = try deflater.finish()
            try sink.close()
            #expect(summary.uncompressedSize == Int64(bytes.count))
            try zip.addDeflated(name, compressedFile: staging, summary: summary)
            try FileManager.default.removeItem(at: staging)
        }
        try zip.finish()
        return url
    }

    static func extract(_ url: URL) throws -> [String: [UInt8]] {
        let archive = try Archive(url: url, accessMode: .read)
        var parts: [String: [UInt8]] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry, skipCRC32: false) { data.append($0) }
            parts[entry.path] = [UInt8](data)
        }
        return parts
    }

    @Test func partsOfManyBlocksAndEmptyPartsReadBack() throws {
        let folder = try TemporaryDirectory()
        let large = Self.text(bytes: 5 * BlockDeflater.blockSize + 12_345, seed: 1)
        let exact = Self.text(bytes: 2 * BlockDeflater.blockSize, seed: 2)
        let url = try Self.zip([("content.xml", large), ("exact.xml", exact), ("empty.xml", []), ("one.xml", [0x41])],
                               in: folder.url)
        let parts = try Self.extract(url)
        #expect(parts["content.xml"] == large)
        #expect(parts["exact.xml"] == exact)
        #expect(parts["empty.xml"] == [])
        #expect(parts["one.xml"] == [0x41])
        #expect(parts["mimetype"] == Array("application/x-test".utf8))
        let layout = try ZipLayout(Data(contentsOf: url))
        #expect(layout.central.map(\.name) == ["mimetype", "content.xml", "exact.xml", "empty.xml", "one.xml"])
        for entry in layout.central {
            let local = try layout.localHeader(at: entry.localOffset)
            #expect(local.crc == entry.crc && local.compressedSize == entry.compressedSize, "\(entry.name)")
            #expect(local.flags & 0x0008 == 0, "\(entry.name) has no data descriptor")
            #expect(local.extraLength == 0, "\(entry.name) needs no Zip64 field")
        }
        let content = try #require(layout.central.first { $0.name == "content.xml" })
        #expect(content.compressedSize < content.uncompressedSize / 2, "the text is deflated")
    }

    @Test func theSameInputGivesTheSameBytesWhateverTheThreadsDid() throws {
        let folder = try TemporaryDirectory()
        let input = Self.text(bytes: 3 * BlockDeflater.blockSize + 777, seed: 3)
        var outputs: [Data] = []
        for threads in [1, 2, 8, 2] {
            let sink = DataSink()
            let deflater = BlockDeflater(output: sink, threads: threads)
            try input.withUnsafeBytes { try deflater.write($0) }
            _ = try deflater.finish()
            outputs.append(sink.data)
        }
        #expect(Set(outputs).count == 1)
        let url = try Self.zip([("a.xml", input)], in: folder.url)
        #expect(try Self.extract(url)["a.xml"] == input)
    }

    @Test func zip64FieldsWhenSizesAndOffsetsDoNotFit() throws {
        let folder = try TemporaryDirectory()
        let large = Self.text(bytes: BlockDeflater.blockSize + 99, seed: 4)
        // A threshold of 1 byte makes every size and offset "too large": every Zip64 field is written.
        let url = try Self.zip([("content.xml", large), ("small.xml", Array("<a/>".utf8))], threshold: 1, in: folder.url)
        let parts = try Self.extract(url)
        #expect(parts["content.xml"] == large)
        #expect(parts["small.xml"] == Array("<a/>".utf8))
        let bytes = [UInt8](try Data(contentsOf: url))
        // The first local header (mimetype, 8 bytes of name): sizes in the Zip64 field only.
        #expect(ZipLayout.u32(bytes, 18) == 0xFFFF_FFFF && ZipLayout.u32(bytes, 22) == 0xFFFF_FFFF)
        #expect(ZipLayout.u16(bytes, 28) == 20 && ZipLayout.u16(bytes, 30 + 8) == 0x0001)
        let locator = try #require(stride(from: bytes.count - 22, through: 0, by: -1).first {
            ZipLayout.u32(bytes, $0) == 0x0706_4B50
        })
        #expect(ZipLayout.u32(bytes, bytes.count - 22) == 0x0605_4B50 && locator < bytes.count - 22)
    }

    @Test func aFullDiskStopsTheDeflaterWithTheSinksError() throws {
        let deflater = BlockDeflater(output: FullSink(limit: 100_000))
        let input = Self.text(bytes: 4 * BlockDeflater.blockSize, seed: 5)
        #expect(throws: FullSink.Full.self) {
            try input.withUnsafeBytes { try deflater.write($0) }
            _ = try deflater.finish()
        }
    }
}

/// A sink that refuses bytes past a limit, like a full disk.
private final class FullSink: ByteSink {
    let limit: Int
    private var accepted = 0

    init(limit: Int) { self.limit = limit }

    func write(_ bytes: UnsafeRawBufferPointer) throws {
        guard accepted + bytes.count <= limit else { throw Full() }
        accepted += bytes.count
    }

    struct Full: Error {}
}
