import Testing
@testable import AtelierKit

/// Statuses and kinds of carrier are read with one table of words, for CSV files and spreadsheets
/// alike: the labels the documents print in the four languages, the stored values and the common
/// synonyms, whatever their case, accents and hyphens.
@Suite struct StatusAndCarrierWordsTests {
    @Test func noWordNamesTwoStatusesOrTwoKindsOfCarrier() {
        #expect(ActionStatus.words.conflicts.isEmpty)
        #expect(Carrier.Kind.words.conflicts.isEmpty)
    }

    @Test(arguments: Language.allCases)
    func everyPrintedLabelReadsBack(language: Language) {
        for status in ActionStatus.allCases {
            #expect(ActionStatus(parsing: status.name(in: language)) == status)
            #expect(ActionStatus(parsing: status.name(in: language).uppercased()) == status)
        }
        for kind in Carrier.Kind.allCases { #expect(Carrier.Kind(label: status(kind.name(in: language))) == kind) }
    }

    /// A label as LibreOffice's autocorrection may leave it: a typographic apostrophe, spaces around.
    func status(_ text: String) -> String { "  " + text.replacingOccurrences(of: "'", with: "\u{2019}") + " " }

    @Test(arguments: [
        ("Pas commencée", ActionStatus.notStarted), ("pas commence", .notStarted), ("not_started", .notStarted),
        ("En cours", .limited), ("in uitvoering", .limited), ("in Bearbeitung", .limited), ("IN PROGRESS", .limited),
        ("Avancement limité", .limited), ("Beperkte voortgang", .limited), ("Begrenzter Fortschritt", .limited),
        ("bien avancée", .substantial), ("Aanzienlijke voortgang", .substantial), ("Terminée", .completed),
        ("afgerond", .completed), ("erledigt", .completed), ("done", .completed),
    ])
    func synonymsAndLabelsInAnyLanguage(text: String, status: ActionStatus) {
        #expect(ActionStatus(parsing: text) == status)
    }

    @Test func wordsThatAreNoStatusAreRefusedAndTheHintIsInTheLanguageAsked() {
        #expect(ActionStatus(parsing: "à moitié") == nil)
        #expect(ActionStatus(parsing: "") == nil)
        #expect(ActionStatus.hint(in: .nl) == "one of Niet gestart, Beperkte voortgang, Aanzienlijke voortgang, Voltooid")
    }

    @Test func carriersAreTheAdministrationTheGovernmentOrABody() {
        #expect(Carrier(parsing: "Prochain gouvernement") == .government)
        #expect(Carrier(parsing: "die nächste Regierung") == .government)
        #expect(Carrier(parsing: "De administratie") == .administration)
        #expect(Carrier(parsing: "Région wallonne") == .other("Région wallonne"))
        #expect(Carrier.Kind(label: "Andere Stelle") == .other)
        #expect(Carrier.Kind(label: "Région wallonne") == nil)
    }
}
