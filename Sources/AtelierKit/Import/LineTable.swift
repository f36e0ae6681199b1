/// Lines by 63-bit key: the table an import checks a million ballots or scores for repeats with.
///
/// `Dictionary` keyed by four numbers took 100 bytes an entry and half a second for a million
/// ballots, mostly waiting on memory (see BENCHMARKS.md); this table keeps 12 bytes an entry in two
/// flat arrays, probed linearly from a multiplicative hash.
struct LineTable {
    /// Each slot's key with the top bit set, or 0 when the slot is free.
    private var keys: [UInt64]
    private var lines: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    /// The largest key the table takes.
    static let maxKey: UInt64 = (1 << 63) - 1

    /// A table for about `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var slots = 16
        while slots < capacity * 2 { slots *= 2 }
        keys = [UInt64](repeating: 0, count: slots)
        lines = [Int32](repeating: 0, count: slots)
        shift = UInt64(64 - slots.trailingZeroBitCount)
    }

    /// Sets the line of `key`, returning the line it had before, if any.
    /// - Precondition: `key <= LineTable.maxKey`.
    mutating func updateValue(_ line: Int32, forKey key: UInt64) -> Int32? {
        if (count + 1) * 2 > keys.count { reserveCapacity(keys.count) }
        let stored = key | 1 << 63
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = keys.count - 1
        while keys[slot] != 0 {
            if keys[slot] == stored {
                defer { lines[slot] = line }
                return lines[slot]
            }
            slot = (slot + 1) & mask
        }
        keys[slot] = stored
        lines[slot] = line
        count += 1
        return nil
    }

    /// Makes room for `capacity` keys in all without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        guard capacity * 2 > keys.count else { return }
        var bigger = LineTable(capacity: capacity)
        for (slot, key) in keys.enumerated() where key != 0 {
            _ = bigger.updateValue(lines[slot], forKey: key & Self.maxKey)
        }
        self = bigger
    }
}
