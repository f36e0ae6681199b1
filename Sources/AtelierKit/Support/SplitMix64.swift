/// SplitMix64 (Steele, Lea and Flood, 2014): a small, fast random number generator whose whole
/// sequence follows from its starting state, so the same state gives the same numbers on every run
/// and every machine, unlike the standard library's generator, which cannot be seeded.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(state: UInt64) { self.state = state }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Shuffles in place (Fisher–Yates), written out so that the order depends on the state alone and
    /// not on how a Swift version implements `shuffle(using:)`.
    public mutating func shuffle<Element>(_ elements: inout [Element]) {
        guard elements.count > 1 else { return }
        for i in stride(from: elements.count - 1, to: 0, by: -1) {
            elements.swapAt(i, Int(next() % UInt64(i + 1)))
        }
    }
}
