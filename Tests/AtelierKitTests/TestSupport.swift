import Foundation
@testable import AtelierKit

/// A fresh folder under the system's temporary directory, removed by the caller when done.
func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// A fixture file of this test target.
func fixture(_ path: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures").appendingPathComponent(path)
}

/// A workshop store with two participants, two items and the impact criterion, in a temporary folder.
func sampleStore() throws -> (WorkshopStore, URL) {
    let folder = try temporaryFolder()
    let info = WorkshopInfo(title: "Atelier « accueil »", languages: [.fr, .nl])
    let store = try WorkshopStore.create(at: folder.appendingPathComponent("w.atelier"), info: info,
                                         agenda: Agenda(days: [AgendaDay(number: 1, title: "Jour 1", steps: [
                                             AgendaStep(id: "vote", title: "Vote", method: "tally"),
                                         ])]))
    try store.change(command: "seed") { _ in
        (ChangeSet(participants: Edits(upsert: [Participant(id: "p1", name: "Anne"), Participant(id: "p2", name: "Jan", role: .facilitator)]),
                   items: Edits(upsert: [Item(id: "i1", text: "L'accueil", kind: .strength, author: "p1"),
                                         Item(id: "i2", text: "Trop de formulaires", kind: .weakness)]),
                   criteria: Edits(upsert: [Criterion(id: "impact", name: "Impact")])),
         "seed")
    }
    return (store, folder)
}

/// Writes text to a file in a folder and returns its URL.
func write(_ text: String, to name: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
}
