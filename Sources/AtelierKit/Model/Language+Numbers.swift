extension Language {
    /// A number as people read it in this language: at most `fractionDigits` decimals, trailing zeros
    /// dropped, and a decimal comma in French, Dutch and German (`3.5` in English, `3,5` in French).
    ///
    /// The rounding is done on the value, not through a locale, so the same number always gives the
    /// same text on every machine.
    public func decimal(_ value: Double, fractionDigits: Int = 2) -> String {
        guard value.isFinite else { return String(value) }
        var scale = 1.0
        for _ in 0..<max(0, fractionDigits) { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var fraction = Int(scaled - Double(whole) * scale)
        var digits = max(0, fractionDigits)
        while digits > 0 && fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let sign = value < 0 && scaled > 0 ? "-" : ""
        guard digits > 0 else { return sign + String(whole) }
        let fractionText = String(fraction)
        let padded = String(repeating: "0", count: digits - fractionText.count) + fractionText
        return sign + String(whole) + (self == .en ? "." : ",") + padded
    }
}
