/// Lines by 63-bit key: the table an import checks a million ballots or scores for repeats with.
///
/// `Dictionary` keyed by four numbers took 100 bytes an entry and half a second for a million
/// ballots, mostly waiting on memory (see BENCHMARKS.md). This table keeps each key next to its line
/// in one flat array (one trip to memory a look-up), probed linearly from a multiplicative hash of
/// the whole key: keys that differ in few bits, such as one rater's scores on every item, still land
/// far apart, so runs stay short.
struct LineTable {
    private struct Slot {
        /// The key with the top bit set, or 0 when the slot is free.
        var key: UInt64
        var line: Int32
    }

    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    /// The largest key the table takes.
    static let maxKey: UInt64 = (1 << 63) - 1

    /// A table for `capacity` keys before it grows.
    init(capacity: Int = 0) {
        var count = 16
        while count < capacity * 2 { count *= 2 }
        slots = [Slot](repeating: Slot(key: 0, line: 0), count: count)
        shift = UInt64(64 - count.trailingZeroBitCount)
    }

    /// Sets the line of `key`, returning the line it had before, if any.
    /// - Precondition: `key <= LineTable.maxKey`.
    mutating func updateValue(_ line: Int32, forKey key: UInt64) -> Int32? {
        if (count + 1) * 2 > slots.count { reserveCapacity(slots.count) }
        let stored = key | 1 << 63
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        return slots.withUnsafeMutableBufferPointer { slots in
            while slots[index].key != 0 {
                if slots[index].key == stored {
                    defer { slots[index].line = line }
                    return slots[index].line
                }
                index = (index + 1) & mask
            }
            slots[index] = Slot(key: stored, line: line)
            count += 1
            return nil
        }
    }

    /// Makes room for `capacity` keys in all without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        guard capacity * 2 > slots.count else { return }
        var bigger = LineTable(capacity: capacity)
        for slot in slots where slot.key != 0 {
            _ = bigger.updateValue(slot.line, forKey: slot.key & Self.maxKey)
        }
        self = bigger
    }
}
