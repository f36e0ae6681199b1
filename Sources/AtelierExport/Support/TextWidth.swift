import Foundation

/// The width of a line of text in Liberation Sans (the metrics of Arial and Helvetica), the font the
/// charts name: enough to fit labels and size columns without a renderer.
///
/// Widths are in thousandths of the font size. Letters with accents measure as their base letter;
/// characters outside the table (other scripts, symbols) count as a full em, so a measure errs on
/// the wide side. Bold text is about a tenth wider. Where Liberation is not installed, LibreOffice
/// draws with DejaVu, up to a fifth wider: every measure allows for that.
enum TextWidth {
    /// How much wider than Liberation Sans a line may come out in a fallback font.
    static let fallbackAllowance = 1.2

    /// The width of `text` set at `size` (in the same unit as the result).
    static func of(_ text: String, size: Double, bold: Bool = false) -> Double {
        let total = text.reduce(0) { $0 + units(of: $1) }
        return Double(total) * size / 1000 * (bold ? 1.1 : 1) * fallbackAllowance
    }

    /// The longest prefix of `text` (on one line) that fits in `width`, with an ellipsis when cut.
    static func fitted(_ text: String, width: Double, size: Double, bold: Bool = false) -> String {
        let line = SVGCanvas.oneLine(text)
        guard of(line, size: size, bold: bold) > width else { return line }
        let room = width - of("…", size: size, bold: bold)
        var kept = ""
        var used = 0.0
        for character in line {
            let next = of(String(character), size: size, bold: bold)
            guard used + next <= room else { break }
            kept.append(character)
            used += next
        }
        return kept.trimmingCharacters(in: .whitespaces) + "…"
    }

    /// The width of one character in thousandths of an em.
    private static func units(of character: Character) -> Int {
        if let width = table[character] { return width }
        let base = String(character).folding(options: .diacriticInsensitive, locale: nil)
        if base.count == 1, let first = base.first, let width = table[first] { return width }
        return 1000
    }

    private static let table: [Character: Int] = {
        var table: [Character: Int] = [:]
        let groups: [(String, Int)] = [
            ("'", 191), ("ijl’‘", 222), ("|", 260), (" !,./:;[\\]Ift\u{00A0}", 278), ("r-()`", 333), ("{}", 334),
            ("\"", 355), ("*", 389), ("^", 469), ("Jcksvxyz", 500), ("0123456789#$?_abdeghnopquL€«»–", 556),
            ("+<=>~", 584), ("FTZ", 611), ("ABEKPSVXY&", 667), ("CDHNRUw", 722), ("GOQ", 778), ("Mm", 833),
            ("%", 889), ("W", 944), ("—…", 1000), ("@", 1015),
        ]
        for (characters, width) in groups {
            for character in characters { table[character] = width }
        }
        return table
    }()
}
