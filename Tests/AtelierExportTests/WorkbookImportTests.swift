import AtelierKit
import Foundation
import ODFSchemas
import Testing
@testable import AtelierExport

/// The tracking workbook sent back: exported in each language, imported unchanged it changes
/// nothing; edited, exactly the edits are applied; wrong, it is refused naming sheet, row and column.
@Suite struct WorkbookImportTests {
    /// The sample workshop with the two texts a spreadsheet cell cannot hold as typed written as a
    /// cell gives them back (see ``unchangedSampleComesBackWithOnlyWhatACellCannotHold``).
    static func representable() -> Workshop {
        var workshop = SampleWorkshop.make()
        workshop.actions[1].description = "Eerste lijn\nTweede lijn\nDerde\tkolom"
        workshop.actions[5].title = "Contrôle\u{FFFD}caractères\ninterdits\u{FFFD}"
        return workshop
    }

    static let formats = Language.allCases.flatMap { language in ["ods", "fods"].map { (language, $0) } }

    @Test(arguments: formats)
    func anUnchangedWorkbookChangesNothing(language: Language, format: String) throws {
        let workshop = Self.representable()
        let workbook = try WorkbookEdit(workshop, language: language)
        let (imported, changes) = try importActions(from: format == "ods" ? workbook.ods() : workbook.fods(), into: workshop)
        #expect(changes.isEmpty, "only actions that differ are written")
        for (before, after) in zip(workshop.actions, imported.actions) { #expect(before == after) }
        #expect(imported.actions == workshop.actions)
        #expect(try Self.xml(imported) == Self.xml(workshop))
    }

    /// A carriage return comes back as a line feed; characters XML forbids as U+FFFD; a vertical
    /// tab splits a cell into lines, as it does on export.
    @Test func unchangedSampleComesBackWithOnlyWhatACellCannotHold() throws {
        let workshop = SampleWorkshop.make()
        let workbook = try WorkbookEdit(workshop)
        let imported = try importActions(from: workbook.ods(), into: workshop).workshop
        #expect(imported.actions == Self.representable().actions)
    }

    static func xml(_ workshop: Workshop) throws -> Data {
        let folder = try TemporaryDirectory()
        let files = try export(workshop, formats: [.xml], language: .fr, to: folder.url)
        return try Data(contentsOf: files[0])
    }

    /// The edits an administration makes over months, in the French workbook.
    static func edited(_ workshop: Workshop) throws -> WorkbookEdit {
        var workbook = try WorkbookEdit(workshop)
        workbook.replace("<text:p>Avancement limité</text:p>", with: "<text:p>Terminée</text:p>", inRow: "A1")
        workbook.replace("<text:p>DG Accueil</text:p>", with: "<text:p>DG Accueil et Guichets</text:p>", inRow: "A1")
        workbook.replace("<text:p>Mise en service – 30 juin 2026</text:p>",
                         with: "<text:p>Mise en service – 30 juin 2026</text:p><text:p>Recette – 15 mars 2026 (fait)</text:p>", inRow: "A1")
        workbook.replace("<text:p>2026-12-31</text:p>", with: "<text:p>2027-03-31</text:p>", inRow: "A3")
        workbook.replace("<text:p>2027-03</text:p>", with: "<text:p>2028</text:p>", inRow: "A4")
        workbook.replace("<text:p>Ville de Bruxelles</text:p>", with: "<text:p>Ville de Namur</text:p>", inRow: "A7")
        workbook.replace("<text:p>Chatbot 🤖 pour les questions fréquentes</text:p>",
                         with: "<text:p>Wissensdatenbank für alle Dienste</text:p><text:p>pr1</text:p>", inRow: "A5")
        let empty = "<table:table-cell/>"
        workbook.appendRow([empty, empty, SheetDocument.cell("Nouvelle action « test »"), SheetDocument.cell("Prochain gouvernement"),
                            empty, SheetDocument.cell("Cabinet"), empty,
                            "<table:table-cell office:value-type=\"date\" office:date-value=\"2028-06-30\"><text:p>30/06/28</text:p></table:table-cell>",
                            SheetDocument.cell("Pas commencée")])
        return workbook
    }

    /// What the edits mean for the workshop.
    static func expected(after workshop: Workshop) -> [Action] {
        var actions = workshop.actions
        func edit(_ id: String, _ change: (inout Action) -> Void) { change(&actions[actions.firstIndex { $0.id == id }!]) }
        edit("A1") {
            $0.status = .completed
            $0.owner = "DG Accueil et Guichets"
            $0.milestones.append(Milestone(title: "Recette", due: Horizon("2026-03-15"), done: true))
        }
        edit("A3") { $0.horizon = Horizon("2027-03-31") }
        edit("A4") { $0.horizon = Horizon("2028") }
        edit("A7") { $0.carrier = .other("Ville de Namur") }
        edit("A5") {
            $0.sources = ["pr3", "pr1"]
            // Figures of other sources are not kept; the action plan derives them on `atelier import`.
            $0.dots = nil
            $0.score = nil
        }
        actions.append(Action(id: "A25", title: "Nouvelle action « test »", carrier: .government, owner: "Cabinet",
                              horizon: Horizon("2028-06-30")))
        return actions
    }

    @Test(arguments: ["ods", "fods"])
    func editsApplyExactlyThoseChanges(format: String) throws {
        let workshop = Self.representable()
        let workbook = try Self.edited(workshop)
        let (imported, changes) = try importActions(from: format == "ods" ? workbook.ods() : workbook.fods(), into: workshop)
        let expected = Self.expected(after: workshop)
        #expect(changes.actions.upsert.map(\.id) == expected.filter { !workshop.actions.contains($0) }.map(\.id),
                "only the actions that differ are written")
        #expect(changes.actions.upsert.count == 6)
        #expect(imported.actions.count == expected.count)
        for (got, want) in zip(imported.actions, expected) { #expect(got == want) }
    }

    /// A workbook edited into something wrong: exit with the place and the reason, nothing applied.
    static let mistakes: [(String, @Sendable (inout WorkbookEdit) -> Void, String)] = [
        ("status", { $0.replace("<text:p>Avancement limité</text:p>", with: "<text:p>half</text:p>", inRow: "A1") },
         "actions.ods:Actions:2: error: État d'avancement: 'half' is not a status; use one of Pas commencée, Avancement limité, Avancement substantiel, Terminée"),
        ("rank", { $0.replace("office:value-type=\"float\" office:value=\"1\"><text:p>1</text:p>", with: "office:value-type=\"string\"><text:p>deux</text:p>", inRow: "A1") },
         "actions.ods:Actions:2: error: Rang: 'deux' is not a whole number"),
        ("empty title", { $0.replace("<text:p>Ouvrir la prise de rendez-vous en ligne</text:p>", with: "", inRow: "A1") },
         "actions.ods:Actions:2: error: Titre: missing value"),
        ("unknown column", { $0.replaceFirst("<text:p>Poids</text:p></table:table-cell>", with: "<text:p>Poids</text:p></table:table-cell>" + SheetDocument.cell("Remarques")) },
         "actions.ods:Actions:1: error: Remarques: unknown column; an Actions sheet has the workbook's columns (Rang, ID, Titre, Porteur, Organisme, Service pilote, Partenaires, Échéance, État d'avancement, Gommettes, Score, Budget, Problème traité, Description, Issue de, Jalons, Destinataire, Service responsable, Ministre, Réponse, Justification, Mesure prévue, Progression (%), Reçue le, Répondu le, Échéance de réponse, Prochain examen, Preuves, Fait partie de, Poids) or those of an actions CSV file (id, title, description, problem, carrier, owner, partners, horizon, rank, budget, status, items, milestones, addressee, service, minister, response, justification, measure, progress, received, responded, due, next_review, evidence, parent, weight)"),
        ("twice", { $0.replaceFirst("<text:p>Budget</text:p>", with: "<text:p>titre</text:p>") },
         "actions.ods:Actions:1: error: titre: the column appears twice"),
        ("no title column", { $0.replaceFirst("<text:p>Titre</text:p>", with: "<text:p>Score</text:p>") },
         "actions.ods:Actions:1: error: Titre: missing column; the header must include title (for example: id,title,description,carrier,owner,horizon,items,status)"),
        ("unnamed column", { $0.editRow("A1") { row in row = String(row.dropLast("</table:table-row>".count)) + SheetDocument.cell("note") + "</table:table-row>" } },
         "actions.ods:Actions:2: error: column AE: a value under a column without a header; name the column in row 1 or clear the cell"),
        ("dates disagree in an older workbook", {
            $0.addDueByColumn()
            $0.replace("<text:p>2026-06</text:p>", with: "<text:p>2027</text:p>", inRow: "A1")
            $0.replace("\"2026-06-30\"><text:p>2026-06-30</text:p>", with: "\"2026-09-30\"><text:p>2026-09-30</text:p>", inRow: "A1")
        }, "actions.ods:Actions:2: error: À réaliser pour le: '2026-09-30' does not agree with '2027' under Échéance; change or clear one of them"),
        ("due date as text in an older workbook", {
            $0.addDueByColumn()
            $0.replace("table:style-name=\"ce-date\" office:value-type=\"date\" office:date-value=\"2026-06-30\"><text:p>2026-06-30</text:p>",
                       with: "office:value-type=\"string\"><text:p>fin juin</text:p>", inRow: "A1")
        },
         "actions.ods:Actions:2: error: À réaliser pour le: 'fin juin' is not a horizon; write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("bad horizon", { $0.replace("<text:p>2026-06</text:p>", with: "<text:p>bientôt</text:p>", inRow: "A1") },
         "actions.ods:Actions:2: error: Échéance: 'bientôt' is not a horizon; write YYYY, YYYY-MM or YYYY-MM-DD"),
        ("other body without name", { $0.replace("<text:p>Administration</text:p>", with: "<text:p>Autre organisme</text:p>", inRow: "A1") },
         "actions.ods:Actions:2: error: Porteur: 'Autre organisme' needs the body's name in the column Organisme"),
        ("body for the administration", {
            $0.replace("<text:p>Administration</text:p></table:table-cell><table:table-cell/>",
                       with: "<text:p>Administration</text:p></table:table-cell>" + SheetDocument.cell("BOSA"), inRow: "A1")
        }, "actions.ods:Actions:2: error: Organisme: 'BOSA' names a body, but the carrier is 'Administration'; choose 'Autre organisme' as carrier or clear this cell"),
        ("unknown source", { $0.replace("<text:p>Prise de rendez-vous en ligne</text:p>", with: "<text:p>Une idée inconnue</text:p>", inRow: "A1") },
         "actions.ods:Actions:2: error: Issue de: 'Une idée inconnue' is neither the text nor the id of an item of the workshop"),
        ("ambiguous source", { $0.replace("<text:p>Loket op afspraak, ook 's avonds</text:p>", with: "<text:p>Prise de rendez-vous en ligne</text:p>", inRow: "A2") },
         "actions.ods:Actions:3: error: Issue de: 'Prise de rendez-vous en ligne' is the text of several items (pr1, pr9); write the id of the one meant"),
        ("new row without carrier", { $0.appendRow(["<table:table-cell/>", "<table:table-cell/>", SheetDocument.cell("Sans porteur")]) },
         "actions.ods:Actions:26: error: Porteur: missing carrier: who must act (Administration, Prochain gouvernement, or the name of another body)"),
        ("milestone without title", { $0.replace("<text:p>Mise en service – 30 juin 2026</text:p>", with: "<text:p/><text:p>(fait)</text:p>", inRow: "A1") },
         "actions.ods:Actions:2: error: Jalons: milestone 2 has no title; write one milestone per line: title – YYYY-MM-DD (done)"),
    ]

    @Test(arguments: mistakes)
    func mistakesAreRefusedNamingSheetRowAndColumn(_ what: String, _ mistake: @Sendable (inout WorkbookEdit) -> Void, _ message: String) throws {
        var workshop = Self.representable()
        workshop.items.append(Item(id: "pr9", text: "Prise de rendez-vous en ligne", kind: .proposal))
        var workbook = try WorkbookEdit(workshop)
        #expect(importRefusal(try workbook.ods(), into: workshop) == "imported", "the workshop's own workbook imports")
        mistake(&workbook)
        #expect(importRefusal(try workbook.ods(), into: workshop) == message, "\(what)")
        #expect(importRefusal(try workbook.fods(), into: workshop) == message.replacingOccurrences(of: "actions.ods", with: "actions.fods"))
    }

    /// The workbook writes the Actions sheet's columns in the order the import knows them, under
    /// the headers it reads back; the due date of older workbooks is read but no longer written.
    @Test func theWorkbookWritesTheColumnsTheImportReads() {
        let written = ActionColumn.allCases.filter { $0 != .dueBy }
        #expect(ActionTable.columns.map(\.label) == written.map(Labels.label(of:)))
        for language in Language.allCases {
            #expect(ActionTable.columns.map { Labels(language)[$0.label] } == written.map { $0.header(in: language) })
        }
    }

    /// A workbook from before the horizon was the one date column comes back with both, unchanged
    /// where they agree, and an edited due date wins over an untouched horizon.
    @Test func anOlderWorkbookWithItsDueDateColumnStillImports() throws {
        let workshop = Self.representable()
        var workbook = try WorkbookEdit(workshop)
        workbook.addDueByColumn()
        let (unchanged, _) = try importActions(from: try workbook.ods(), into: workshop)
        #expect(unchanged.actions == workshop.actions)
        workbook.replace("\"2026-06-30\"><text:p>2026-06-30</text:p>", with: "\"2026-09-30\"><text:p>2026-09-30</text:p>", inRow: "A1")
        let (edited, _) = try importActions(from: try workbook.fods(), into: workshop)
        #expect(edited.actions.first { $0.id == "A1" }?.horizon == Horizon("2026-09-30"))
    }
}
