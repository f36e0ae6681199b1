import Foundation

/// Times the phases of one benchmark and prints them as tab-separated lines:
/// `benchmark  size  phase  seconds`.
struct Stopwatch {
    let benchmark: String
    let size: Int
    private var last = DispatchTime.now().uptimeNanoseconds
    private let start = DispatchTime.now().uptimeNanoseconds

    init(benchmark: String, size: Int) {
        self.benchmark = benchmark
        self.size = size
    }

    /// Prints the time since the previous lap (or the start) under `phase`.
    mutating func lap(_ phase: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        Self.print(benchmark, size, phase, now - last)
        last = now
    }

    /// Prints the time since the start under `phase`.
    func total(_ phase: String = "total") {
        Self.print(benchmark, size, phase, DispatchTime.now().uptimeNanoseconds - start)
    }

    /// Restarts the lap clock without printing (after untimed preparation).
    mutating func reset() { last = DispatchTime.now().uptimeNanoseconds }

    static func print(_ benchmark: String, _ size: Int, _ phase: String, _ nanoseconds: UInt64) {
        Swift.print("\(benchmark)\t\(size)\t\(phase)\t\(seconds(nanoseconds))")
    }

    /// Seconds with three decimals.
    static func seconds(_ nanoseconds: UInt64) -> String {
        let millis = (nanoseconds + 500_000) / 1_000_000
        let fraction = String(millis % 1000)
        return "\(millis / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }
}
