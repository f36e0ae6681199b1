import Foundation
import ODFSchemas
import Testing
@testable import AtelierKit

/// One import pipeline for every file: the reader chosen by the file's name (and a spreadsheet's
/// kind by its first bytes), `--step` checked against the agenda, the methods' registry asked for
/// only when a step is named, and all or nothing.
@Suite struct WorkshopImportTests {
    /// A store whose agenda has a step without a method (`vision`) and one with (`vote`).
    func store() throws -> (WorkshopStore, URL) {
        let folder = try temporaryFolder()
        let store = try WorkshopStore.create(
            at: folder.appendingPathComponent("w.atelier"), info: WorkshopInfo(title: "t"),
            agenda: Agenda(days: [AgendaDay(number: 1, title: "Jour 1", steps: [
                AgendaStep(id: "vision", title: "Vision", method: nil), AgendaStep(id: "vote", title: "Vote", method: "tally"),
            ])]))
        return (store, folder)
    }

    struct NoRegistry: Error {}

    /// Asked for the runner: refuses, so a test sees whether the import needed it.
    static func noRunner() throws -> Runner { throw NoRegistry() }

    static func emptyRunner() throws -> Runner {
        Runner(registry: try Registry.load(from: nil, builtinModules: []), builtins: [])
    }

    func run(_ kind: ImportKind, _ name: String, _ data: Data, step: String? = nil, in store: WorkshopStore, folder: URL,
             runner: () throws -> Runner = noRunner) throws -> JournalEntry {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        let outcome = try WorkshopImport(kind: kind, url: url, file: name, step: step).run(in: store, runner: runner)
        return try #require(outcome.entry, "the import changes the workshop")
    }

    @Test(arguments: [("a.ods", true), ("a.FODS", true), ("b.csv", false), ("b.txt", false), ("b", false), ("a.ods.csv", false)])
    func theReaderIsChosenByTheFileName(name: String, spreadsheet: Bool) {
        let reader = WorkshopImport.reader(for: name)
        #expect((reader == SpreadsheetImportReader.self) == spreadsheet)
        #expect((reader == CSVImportReader.self) == !spreadsheet)
    }

