/// Identifiers numbered 0, 1, 2… in the order they were added, each found again by its text.
///
/// A city-wide vote looks up a voter and an item for each of a million ballots, several times over
/// (reading the file, checking it, counting it). `Dictionary` spends most of that time in its
/// general-purpose hash; identifiers are short, so this index hashes their UTF-8 bytes with FNV-1a
/// from a seed drawn once per process (a file crafted to collide on one run does not on the next)
/// and probes one flat array holding each identifier beside its number: one trip to memory a
/// look-up (see BENCHMARKS.md).
public struct IDIndex: Sendable {
    /// The identifiers, by number.
    public private(set) var ids: [String] = []
    private var slots: [Slot]

    /// An identifier and its number; no identifier when the slot is free.
    private struct Slot: Sendable {
        var id: String?
        var number: UInt32
    }

    private static let seed: UInt64 = {
        var generator = SystemRandomNumberGenerator()
        return generator.next() | 1
    }()

    /// An index with room for `capacity` identifiers before it grows.
    public init(capacity: Int = 0) {
        var count = 16
        while count < capacity * 2 { count *= 2 }
        slots = [Slot](repeating: Slot(id: nil, number: 0), count: count)
        ids.reserveCapacity(capacity)
    }

    /// Numbers identifiers in the order given; a repeated identifier keeps its first number.
    public init(_ ids: some Collection<String>) {
        self.init(capacity: ids.count)
        for id in ids { insert(id) }
    }

    /// How many identifiers are numbered.
    public var count: Int { ids.count }

    /// The number of an identifier, if it has one.
    public func number(of id: String) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.hash(id) & mask
            while let stored = slots[slot].id {
                if stored == id { return Int(slots[slot].number) }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Numbers an identifier, unless it has a number already.
    /// - Returns: Whether it was new, and its number.
    @discardableResult
    public mutating func insert(_ id: String) -> (inserted: Bool, number: Int) {
        if (ids.count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var slot = Self.hash(id) & mask
        while let stored = slots[slot].id {
            if stored == id { return (false, Int(slots[slot].number)) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(id: id, number: UInt32(ids.count))
        ids.append(id)
        return (true, ids.count - 1)
    }

    private mutating func grow() {
        var bigger = IDIndex(capacity: slots.count)
        for id in ids { bigger.insert(id) }
        self = bigger
    }

    private static func hash(_ id: String) -> Int {
        var hash = seed
        func mix(_ bytes: some Sequence<UInt8>) {
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        }
        let utf8 = id.utf8
        if utf8.withContiguousStorageIfAvailable({ mix($0) }) == nil { mix(utf8) }
        hash ^= hash >> 29
        hash &*= 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash)
    }
}
