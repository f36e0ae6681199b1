import Foundation
import Testing
@testable import AtelierKit

@Suite struct StoreTests {
    @Test func reopeningGivesBackTheSameWorkshop() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let reopened = try WorkshopStore.open(at: store.url)
        let workshop = try reopened.workshop()
        #expect(workshop == (try store.workshop()))
        #expect(workshop.info.title == "Atelier « accueil »")
        #expect(workshop.participants.map(\.id) == ["p1", "p2"])
        #expect(workshop.items.first?.text == "L'accueil")
    }

    @Test func createRefusesToOverwrite() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: StoreError.alreadyExists(path: store.url.path)) {
            try WorkshopStore.create(at: store.url, info: WorkshopInfo(title: "x"), agenda: Agenda())
        }
    }

    @Test func openRefusesFilesThatAreNotWorkshops() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try write("id,name\n", to: "notes.atelier", in: folder)
        #expect(throws: StoreError.notAWorkshop(path: text.path)) { try WorkshopStore.open(at: text) }
        #expect(throws: StoreError.notFound(path: folder.appendingPathComponent("none").path)) {
            try WorkshopStore.open(at: folder.appendingPathComponent("none"))
        }
    }

    @Test func undoRevertsInsertsUpdatesAndRemovalsExactly() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try store.workshop()
        try store.change(command: "edit", step: "vote") { w in
            var renamed = w.item("i1")!
            renamed.text = "L'accueil au guichet"
            return (ChangeSet(items: Edits(upsert: [renamed, Item(id: "i3", text: "Nouveau", kind: .idea)], remove: ["i2"]),
                              ballots: [Ballot(participant: "p1", item: "i1", dots: 2)],
                              results: [StepResult(step: "vote", method: "tally", summary: "ok", entries: [ResultEntry(item: "i1", rank: 1)])]),
                    "edit")
        }
        let after = try store.workshop()
        #expect(after.items.map(\.id) == ["i1", "i3"])
        #expect(after.items[0].text == "L'accueil au guichet")
        #expect(after.agenda.step("vote")?.status == .done)
        let undone = try store.undo()
        #expect(undone.command == "edit")
        #expect(try store.workshop() == before)
        // The journal keeps both the change and its undo.
        let journal = try store.journal()
        #expect(journal.map(\.command).suffix(2) == ["edit", "undo"])
        #expect(journal.first { $0.command == "edit" }?.undone == true)
    }

    @Test func undoWalksBackOneChangeAtATimeAndStopsAtCreation() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeded = try store.workshop()
        try store.change(command: "a") { _ in (ChangeSet(categories: Edits(upsert: [Category(id: "c1", name: "Un")])), "a") }
        let afterA = try store.workshop()
        try store.change(command: "b") { _ in (ChangeSet(categories: Edits(upsert: [Category(id: "c1", name: "Deux")])), "b") }
        #expect(try store.workshop().categories.first?.name == "Deux")
        try store.undo()
        #expect(try store.workshop() == afterA)
        try store.undo()
        #expect(try store.workshop() == seeded)
        try store.undo()
        #expect(try store.workshop().participants.isEmpty)
        #expect(throws: StoreError.nothingToUndo(path: store.url.path)) { try store.undo() }
    }

    @Test func aThrowingChangeLeavesTheFileUntouched() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try store.workshop()
        let journal = try store.journal()
        #expect(throws: MethodError.self) {
            try store.change(command: "boom") { _ in throw MethodError("no") }
        }
        #expect(try store.workshop() == before)
        #expect(try store.journal() == journal)
    }

    @Test func streamingActionsFollowsPriorityOrder() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let actions = [
            Action(id: "A1", title: "Sans rang", carrier: .administration),
            Action(id: "A2", title: "Deuxième", carrier: .government, rank: 2),
            Action(id: "A3", title: "Premier", carrier: .other("Région"), horizon: Horizon("2027-06"), rank: 1),
        ]
        try store.change(command: "actions") { _ in (ChangeSet(actions: Edits(upsert: actions)), "actions") }
        var seen: [String] = []
        try store.forEachAction(carrier: nil) { seen.append($0.id) }
        #expect(seen == ["A3", "A2", "A1"])
        #expect(seen == Workshop.priorityOrder(actions).map(\.id))
        #expect(try store.actionCount(carrier: .government) == 1)
        var other: [Action] = []
        try store.forEachAction(carrier: .other) { other.append($0) }
        #expect(other == [actions[2]])
    }

    @Test func everyFieldOfActionsScoresAndBallotsComesBackAsWritten() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let action = Action(
            id: "A1", title: "Guichet « unique » 🚲", description: "Deux lignes\net un \"guillemet\"", problem: "Trop\tlong",
            carrier: .other("Région de Bruxelles-Capitale"), owner: "DG Accueil",
            partners: ["SPF \"BOSA\"", "Back\\slash", "Ünïcode ✅", ""], horizon: Horizon("2027-06-30"), rank: 3,
            budget: "€ 25 000", status: .substantial, milestones: [Milestone(title: "Pilote", due: Horizon("2026"), done: true)],
            sources: ["i1", "i2"], dots: 0, score: -2.5)
        let bare = Action(id: "A2", title: "Sans rien", carrier: .government)
        let scores = [Score(item: "i1", criterion: "impact", value: 4.5, participant: "p1", step: "vote"),
                      Score(item: "i2", criterion: "impact", value: 1, group: "Table 2")]
        let ballots = [Ballot(participant: "p1", item: "i1", dots: 3, step: "vote"), Ballot(item: "i2", dots: 7)]
        try store.change(command: "all") { _ in
            (ChangeSet(actions: Edits(upsert: [action, bare]), scores: scores, ballots: ballots), "all")
        }
        let workshop = try WorkshopStore.open(at: store.url).workshop()
        #expect(workshop.actions == [action, bare])
        #expect(workshop.scores == scores)
        #expect(workshop.ballots == ballots)
    }
}
