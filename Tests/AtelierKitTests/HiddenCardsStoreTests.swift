import Foundation
import GRDB
import Testing
@testable import AtelierKit

/// The cards a live room's facilitator hides are kept in the workshop file, journalled and undone as
/// every other change.
@Suite struct HiddenCardsStoreTests {
    @Test func aHiddenCardIsJournalledUnderItsStepKeptOnReopeningAndUndone() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let entry = try store.hideCard("i2", step: "vote", command: "room hide vote", summary: "Card i2 was taken off the wall in vote.")
        #expect(entry.command == "room hide vote" && entry.step == "vote")
        #expect(try WorkshopStore.open(at: store.url).hiddenCards() == ["i2"])
        #expect(try store.workshop().items.map(\.id) == ["i1", "i2"])
        #expect(try store.undo().id == entry.id)
        #expect(try store.hiddenCards().isEmpty)
    }

    @Test func aFileOfTheFormatBeforeHiddenCardsIsMovedOnAndKeepsItsUndo() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("v6.atelier")
        try StoreFormatTests.earlierFile(at: url, format: "v6-ballot-changes")
        let store = try WorkshopStore.open(at: url)
        #expect(try store.hiddenCards().isEmpty)
        try store.hideCard("i1", step: nil, command: "room hide", summary: "Card i1 was taken off the wall.")
        #expect(try store.hiddenCards() == ["i1"])
        #expect(try store.undo().command == "room hide")
        #expect(throws: StoreError.undoBeforeUpgrade(path: url.path)) { try store.undo() }
    }
}
