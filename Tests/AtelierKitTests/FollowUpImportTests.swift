import Foundation
import Testing
@testable import AtelierKit

/// The follow-up of actions read from returns: new columns in any language, a justification
/// required for rejected and partly adopted recommendations, every change kept as history with the
/// file and row it came from, undone with the import, and several returns merged with their
/// conflicts listed.
@Suite struct FollowUpImportTests {
    /// A workshop with three actions and no follow-up.
    func store() throws -> (WorkshopStore, URL) {
        let folder = try temporaryFolder()
        let store = try WorkshopStore.create(at: folder.appendingPathComponent("w.atelier"),
                                             info: WorkshopInfo(title: "t", languages: [.fr]), agenda: Agenda())
        try store.change(command: "seed") { _ in
            (ChangeSet(actions: Edits(upsert: [
                Action(id: "A01", title: "Formulaires", carrier: .administration),
                Action(id: "A02", title: "Langage clair", carrier: .administration),
                Action(id: "A03", title: "Guichet", carrier: .government),
            ])), "seed")
        }
        return (store, folder)
    }

    func importing(_ files: [(String, String)], into store: WorkshopStore, folder: URL, on date: String = "2027-03-01") throws -> String {
        let urls = try files.map { (name, text) in WorkshopImport.File(url: try write(text, to: name, in: folder), name: name) }
        return try WorkshopImport(kind: .actions, files: urls, date: CalendarDate(date)).run(in: store) { throw WorkshopImportTests.NoRegistry() }.summary
    }

    func action(_ id: String, _ store: WorkshopStore) throws -> Action {
        try #require(try store.workshop().actions.first { $0.id == id })
    }

    @Test func aReturnRecordsTheFollowUpAndItsHistoryWithTheFileAndRow() throws {
        let (store, folder) = try store()
        let summary = try importing([("ministere.csv", """
            id,title,Destinataire,Réponse,Justification,Progression (%),Échéance de réponse,Preuves,Service responsable
            A01,Formulaires,Parlement,Adoptée,,40 %,2027-06-30,"https://a.be/1
            https://a.be/2",SPF BOSA
            A02,Langage clair,gouvernement,Rejetée,Trop coûteux,,,,
            """)], into: store, folder: folder)
        #expect(summary == "Imported ministere.csv: 0 added, 2 updated (addressee, service, response, justification, progress, due, evidence), 0 unchanged.")
        let a1 = try action("A01", store).followUp
        #expect(a1 == FollowUp(addressee: .parliament, service: "SPF BOSA", response: .adopted, progress: 40,
                               due: CalendarDate("2027-06-30"), evidence: ["https://a.be/1", "https://a.be/2"]))
        #expect(try action("A02", store).followUp.response == .rejected)
        let history = try store.history()
        #expect(history.map { "\($0.action) \($0.field) '\($0.old)' → '\($0.new)' \($0.file):\($0.row ?? 0) \($0.date)" } == [
            "A01 addressee '' → 'parliament' ministere.csv:2 2027-03-01",
            "A01 service '' → 'SPF BOSA' ministere.csv:2 2027-03-01",
            "A01 response '' → 'adopted' ministere.csv:2 2027-03-01",
            "A01 progress '' → '40' ministere.csv:2 2027-03-01",
            "A01 due '' → '2027-06-30' ministere.csv:2 2027-03-01",
            "A01 evidence '' → 'https://a.be/1\nhttps://a.be/2' ministere.csv:2 2027-03-01",
            "A02 addressee '' → 'government' ministere.csv:4 2027-03-01",
            "A02 response '' → 'rejected' ministere.csv:4 2027-03-01",
            "A02 justification '' → 'Trop coûteux' ministere.csv:4 2027-03-01",
        ])
        try store.undo()
        #expect(try store.history().isEmpty)
        #expect(try action("A01", store).followUp == FollowUp())
    }

    @Test(arguments: ["Rejetée", "partly adopted", "Gedeeltelijk aangenomen", "abgelehnt"])
    func aRejectionWithoutJustificationIsRefusedNamingTheRow(response: String) throws {
        let (store, folder) = try store()
        let before = try store.workshop()
        #expect(throws: ImportError(file: "r.csv", line: 3, field: "justification",
                                    message: "'\(FollowUp.Response(parsing: response)!.name(in: .fr))' needs a justification: say why in this column")) {
            try importing([("r.csv", "id,title,response,justification\nA01,Formulaires,adopted,\nA02,Langage clair,\(response),  \n")],
                          into: store, folder: folder)
        }
        #expect(try store.workshop() == before)
        #expect(try store.history().isEmpty)
    }

    @Test(arguments: [
        ("progress", "120", "'120' is not a progress; write a whole number from 0 to 100"),
        ("addressee", "Sénat", "'Sénat' is not an addressee; use one of Administration, Gouvernement, Parlement, Autre"),
        ("response", "peut-être", "'peut-être' is not a response; use one of Adoptée, Partiellement adoptée, Rejetée, En attente"),
        ("due", "30/06/2027", "'30/06/2027' is not a date; write YYYY-MM-DD"),
        ("weight", "0", "'0' is not a weight; write a number above 0 (1 unless set)"),
        ("parent", "A09", "'A09' is no action of the workshop or of this file"),
        ("parent", "A01", "'A01' leads back to A01; an action cannot be part of itself"),
    ])
    func aWrongFollowUpValueIsRefused(column: String, value: String, message: String) throws {
        let (store, folder) = try store()
        #expect(throws: ImportError(file: "r.csv", line: 2, field: column, message: message)) {
            try importing([("r.csv", "id,title,\(column)\nA01,Formulaires,\(value)\n")], into: store, folder: folder)
        }
    }

    @Test func twoReturnsMergeAndTheirConflictsAreAllListed() throws {
        let (store, folder) = try store()
        let region = ("region.csv", "id,title,status,progress,response\nA01,Formulaires,en cours,30,adopted\nA02,Langage clair,,,pending\n")
        let ministry = ("ministere.csv", "id,title,status,progress,minister\nA01,Formulaires,en cours,50,Mme X\nA02,Langage clair,terminée,,\n")
        let before = try store.workshop()
        do {
            _ = try importing([region, ministry], into: store, folder: folder)
            Issue.record("the conflicting returns were imported")
        } catch let conflicts as ImportConflicts {
            #expect(conflicts.description == """
                ministere.csv:2: error: A01 progress: '50' here, but '30' in region.csv:2
                1 conflict between the returns; nothing was imported: settle each in one of the files and import them again
                """)
        }
        #expect(try store.workshop() == before)
        let agreeing = ("ministere.csv", "id,title,status,progress,minister\nA01,Formulaires,en cours,30,Mme X\nA02,Langage clair,terminée,,\n")
        _ = try importing([region, agreeing], into: store, folder: folder)
        let a1 = try action("A01", store), a2 = try action("A02", store)
        #expect(a1.status == .limited && a1.followUp.progress == 30 && a1.followUp.minister == "Mme X" && a1.followUp.response == .adopted)
        #expect(a2.status == .completed && a2.followUp.response == .pending)
        #expect(Set(try store.history().map(\.file)) == ["region.csv", "ministere.csv"])
    }
}
