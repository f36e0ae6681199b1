extension Language {
    /// A number as people read it in this language: at most `fractionDigits` decimals (six at most), trailing zeros
    /// dropped, and a decimal comma in French, Dutch and German (`3.5` in English, `3,5` in French).
    ///
    /// The rounding is done on the value, not through a locale, so the same number always gives the
    /// same text on every machine. Values beyond ±10¹⁵ (and infinities) are written as Swift writes them.
    public func decimal(_ value: Double, fractionDigits: Int = 2) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        var digits = min(max(0, fractionDigits), 6)
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        let whole = Int(scaled / scale)
        var fraction = Int(scaled - Double(whole) * scale)
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
