extension String {
    /// The text without leading and trailing white space and line breaks: the same characters as
    /// `trimmingCharacters(in: .whitespacesAndNewlines)` removes (Unicode White_Space, and U+200B
    /// zero width space as Foundation counts it), without the round trip through NSString. An import trims every field of every row; a field that needs no
    /// trimming is returned as it is.
    var trimmedWhitespace: String {
        // Most fields begin and end with a printable ASCII character: nothing to trim.
        if let first = utf8.first, let last = utf8.last, (0x21...0x7E).contains(first), (0x21...0x7E).contains(last) {
            return self
        }
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last,
              Self.isWhitespace(first) || Self.isWhitespace(last) else { return self }
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end && Self.isWhitespace(scalars[start]) { start = scalars.index(after: start) }
        while end > start && Self.isWhitespace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        return String(scalars[start..<end])
    }

    @inline(__always)
    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80
            ? scalar.value == 0x20 || (0x09...0x0D).contains(scalar.value)
            : scalar.value == 0x200B || scalar.properties.isWhitespace
    }
}
