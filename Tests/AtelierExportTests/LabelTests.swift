import AtelierKit
import Foundation
import Testing
@testable import AtelierExport

/// Every label exists in English, French, Dutch and German: a missing translation fails here,
/// never falls back to another language when a document is written.
@Suite struct LabelTests {
    @Test(arguments: Language.allCases)
    func everyLabelIsTranslated(language: Language) {
        let table = Labels.table(for: language)
        let missing = Label.allCases.filter { (table[$0] ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing.map(\.rawValue))")
        #expect(table.count == Label.allCases.count)
    }

    /// A word imports read back is written once, in AtelierKit, never again in a language's table.
    @Test func sharedWordsAreNotCopiedIntoTheTables() {
        for own in [Labels.english, Labels.french, Labels.dutch, Labels.german] {
            #expect(Set(own.keys).isDisjoint(with: Labels.shared(.en).keys))
        }
    }

    @Test(arguments: Language.allCases)
    func placeholdersMatchEnglish(language: Language) {
        let english = Labels.table(for: .en)
        let table = Labels.table(for: language)
        for label in Label.allCases {
            #expect(placeholders(english[label] ?? "") == placeholders(table[label] ?? ""),
                    "\(language.rawValue).\(label.rawValue) has other placeholders than English")
        }
    }

    @Test func translationsAreNotCopiesOfEnglish() {
        let english = Labels.table(for: .en)
        for language in [Language.fr, .nl, .de] {
            let table = Labels.table(for: language)
            let same = Label.allCases.filter { table[$0] == english[$0] }.count
            #expect(same < Label.allCases.count / 4, "\(language.rawValue) repeats English in \(same) labels")
        }
    }

    @Test func datesAndNumbersFollowTheLanguage() throws {
        let date = try #require(CalendarDate(year: 2025, month: 3, day: 12))
        #expect(Labels(.en).date(date) == "12 March 2025")
        #expect(Labels(.fr).date(date) == "12 mars 2025")
        #expect(Labels(.nl).date(date) == "12 maart 2025")
        #expect(Labels(.de).date(date) == "12. März 2025")
        #expect(Labels(.fr).dates(from: date, to: CalendarDate(year: 2025, month: 3, day: 13)) == "du 12 mars 2025 au 13 mars 2025")
        #expect(Labels(.en).number(3.756) == "3.76")
        #expect(Labels(.de).number(3.756) == "3,76")
        #expect(Labels(.nl).number(4) == "4")
        #expect(Labels(.fr).number(4, trimWhole: false) == "4,00")
        #expect(Labels(.nl).horizon(try #require(Horizon("2027-06"))) == "juni 2027")
        #expect(Labels(.en).status(.substantial) == "Substantial progress")
        #expect(Labels(.de).carrier(.other("Ostbelgien")) == "Ostbelgien")
        #expect(Labels(.fr).carrierKind(.government) == "Prochain gouvernement")
    }

    private func placeholders(_ text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            found.append(String(rest[open...close]))
            rest = rest[rest.index(after: close)...]
        }
        return found.sorted()
    }
}
