import AtelierExport
import AtelierKit
import Dispatch
import Foundation
import Testing

/// The documents of one export describe one state of the workshop file, even when another writer
/// changes it while they are written.
@Suite struct SnapshotExportTests {
    static func store(in directory: TemporaryDirectory) throws -> WorkshopStore {
        let store = try WorkshopStore.create(
            at: directory.url.appendingPathComponent("workshop.atelier"),
            info: WorkshopInfo(title: "Panel"), agenda: Agenda())
        try store.change(command: "import actions") { _ in
            (ChangeSet(actions: Edits(upsert: [
                Action(id: "A1", title: "First state", carrier: .administration, rank: 1),
                Action(id: "A2", title: "Kept", carrier: .government, rank: 2),
            ])), "Imported 2 actions.")
        }
        return store
    }

    /// When the first document is finished, a second connection renames A1 and adds A3. It waits
    /// for the export to end (for a moment at most while the export waits for it): then it writes,
    /// and no document shows its change.
    @Test func aWriterDuringTheExportChangesNoDocument() throws {
        let directory = try TemporaryDirectory()
        let store = try Self.store(in: directory)
        let writer = try WorkshopStore.open(at: store.url)
        let writing = DispatchGroup()
        let failure = Failure()
        var started = false
        let files = try export(store, formats: [.xml, .csv, .fods], language: .en, to: directory.url.appendingPathComponent("out")) { _, _ in
            guard !started else { return }
            started = true
            writing.enter()
            DispatchQueue.global().async {
                do {
                    try writer.change(command: "edit") { workshop in
                        var changed = workshop.actions.first { $0.id == "A1" }!
                        changed.title = "Second state"
                        let added = Action(id: "A3", title: "Added meanwhile", carrier: .administration)
                        return (ChangeSet(actions: Edits(upsert: [changed, added])), "Edited.")
                    }
                } catch {
                    failure.error = "\(error)"
                }
                writing.leave()
            }
            _ = writing.wait(timeout: .now() + 2)
        }
        writing.wait()
        #expect(failure.error == nil)
        #expect(try store.workshop().actions.map(\.title) == ["Second state", "Kept", "Added meanwhile"],
                "the writer wrote once the export was done")
        #expect(files.count == 3)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(text.contains("First state") && text.contains("Kept"), "\(file.lastPathComponent)")
            #expect(!text.contains("Second state") && !text.contains("Added meanwhile"), "\(file.lastPathComponent)")
        }
    }

    /// What the background writer met, read after it signalled.
    final class Failure: @unchecked Sendable {
        var error: String?
    }
}
