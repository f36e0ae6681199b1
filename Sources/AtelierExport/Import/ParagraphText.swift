/// The text of one ODF paragraph, read back as ``ODFText`` writes it (ODF 1.3 part 3, §6.1.2):
/// white space characters in the character data (space, tab, CR, LF) collapse into one space and
/// are dropped at the start and end of the paragraph; `<text:s text:c="N"/>`, `<text:tab/>` and
/// `<text:line-break/>` give exactly N spaces, a tab and a line feed.
struct ParagraphText {
    private(set) var text = ""
    /// A collapsible space was read and not yet written: it is written only if more text follows.
    private var pendingSpace = false
    private var atStart = true

    /// Character data of the paragraph (or of a span inside it).
    mutating func append(characters: String) {
        for scalar in characters.unicodeScalars {
            switch scalar {
            case " ", "\t", "\n", "\r":
                if !atStart { pendingSpace = true }
            default:
                flushSpace()
                text.unicodeScalars.append(scalar)
                atStart = false
            }
        }
    }

    /// Characters an element stands for (`text:s`, `text:tab`, `text:line-break`): never collapsed.
    mutating func append(literal: String) {
        flushSpace()
        text += literal
        atStart = false
    }

    private mutating func flushSpace() {
        if pendingSpace {
            text += " "
            pendingSpace = false
        }
    }
}
