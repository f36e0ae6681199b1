import AtelierKit

/// The generator of benchmark data: ``SplitMix64`` started from a kind of data and a row, so generated
/// data is the same on every run and every machine, and row `i` can be generated on its own.
struct SeededRandom: RandomNumberGenerator {
    private var generator: SplitMix64

    /// A generator for one row of one kind of data: the same `(stream, index)` gives the same values.
    init(stream: UInt64, index: Int) {
        generator = SplitMix64(state: stream &* 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: index) &* 0xBF58_476D_1CE4_E5B9)
        _ = next()
    }

    mutating func next() -> UInt64 { generator.next() }

    /// A whole number in `0..<bound`.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    /// One element of a non-empty list.
    mutating func pick<T>(_ list: [T]) -> T { list[below(list.count)] }

    /// True once in `n` draws on average.
    mutating func oneIn(_ n: Int) -> Bool { below(n) == 0 }
}
