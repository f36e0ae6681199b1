import Foundation

/// The text of a card as the merge compares it: what people wrote, stripped of what does not change
/// its meaning.
struct CardText: Equatable {
    /// Folded, punctuation-free, single-spaced text: `L'Accueil  « guichet » !` becomes `l accueil guichet`.
    let key: String
    /// The distinct words of ``key``.
    let words: Set<Substring>
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
        words = Set(key.split(separator: " "))
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

    /// How alike two cards are, from 0 (nothing in common) to 1 (the same normalised text).
    ///
    /// The larger of two measures: the Jaccard index of their word sets (the same words in another
    /// order) and one minus their edit distance over the longer length (typos, plurals, a missing
    /// article). Both are 1 for identical keys.
    func similarity(to other: CardText) -> Double {
        if key == other.key { return 1 }
        let union = words.union(other.words).count
        let jaccard = union == 0 ? 0 : Double(words.intersection(other.words).count) / Double(union)
        let longer = max(scalars.count, other.scalars.count)
        let shorter = min(scalars.count, other.scalars.count)
        // The edit distance is at least the difference in length, so this bounds its similarity.
        guard longer > 0, Double(shorter) / Double(longer) > jaccard else { return jaccard }
        let edits = Self.editDistance(scalars, other.scalars)
        return max(jaccard, 1 - Double(edits) / Double(longer))
    }

    /// Levenshtein distance: insertions, deletions and substitutions that turn `a` into `b`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(previous[j] + 1, current[j - 1] + 1, substitution)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
