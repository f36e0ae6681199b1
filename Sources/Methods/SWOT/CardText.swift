import Foundation

/// The text of a card as the merge compares it: what people wrote, stripped of what does not change
/// its meaning.
struct CardText: Equatable {
    /// Folded, punctuation-free, single-spaced text: `L'Accueil  « guichet » !` becomes `l accueil guichet`.
    let key: String
    /// The distinct words of ``key``.
    let words: Set<String>
    /// ``key`` as Unicode scalars, for the edit distance.
    let scalars: [Unicode.Scalar]

    /// Normalises a card's text: case and accents folded, everything but letters and digits
    /// (punctuation, symbols, emoji and their variation selectors) turned into spaces, runs of spaces
    /// collapsed. A card made only of symbols (`👍`) keeps its folded symbols so
    /// that it still only merges with the same symbols.
    init(_ text: String) {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
        var key = Self.collapse(folded) { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        if key.isEmpty {
            key = Self.collapse(folded) { !CharacterSet.whitespacesAndNewlines.contains($0) }
        }
        self.key = key
        words = Set(key.split(separator: " ").map(String.init))
        scalars = Array(key.unicodeScalars)
    }

    /// Keeps the scalars `keep` accepts, with one space between runs of them.
    private static func collapse(_ text: String, keep: (Unicode.Scalar) -> Bool) -> String {
        var result = String.UnicodeScalarView()
        var gap = false
        for scalar in text.unicodeScalars {
            if keep(scalar) {
                if gap && !result.isEmpty { result.append(" ") }
                gap = false
                result.append(scalar)
            } else {
                gap = true
            }
        }
        return String(result)
    }

    /// How alike two cards are, from 0 (nothing in common) to 1 (the same normalised text), when that
    /// reaches `floor`; nil below it.
    ///
    /// The larger of two measures: the Jaccard index of their word sets (the same words in another
    /// order) and one minus their edit distance over the longer length (typos, plurals, a missing
    /// article). Both are 1 for identical keys. The floor lets the edit distance stop as soon as it
    /// cannot reach it, which keeps a wall of hundreds of cards quick to merge.
    func similarity(to other: CardText, atLeast floor: Double) -> Double? {
        if key == other.key { return 1 }
        let (fewer, more) = words.count <= other.words.count ? (words, other.words) : (other.words, words)
        let shared = fewer.count(where: { more.contains($0) })
        let union = words.count + other.words.count - shared
        let jaccard = union == 0 ? 0 : Double(shared) / Double(union)
        var best: Double? = jaccard >= floor ? jaccard : nil
        let needed = max(floor, jaccard)
        let longer = max(scalars.count, other.scalars.count)
        let shorter = min(scalars.count, other.scalars.count)
        // The edit distance is at least the difference in length, so this bounds its similarity.
        guard longer > 0, Double(shorter) / Double(longer) >= needed else { return best }
        let limit = Int(((1 - needed) * Double(longer)).rounded(.down)) + 1
        if let edits = Self.editDistance(scalars, other.scalars, atMost: limit) {
            let similarity = 1 - Double(edits) / Double(longer)
            if similarity >= floor && similarity > jaccard { best = similarity }
        }
        return best
    }

    /// Levenshtein distance (insertions, deletions and substitutions that turn `a` into `b`) when it is
    /// at most `limit`; nil when it is larger.
    ///
    /// Only the cells within `limit` of the diagonal are computed, and the computation stops at the
    /// first row whose every cell exceeds the limit.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], atMost limit: Int) -> Int? {
        guard abs(a.count - b.count) <= limit else { return nil }
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
        let beyond = limit + 1
        var previous = (0...b.count).map { min($0, beyond) }
        var current = [Int](repeating: beyond, count: b.count + 1)
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[low - 1] = low == 1 ? min(i, beyond) : beyond
            var rowMinimum = current[low - 1]
            for j in low...high {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution, beyond)
                rowMinimum = min(rowMinimum, current[j])
            }
            if high < b.count { current[high + 1] = beyond }
            guard rowMinimum <= limit else { return nil }
            swap(&previous, &current)
        }
        return previous[b.count] <= limit ? previous[b.count] : nil
    }
}
