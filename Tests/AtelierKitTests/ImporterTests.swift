import Foundation
import Testing
@testable import AtelierKit

@Suite struct ImporterTests {
    /// Imports text into the sample store through the same path as `atelier import`.
    func importText(_ text: String, _ kind: ImportKind, into store: WorkshopStore, step: String? = nil) throws {
        let table = try CSVTable(data: Data(text.utf8), displayPath: "in.csv")
        try store.change(command: "import") { try Importer(kind: kind, table: table, file: "in.csv", step: step).changes(for: $0) }
    }

    @Test func importsItemsCreatingCategoriesAndResolvingAuthorsByName() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importText("text;kind;category;author\nMobilité douce;challenge;Mobilité & accès;Anne\nParking;challenge;mobilite-acces;\n", .items, into: store)
        let w = try store.workshop()
        #expect(w.categories == [Category(id: "mobilite-acces", name: "Mobilité & accès")])
        #expect(w.items.suffix(2).map(\.id) == ["item-1", "item-2"])
        #expect(w.items.suffix(2).map(\.category) == ["mobilite-acces", "mobilite-acces"])
        #expect(w.items.suffix(2).map(\.author) == ["p1", nil])
    }

    @Test func aNameHoldingAnInvisibleCharacterNamesNobody() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: ImportError.self) {
            try importText("participant,item,dots\nAn\u{200B}ne,i1,1\n", .ballots, into: store)
        }
        try importText("participant,item,dots\nANNE,i1,1\n", .ballots, into: store)
        #expect(try store.workshop().ballots.map(\.participant) == ["p1"])
    }

    @Test func importsActionsAndMergesAnEditedSpreadsheetBack() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importText("""
            id,title,carrier,owner,horizon,items,status,partners
            A01,Formulaire unique,administration,DG Digital,2027-06,i1 i2,not started,BOSA; Fedict
            A02,Loi « only once »,gouvernement,,2027,,,
            """, .actions, into: store)
        try importText("id,title,status\nA01,Formulaire unique « Dites-le-nous une fois »,substantiel\n", .actions, into: store)
        let actions = try store.workshop().actions
        #expect(actions.count == 2)
        #expect(actions[0].title == "Formulaire unique « Dites-le-nous une fois »")
        #expect(actions[0].status == .substantial)
        #expect(actions[0].owner == "DG Digital")
        #expect(actions[0].partners == ["BOSA", "Fedict"])
        #expect(actions[0].sources == ["i1", "i2"])
        #expect(actions[0].horizon == Horizon("2027-06"))
        #expect(actions[1].carrier == .government)
    }

    @Test func keepsTheParticipantsExtraColumnsAsAttributesAndUndoesThem() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importText("id,name,Service,gender,language\np1,Anne,Finances,f,fr\np9,Jan,Mobiliteit,,nl\n", .participants, into: store)
        var people = try store.workshop().participants
        #expect(people.first { $0.id == "p1" }?.attributes == ["service": "Finances", "gender": "f", "language": "fr"])
        #expect(people.first { $0.id == "p9" }?.attributes == ["service": "Mobiliteit", "language": "nl"])
        // A later file changes the columns it has, and leaves the others; a blank cell removes a value.
        try importText("id,name,language,age_band\np1,Anne,,30-44\n", .participants, into: store)
        people = try WorkshopStore.open(at: store.url).workshop().participants
        #expect(people.first { $0.id == "p1" }?.attributes == ["service": "Finances", "gender": "f", "age_band": "30-44"])
        let stored = try store.queue.read { db in
            try String.fetchOne(db, sql: "SELECT attributes FROM participants WHERE id = 'p1'")
        }
        #expect(stored == #"{"age_band":"30-44","gender":"f","service":"Finances"}"#)
        try store.undo()
        #expect(try store.workshop().participants.first { $0.id == "p1" }?.attributes == ["service": "Finances", "gender": "f", "language": "fr"])
    }

    /// Bad files: kind, text, and the line, column and message the error must give.
    static let bad: [(ImportKind, String, Int?, String?, String)] = [
        (.items, "text,kind\nfoo,bogus\n", 2, "kind", "'bogus' is not a kind"),
        (.items, "text\nfoo\n", 1, "kind", "missing column"),
        (.items, "text,kind,colour\nfoo,idea,red\n", 1, "colour", "unknown column"),
        (.items, "id,text,kind\nx1,a,idea\nx1,b,idea\n", 3, "id", "appears twice"),
        (.items, "id,text,kind,author\nx1,a,idea,Zoé\n", 2, "author", "unknown participant 'Zoé'"),
        (.items, "id,text,kind,builds_on\nx1,a,idea,nope\n", 2, "builds_on", "unknown item 'nope'"),
        (.items, "id,text,kind\nx1,   ,idea\n", 2, "text", "missing value"),
        (.participants, "id,name,role\np9,Zoé,boss\n", 2, "role", "'boss' is not a role"),
        (.ballots, "participant,item,dots\np1,i1,2\np3,i1,1\n", 3, "participant", "unknown participant 'p3'"),
        (.ballots, "participant,item,dots\np1,i9,2\n", 2, "item", "unknown item 'i9'"),
        (.ballots, "participant,item,dots\np1,i1,2\np1,i1,1\n", 3, "item", "duplicate ballot"),
        (.ballots, "participant,item,dots\np1,i1,deux\n", 2, "dots", "not a whole number"),
        (.ballots, "participant,item,dots\np1,i1,0\n", 2, "dots", "1 or more"),
        (.scores, "participant,item,criterion,value\np1,i1,impact,9\n", 2, "value", "outside the scale"),
        (.scores, "participant,item,criterion,value\np1,i1,cost,3\n", 2, "criterion", "unknown criterion 'cost'"),
        (.scores, "item,impact,cost\ni1,3,2\n", 1, "cost", "unknown criterion 'cost'; the workshop's criteria are impact"),
        (.scores, "item,impact\ni1,3\ni2,9\n", 3, "impact", "9 is outside the scale of 'impact'"),
        (.actions, "id,title\nA1,Sans porteur\n", 2, "carrier", "missing carrier"),
        (.actions, "id,title,carrier,horizon\nA1,T,administration,juin 2027\n", 2, "horizon", "not a horizon"),
        (.actions, "id,title,carrier,status\nA1,T,administration,half done\n", 2, "status", "not a status"),
        (.actions, "id,title,carrier,items\nA1,T,administration,i1 i7\n", 2, "items", "unknown item 'i7'"),
        (.criteria, "id,min,max\nrisk,5,1\n", 2, "min", "minimum is below its maximum"),
        (.actions, "id,title,carrier,milestones\nA1,T,administration,\"Cahier des charges\n (done)\"\n", 2, "milestones",
         "milestone 2 has no title"),
        (.scores, "participant,item,criterion,value\np1,i1,impact,3\np1,i2,impact,2\np1,i1,impact,4\n", 4, "item",
         "duplicate score: participant 'p1' already scored item 'i1' on criterion 'impact' on line 2"),
        (.scores, "item,impact\ni1,3\ni1,4\n", 3, "item", "duplicate score: the plenary already scored item 'i1'"),
        (.scores, "group,item,impact\nA,i1,3\nA,i1,4\n", 3, "item", "duplicate score: group 'A' already scored"),
        (.ballots, "participant,item,dots,step\np1,i1,2,vote\np2,i1,1,vot\n", 3, "step", "no step 'vot' in the agenda; use one of vote"),
        (.scores, "item,impact,step\ni1,3,day9\n", 2, "step", "no step 'day9' in the agenda"),
        (.items, "text,kind,step\nfoo,idea,day9\n", 2, "step", "no step 'day9' in the agenda"),
        // 300 groups number past what a packed key holds: the repeat is still found.
        (.scores, "group,item,impact\n" + (1...300).map { "G\($0),i1,3\n" }.joined() + "G300,i1,4\n", 302, "item",
         "duplicate score: group 'G300' already scored item 'i1' on criterion 'impact' on line 301"),
    ]

    @Test(arguments: bad)
    func refusesABadFileNamingLineAndColumnAndChangesNothing(_ kind: ImportKind, _ text: String, _ line: Int?, _ field: String?, _ message: String) throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try store.workshop()
        let journal = try store.journal()
        do {
            try importText(text, kind, into: store)
            Issue.record("accepted: \(text)")
        } catch let error as ImportError {
            #expect(error.line == line, "\(error)")
            #expect(error.field == field, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
        #expect(try store.workshop() == before)
        #expect(try store.journal() == journal)
    }

    @Test func readsMilestonesOnePerLineWithDueDateAndDone() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importText("""
            id,title,carrier,milestones
            A1,Guichet,administration,"Cahier des charges – 2025-09 (done)

             Mise en service - 2026-06-30  
            Phase 2 – fin d'année (DONE)
            Bilan – 2027"
            A2,Loi,government,
            """, .actions, into: store)
        let actions = try store.workshop().actions
        #expect(actions[0].milestones == [
            Milestone(title: "Cahier des charges", due: Horizon("2025-09"), done: true),
            Milestone(title: "Mise en service", due: Horizon("2026-06-30")),
            Milestone(title: "Phase 2 – fin d'année", done: true),
            Milestone(title: "Bilan", due: Horizon("2027")),
        ])
        #expect(actions[1].milestones.isEmpty)
        try importText("id,title,milestones\nA1,Guichet,Bilan – 2028\n", .actions, into: store)
        #expect(try store.workshop().actions[0].milestones == [Milestone(title: "Bilan", due: Horizon("2028"))],
                "a milestones column replaces the action's milestones")
        try importText("id,title\nA1,Guichet ouvert\n", .actions, into: store)
        #expect(try store.workshop().actions[0].milestones.count == 1, "without the column they stay")
    }

    /// A table read from a spreadsheet: errors name the sheet and row, and columns as the sheet does.
    @Test func tablesFromASheetNameTheSheetRowAndTheColumnsAsTheSheetDoes() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let table = ImportTable(
            header: ["id", "title", "carrier", "status", "items"],
            records: [ImportTable.Record(line: 3, fields: ["A1", "Guichet", "administration", "", "i1"]),
                      ImportTable.Record(line: 12, fields: ["A2", "Loi", "government", "half", ""])],
            headerLine: 2, sheet: "Actions", columnNames: ["status": "État d'avancement", "items": "Issue de"])
        func refusal(_ table: ImportTable) -> String {
            do {
                try store.change(command: "import") { try Importer(kind: .actions, table: table, file: "actions.ods").changes(for: $0) }
                return "imported"
            } catch {
                return "\(error)"
            }
        }
        #expect(refusal(table) == "actions.ods:Actions:12: error: État d'avancement: 'half' is not a status; use one of Pas commencée, Avancement limité, Avancement substantiel, Terminée")
        var unknownItem = table
        unknownItem.records[1].fields[3] = ""
        unknownItem.records[0].fields[4] = "i7"
        #expect(refusal(unknownItem) == "actions.ods:Actions:3: error: Issue de: action 'A1' comes from unknown item 'i7'")
        var badHeader = table
        badHeader.header[0] = "colour"
        #expect(refusal(badHeader).hasPrefix("actions.ods:Actions:2: error: colour: unknown column; an actions file has id, title,"))
        #expect(try store.workshop().actions.isEmpty)
        var good = table
        good.records[1].fields[3] = "completed"
        #expect(refusal(good) == "imported")
        #expect(try store.workshop().actions.map(\.status) == [.notStarted, .completed])
    }

    @Test func aScoreGivenAgainInALaterImportIsRefusedButAnotherStepsIsNot() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importText("participant,item,criterion,value\np1,i1,impact,3\n", .scores, into: store, step: "vote")
        let before = try store.workshop()
        #expect {
            try importText("participant,item,criterion,value\np1,i2,impact,2\np1,i1,impact,4\n", .scores, into: store, step: "vote")
        } throws: { error in
            let e = error as? ImportError
            return e?.line == 3 && e?.message.contains("in an earlier import for step 'vote'") == true
        }
        #expect(try store.workshop() == before)
        try importText("participant,item,criterion,value\np1,i1,impact,4\n", .scores, into: store)
        #expect(try store.workshop().scores.map(\.value) == [3, 4])
    }

    @Test func readsBallotsOfAPaperRoundAndWideScores() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        try importText("item,dots\ni1,7\ni2,3\n", .ballots, into: store, step: "vote")
        try importText("item;impact\ni1;4,5\n", .scores, into: store)
        let w = try store.workshop()
        #expect(w.ballots == [Ballot(item: "i1", dots: 7, step: "vote"), Ballot(item: "i2", dots: 3, step: "vote")])
        #expect(w.scores == [Score(item: "i1", criterion: "impact", value: 4.5)])
    }
}
