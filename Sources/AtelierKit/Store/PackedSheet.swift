/// Rows that one change brought for one step, packed into a single stored value: the storage of
/// ballots and scores.
///
/// Ballots and scores are only ever added (by an import or a method) and taken back together (by
/// undo), and a city-wide vote or score sheet brings a million of them: stored one row each, SQLite
/// spent seconds writing them and reading them back (see BENCHMARKS.md). A sheet keeps them in the
/// order they came, as one row of `ballot_sheets` or `score_sheets` holding the step, the count and
/// the packed rows.
///
/// The packing: a version byte (1), then each row's fields in turn: a text as a varint of its UTF-8
/// length then the bytes, an optional text the same with the length plus one (0 for none), a whole
/// number as a zig-zag varint, a number as the 8 bytes of its IEEE 754 bits, least significant first.
protocol PackedSheet {
    associatedtype Element
    /// Appends one row's fields.
    static func pack(_ element: Element, into writer: inout PackedWriter)
    /// Reads one row's fields back.
    static func unpack(from reader: inout PackedReader, step: String?) throws(PackDamage) -> Element
}

extension PackedSheet {
    /// The runs of consecutive rows of the same step, in order: one sheet each.
    static func runs(of elements: [Element], step: (Element) -> String?) -> [(step: String?, range: Range<Int>)] {
        var runs: [(step: String?, range: Range<Int>)] = []
        var start = 0
        for index in elements.indices.dropFirst() where step(elements[index]) != step(elements[start]) {
            runs.append((step(elements[start]), start..<index))
            start = index
        }
        if !elements.isEmpty { runs.append((step(elements[start]), start..<elements.count)) }
        return runs
    }

    /// The packed rows.
    static func pack(_ elements: ArraySlice<Element>) -> [UInt8] {
        var writer = PackedWriter(capacity: elements.count * 16)
        for element in elements { pack(element, into: &writer) }
        return writer.bytes
    }

    /// Unpacks `count` rows of `step`, appending them to `elements`.
    /// - Throws: ``PackDamage`` when the bytes are not a sheet of `count` rows.
    static func unpack(
        _ bytes: UnsafeRawBufferPointer, count: Int, step: String?, into elements: inout [Element]
    ) throws(PackDamage) {
        var reader = try PackedReader(bytes)
        for _ in 0..<count { elements.append(try unpack(from: &reader, step: step)) }
        guard reader.isAtEnd else { throw PackDamage(reason: "the sheet holds more than its \(count) rows") }
    }
}

/// Why stored bytes are not a sheet.
struct PackDamage: Error {
    var reason: String
}

/// Writes the fields of packed rows.
struct PackedWriter {
    private(set) var bytes: [UInt8] = [PackedWriter.version]

    static let version: UInt8 = 1

    init(capacity: Int) { bytes.reserveCapacity(1 + capacity) }

    mutating func text(_ text: String) {
        varint(UInt64(text.utf8.count))
        bytes.append(contentsOf: text.utf8)
    }

    mutating func optionalText(_ text: String?) {
        guard let text else { return bytes.append(0) }
        varint(UInt64(text.utf8.count) + 1)
        bytes.append(contentsOf: text.utf8)
    }

    mutating func integer(_ value: Int) {
        let value = Int64(value)
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    mutating func number(_ value: Double) {
        var bits = value.bitPattern
        for _ in 0..<8 {
            bytes.append(UInt8(truncatingIfNeeded: bits))
            bits >>= 8
        }
    }

    private mutating func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}

/// Reads the fields of packed rows, refusing to read past their end.
struct PackedReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 1

    init(_ bytes: UnsafeRawBufferPointer) throws(PackDamage) {
        guard bytes.first == PackedWriter.version else { throw PackDamage(reason: "unknown sheet format") }
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    mutating func text() throws(PackDamage) -> String {
        try text(length: try varint())
    }

    mutating func optionalText() throws(PackDamage) -> String? {
        let length = try varint()
        return length == 0 ? nil : try text(length: length - 1)
    }

    mutating func integer() throws(PackDamage) -> Int {
        let zigzag = try varint()
        return Int(Int64(bitPattern: zigzag >> 1) ^ -Int64(bitPattern: zigzag & 1))
    }

    mutating func number() throws(PackDamage) -> Double {
        guard bytes.count - offset >= 8 else { throw Self.cut }
        var bits: UInt64 = 0
        for index in (0..<8).reversed() { bits = bits << 8 | UInt64(bytes[offset + index]) }
        offset += 8
        return Double(bitPattern: bits)
    }

    private static let cut = PackDamage(reason: "the sheet ends in the middle of a row")

    private mutating func varint() throws(PackDamage) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count, shift < 64 {
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        throw Self.cut
    }

    private mutating func text(length: UInt64) throws(PackDamage) -> String {
        guard length <= UInt64(bytes.count - offset) else { throw Self.cut }
        let end = offset + Int(length)
        defer { offset = end }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self)
    }
}
