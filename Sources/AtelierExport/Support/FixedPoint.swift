/// Deterministic decimal formatting, independent of the process locale.
enum FixedPoint {
    /// `value` rounded to `decimals` places (half away from zero), written with `separator`.
    static func format(_ value: Double, decimals: Int, separator: String = ".") -> String {
        guard value.isFinite else { return "–" }
        var scale = 1
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        guard scaled < 9e15 else { return value.description }
        let units = Int(scaled)
        var text = value < 0 && units != 0 ? "-" : ""
        text += String(units / scale)
        if decimals > 0 {
            let fraction = String(units % scale)
            text += separator + String(repeating: "0", count: decimals - fraction.count) + fraction
        }
        return text
    }
}
