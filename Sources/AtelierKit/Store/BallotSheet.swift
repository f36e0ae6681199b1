/// The ballots one change brought for one step, packed into a single stored value.
///
/// Ballots are only ever added (by an import or a method) and taken back together (by undo), and a
/// city-wide vote brings a million of them: stored one row each, SQLite spent over two seconds
/// writing them and half a second reading them back (see BENCHMARKS.md). A sheet keeps them in the
/// order they came, as one row of `ballot_sheets` holding the step, the count and the packed ballots.
///
/// The packing: a version byte (1), then for each ballot the voter (a varint of its UTF-8 length plus
/// one, 0 for a paper count, then the bytes), the item (a varint length, then the bytes) and the dots
/// (a zig-zag varint).
enum BallotSheet {
    static let version: UInt8 = 1

    /// The runs of consecutive ballots of the same step, in order: one sheet each.
    static func runs(of ballots: [Ballot]) -> [(step: String?, range: Range<Int>)] {
        var runs: [(step: String?, range: Range<Int>)] = []
        var start = 0
        for index in ballots.indices.dropFirst() where ballots[index].step != ballots[start].step {
            runs.append((ballots[start].step, start..<index))
            start = index
        }
        if !ballots.isEmpty { runs.append((ballots[start].step, start..<ballots.count)) }
        return runs
    }

    /// The packed ballots.
    static func pack(_ ballots: ArraySlice<Ballot>) -> [UInt8] {
        var bytes: [UInt8] = [version]
        bytes.reserveCapacity(1 + ballots.count * 16)
        for ballot in ballots {
            if let participant = ballot.participant {
                appendVarint(UInt64(participant.utf8.count) + 1, to: &bytes)
                bytes.append(contentsOf: participant.utf8)
            } else {
                bytes.append(0)
            }
            appendVarint(UInt64(ballot.item.utf8.count), to: &bytes)
            bytes.append(contentsOf: ballot.item.utf8)
            let dots = Int64(ballot.dots)
            appendVarint(UInt64(bitPattern: (dots << 1) ^ (dots >> 63)), to: &bytes)
        }
        return bytes
    }

    /// Unpacks `count` ballots of `step`, appending them to `ballots`.
    /// - Throws: ``Damage`` when the bytes are not a sheet of `count` ballots.
    static func unpack(
        _ bytes: UnsafeRawBufferPointer, count: Int, step: String?, into ballots: inout [Ballot]
    ) throws(Damage) {
        guard bytes.first == version else { throw Damage(reason: "unknown ballot sheet format") }
        var reader = Reader(bytes: bytes, offset: 1)
        for _ in 0..<count {
            let voterLength = try reader.varint()
            let participant = voterLength == 0 ? nil : try reader.text(length: voterLength - 1)
            let item = try reader.text(length: try reader.varint())
            let zigzag = try reader.varint()
            let dots = Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1)
            ballots.append(Ballot(participant: participant, item: item, dots: Int(dots), step: step))
        }
        guard reader.offset == bytes.count else { throw Damage(reason: "the ballot sheet holds more than its \(count) ballots") }
    }

    /// Why stored bytes are not a ballot sheet.
    struct Damage: Error {
        var reason: String
    }

    private static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    /// Reads varints and UTF-8 texts from packed bytes, refusing to read past their end.
    private struct Reader {
        let bytes: UnsafeRawBufferPointer
        var offset: Int

        mutating func varint() throws(Damage) -> UInt64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while offset < bytes.count, shift < 64 {
                let byte = bytes[offset]
                offset += 1
                value |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
            throw Damage(reason: "the ballot sheet ends in the middle of a ballot")
        }

        mutating func text(length: UInt64) throws(Damage) -> String {
            guard length <= UInt64(bytes.count - offset) else {
                throw Damage(reason: "the ballot sheet ends in the middle of a ballot")
            }
            let end = offset + Int(length)
            defer { offset = end }
            return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
        }
    }
}
