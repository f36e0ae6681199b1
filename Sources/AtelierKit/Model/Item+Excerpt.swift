extension Item {
    /// The item's text on one line, cut to `maxCharacters` characters with a closing ellipsis: what a
    /// note or a message quotes so that a facilitator recognises the card.
    ///
    /// Runs of spaces and line breaks become one space; characters (not bytes) are counted, so accents
    /// and emoji are never cut in half.
    public func excerpt(_ maxCharacters: Int = 60) -> String {
        let flat = text.collapsingWhitespace
        guard flat.count > maxCharacters, maxCharacters > 0 else { return flat }
        return String(flat.prefix(maxCharacters - 1)).trimmingTrailingSpaces + "…"
    }
}

extension String {
    /// The text with leading and trailing white space removed and every inner run of white space
    /// (spaces, tabs, line breaks) replaced by one space.
    public var collapsingWhitespace: String {
        split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    fileprivate var trimmingTrailingSpaces: String {
        var text = self
        while text.last?.isWhitespace == true { text.removeLast() }
        return text
    }
}