    @Test func aCSVFileAndASpreadsheetImportAlikeWithoutTheRegistry() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try run(.participants, "p.csv", Data("id,name\np1,Anne\n".utf8), in: store, folder: folder)
        #expect(csv.command == "import participants p.csv" && csv.summary == "Imported 1 participants from p.csv.")
        let flat = SheetDocument.flat(SheetDocument.table("Participants", [["id", "name"], ["p2", "Jan"]]))
        let sheet = try run(.participants, "p.ods", flat, in: store, folder: folder)
        #expect(sheet.summary == "Imported 1 participants from p.ods.", "a flat spreadsheet named .ods is told by its first bytes")
        #expect(try store.workshop().participants.map(\.id) == ["p1", "p2"])
    }

    @Test func aCSVFileNamedLikeASpreadsheetIsRefused() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ImportError(file: "p.ods", message: "this is not an OpenDocument spreadsheet: neither a zip package (.ods) nor XML (.fods)")) {
            try run(.participants, "p.ods", Data("id,name\np1,Anne\n".utf8), in: store, folder: folder)
        }
    }

    @Test func aStepNotInTheAgendaIsRefusedBeforeTheRegistryIsAskedFor() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = try store.journal()
        #expect {
            try run(.items, "i.csv", Data("text,kind\nUn accueil,vision\n".utf8), step: "day9", in: store, folder: folder)
        } throws: { "\($0)" == "--step day9: no such step in the agenda (vision, vote)" }
        #expect(try store.journal() == journal)
    }

    /// A named step's method checks what comes into it, so the registry must load; cards brought
    /// into a step without a method complete it, a step with one is done only once it runs.
    @Test func aNamedStepNeedsTheRegistryAndOnlyAStepWithoutAMethodIsCompleted() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cards = Data("id,text,kind\nv1,Un accueil sans file,vision\n".utf8)
        #expect(throws: NoRegistry.self) { try run(.items, "v.csv", cards, step: "vision", in: store, folder: folder) }
        let vision = try run(.items, "v.csv", cards, step: "vision", in: store, folder: folder, runner: Self.emptyRunner)
        #expect(vision.step == "vision")
        let ballots = Data("item,dots\nv1,2\n".utf8)
        let vote = try run(.ballots, "b.csv", ballots, step: "vote", in: store, folder: folder, runner: Self.emptyRunner)
        #expect(vote.step == nil)
        let agenda = try store.infoAndAgenda().1
        #expect(agenda.step("vision")?.status == .done && agenda.step("vote")?.status == .planned)
    }

    @Test func aFileWithAStepColumnNeedsTheRegistry() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: NoRegistry.self) {
            try run(.items, "s.csv", Data("text,kind,step\nUn accueil,vision,vision\n".utf8), in: store, folder: folder)
        }
        #expect(try store.workshop().items.isEmpty)
    }

    /// One bad record and nothing of the file is applied, nor journalled.
    @Test(arguments: ["p.csv", "p.fods"])
    func oneBadRecordAppliesNothing(name: String) throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let rows = [["id", "name"], ["p1", "Anne"], ["p2", ""]]
        let data = name.hasSuffix(".csv") ? Data(rows.map { $0.joined(separator: ",") }.joined(separator: "\n").utf8)
                                          : SheetDocument.flat(SheetDocument.table("Participants", rows))
        let journal = try store.journal()
        #expect {
            try run(.participants, name, data, in: store, folder: folder)
        } throws: { "\($0)" == (name == "p.csv" ? "p.csv:3" : "p.fods:Participants:3") + ": error: name: missing value" }
        #expect(try store.workshop().participants.isEmpty)
        #expect(try store.journal() == journal)
    }

    /// An actions file says what it added, updated and relinked, writes only what differs, and
    /// records nothing when nothing differs; the registry is asked for only when sources change.
    @Test func anActionsFileReportsItsChangesAndOneThatChangesNothingRecordsNothing() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        try run(.items, "i.csv", Data("id,text,kind\nP1,Guichet,proposal\nP2,Formulaire,proposal\n".utf8), in: store, folder: folder)
        try store.change(command: "plan") { _ in
            (ChangeSet(actions: Edits(upsert: [Action(id: "A01", title: "Guichet", carrier: .administration, sources: ["P1"], dots: 6, score: 4),
                                               Action(id: "A02", title: "Formulaire", carrier: .administration)])), "plan")
        }
        let journal = try store.journal()
        let same = Data("id,title,carrier,items\nA01,Guichet,administration,P1\nA02,Formulaire,administration,\n".utf8)
        let url = folder.appendingPathComponent("same.csv")
        try same.write(to: url)
        let nothing = try WorkshopImport(kind: .actions, url: url, file: "same.csv").run(in: store, runner: Self.noRunner)
        #expect(nothing.entry == nil)
        #expect(nothing.summary == "Nothing to import: the 2 actions of same.csv are those of the workshop; no change recorded.")
        #expect(try store.journal() == journal)

        let edited = Data("id,title,carrier,status,items\nA01,Guichet,administration,en cours,P1\nA02,Formulaire,administration,,\nA03,Loi,gouvernement,,\n".utf8)
        let entry = try run(.actions, "edited.csv", edited, in: store, folder: folder)
        #expect(entry.summary == "Imported edited.csv: 1 added, 1 updated (status), 1 unchanged.")

        let relinked = Data("id,title,items\nA01,Guichet,P2\n".utf8)
        #expect(throws: NoRegistry.self, "the methods that write actions derive the figures of a relinked action") {
            try run(.actions, "relinked.csv", relinked, in: store, folder: folder)
        }
        let relink = try run(.actions, "relinked.csv", relinked, in: store, folder: folder, runner: Self.emptyRunner)
        #expect(relink.summary == "Imported relinked.csv: 0 added, 1 updated (items), 0 unchanged, 1 relinked (A01: P1 → P2).")
        let a01 = try #require(try store.workshop().actions.first { $0.id == "A01" })
        #expect(a01.dots == nil && a01.score == nil, "figures of the old sources are not kept when no method derives new ones")
    }

    /// A CSV file headed like the workbook's Actions sheet is read as that sheet: localised headers,
    /// carriers and statuses, and the quote the CSV export puts before a formula-like text dropped;
    /// a file headed by import columns keeps what it holds.
    @Test func aCSVFileHeadedLikeTheWorkbookIsReadAsItsActionsSheet() throws {
        let (store, folder) = try store()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sheet = Data("""
            Rang,ID,Titre,Porteur,Organisme,Échéance,État d'avancement,Gommettes,Budget
            1,A01,'=1+1,Autre organisme,Région wallonne,2027-06,Avancement limité,99,'-12 000 €
            2,A02,'Dites-le,Prochain gouvernement,,,Terminée,,

            """.utf8)
        let entry = try run(.actions, "retour.csv", sheet, in: store, folder: folder)
        #expect(entry.summary == "Imported retour.csv: 2 added, 0 updated, 0 unchanged.")
        let actions = try store.workshop().actions
        #expect(actions.map(\.title) == ["=1+1", "'Dites-le"], "only a quote before a formula character is the export's")
        #expect(actions.map(\.carrier) == [.other("Région wallonne"), .government])
        #expect(actions.map(\.status) == [.limited, .completed])
        #expect(actions[0].budget == "-12 000 €" && actions[0].horizon == Horizon("2027-06") && actions[0].dots == nil)
        #expect {
            try run(.actions, "faux.csv", Data("ID,Titre,Porteur,Organisme\nA03,T,Administration,BOSA\n".utf8), in: store, folder: folder)
        } throws: {
            "\($0)" == "faux.csv:2: error: Organisme: 'BOSA' names a body, but the carrier is 'Administration'; choose 'Autre organisme' as carrier or clear this cell"
        }
        let plain = try run(.actions, "plain.csv", Data("id,title,carrier\nA03,'=2,administration\n".utf8), in: store, folder: folder)
        #expect(plain.summary == "Imported plain.csv: 1 added, 0 updated, 0 unchanged.")
        #expect(try store.workshop().actions.last?.title == "'=2", "a file of import columns is read as written")
    }
}
