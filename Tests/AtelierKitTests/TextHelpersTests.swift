import Foundation
import Testing
@testable import AtelierKit

@Suite struct TextHelpersTests {
    @Test func excerptKeepsShortTextsOnOneLine() {
        let item = Item(id: "P1", text: "  Guichet\n unique\t« en ligne »  ", kind: .proposal)
        #expect(item.excerpt() == "Guichet unique « en ligne »")
    }

    @Test func excerptCutsOnCharactersAndDropsTheSpaceBeforeTheEllipsis() {
        let item = Item(id: "P1", text: "Café 🚲 vélo partagé", kind: .proposal)
        #expect(item.excerpt(8) == "Café 🚲…")
        #expect(item.excerpt(7) == "Café 🚲…")
        #expect(item.excerpt(20) == "Café 🚲 vélo partagé")
    }

    @Test(arguments: [
        (Language.en, 3.5, "3.5"), (.fr, 3.5, "3,5"), (.nl, 14.0 / 3, "4,67"), (.de, 2.0, "2"),
        (.en, -0.25, "-0.25"), (.en, -0.001, "0"), (.fr, 1.005, "1"), (.en, 0.125, "0.13"),
        (.en, 1e300, "1e+300"), (.de, -.infinity, "-inf"), (.fr, 123_456.5, "123456,5"),
    ])
    func decimalRoundsAndUsesTheLanguagesSeparator(language: Language, value: Double, text: String) {
        #expect(language.decimal(value) == text)
    }

    @Test(arguments: [
        "", " ", "plain", "  both ends  ", "\t\r\n tabs and lines \r\n", "\u{A0}no-break\u{A0}", "\u{2028}sep\u{2029}",
        "\u{3000}ideographic\u{3000}", "\u{85}next line\u{85}", "inner  \t space", "é « guillemets » 🚲 ", "\u{200B}zero width\u{200B}", "\u{180E}mongolian\u{FEFF}",
    ])
    func trimmingMatchesFoundation(text: String) {
        #expect(text.trimmedWhitespace == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
