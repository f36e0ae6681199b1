import AtelierKit
import AtelierServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The wall's state kept by the room")
struct WallKeptStateTests {
    /// The live part of a wall page, without its change count.
    static func live(_ page: String) -> String {
        String(page.firstMatch(of: /<div id="live"[^>]*>(.*)<\/div><\/div>/.dotMatchesNewlines())?.1 ?? "none")
    }

    /// The wall of a room: the one kept, and the one a room just started on the same file draws with the
    /// same step open (or closed).
    static func walls(_ room: TestRoom, _ client: some TestClientProtocol, step: String, closed: Bool = false) async throws -> (kept: String, read: String) {
        let kept = live(String(buffer: try await client.execute(uri: "/wall", method: .get).body))
        let fresh = Room(store: room.store, runner: try TestRoom.runner(), settings: room.room.settings)
        try await fresh.openStep(step, cardKind: .vision)
        if closed { await fresh.closeStep() }
        let read = try await RoomServer(room: fresh, baseAddress: "http://127.0.0.1:8080").application(host: "127.0.0.1", port: 0)
            .test(.router) { live(String(buffer: try await $0.execute(uri: "/wall", method: .get).body)) }
        return (kept, read)
    }

    @Test("after cards, dots taken back, scores, an undo and a run, the wall shows what the file holds")
    func keptEqualsRead() async throws {
        let room = try TestRoom(liveDots: true)
        try await room.application.test(.router) { client in
            var anne = try await Phone.join(client, as: "anne")
            var bart = try await Phone.join(client, as: "bart")

            try await room.room.openStep("vision", cardKind: .vision)
            _ = try await client.execute(uri: "/wall", method: .get)
            try await anne.load(client)
            #expect(try await anne.post(client, "/room/cards", "step=vision&text=Une+ville+accueillante").0 == .seeOther)
            var walls = try await Self.walls(room, client, step: "vision")
            #expect(walls.kept.contains("Une ville accueillante"))
            #expect(walls.kept == walls.read)

            try await room.room.openStep("vote", cardKind: .vision)
            _ = try await client.execute(uri: "/wall", method: .get)
            try await anne.load(client)
            try await bart.load(client)
            for (phone, item, change) in [(anne, "p1", 1), (anne, "p1", 1), (bart, "p2", 1), (anne, "p2", 1), (anne, "p1", -1)] {
                #expect(try await phone.post(client, "/room/dots", "step=vote&item=\(item)&change=\(change)").0 == .seeOther)
            }
            walls = try await Self.walls(room, client, step: "vote")
            #expect(walls.kept.contains("<span id=\"voters\">2</span>"))
            #expect(walls.kept.contains("Formulaires simples</td><td><span class=\"bar\" style=\"width:20rem\"></span> 2"))
            #expect(walls.kept == walls.read)

            _ = try await room.room.undo()
            walls = try await Self.walls(room, client, step: "vote")
            #expect(walls.kept.contains("Guichet unique</td><td><span class=\"bar\" style=\"width:20rem\"></span> 2"))
            #expect(walls.kept == walls.read)

            await room.room.closeStep()
            _ = try await room.room.runStep()
            walls = try await Self.walls(room, client, step: "vote", closed: true)
            #expect(walls.kept.contains("<td>1</td><td>Guichet unique</td>"))
            #expect(walls.kept == walls.read)

            try await room.room.openStep("matrix", cardKind: .vision)
            _ = try await client.execute(uri: "/wall", method: .get)
            try await bart.load(client)
            #expect(try await bart.post(client, "/room/scores", "step=matrix&item=p1&score-impact=4&score-feasibility=2").0 == .seeOther)
            walls = try await Self.walls(room, client, step: "matrix")
            #expect(walls.kept.contains("<td>Guichet unique</td><td>4</td><td>2</td><td>1</td>"))
            #expect(walls.kept == walls.read)
        }
    }

    @Test("a change another process makes to the file (an undo in a terminal) is on the wall at its next update, and on the phones")
    func outsideChange() async throws {
        let room = try TestRoom(liveDots: true)
        try await room.room.openStep("vote", cardKind: .vision)
        try await room.application.test(.router) { client in
            var anne = try await Phone.join(client, as: "anne")
            _ = try await client.execute(uri: "/wall", method: .get)
            #expect(try await anne.post(client, "/room/dots", "step=vote&item=p1&change=1").0 == .seeOther)
            #expect(try await anne.post(client, "/room/dots", "step=vote&item=p2&change=1").0 == .seeOther)
            #expect(try await anne.load(client).1.contains("Dots left: 1 / 3"))
            try WorkshopStore.open(at: room.store.url).undo()
            let walls = try await Self.walls(room, client, step: "vote")
            #expect(!walls.kept.contains("Formulaires simples</td><td><span class=\"bar\" style=\"width:20rem\"></span> 1"))
            #expect(walls.kept == walls.read)
            // The phone's page too shows the file as the terminal left it.
            #expect(try await anne.load(client).1.contains("Dots left: 2 / 3"))
        }
    }

    @Test("a hide undone in a terminal puts the card back on the wall")
    func outsideUndoOfHide() async throws {
        let room = try TestRoom()
        try await room.room.openStep("swot", cardKind: .vision)
        try await room.application.test(.router) { client in
            let anne = try await Phone.join(client, as: "anne")
            #expect(try await anne.post(client, "/room/cards", "step=swot&kind=threat&text=Files+d%27attente").0 == .seeOther)
            let card = try #require(room.store.workshop().items.last)
            try await room.room.hide(card.id)
            let hidden = String(buffer: try await client.execute(uri: "/wall", method: .get).body)
            #expect(!hidden.contains("Files d&#39;attente"))
            try WorkshopStore.open(at: room.store.url).undo()
            let shown = String(buffer: try await client.execute(uri: "/wall", method: .get).body)
            #expect(shown.contains("Files d&#39;attente"))
        }
    }

    @Test("dots from many phones at once are all kept, each its own change, none over the budget")
    func manyPhones() async throws {
        let room = try TestRoom()
        try await room.room.openStep("vote", cardKind: .vision)
        try await room.application.test(.router) { client in
            let phones = try await withThrowingTaskGroup(of: Phone.self) { group in
                for _ in 0..<12 { group.addTask { try await Phone.join(client) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            let refused = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for phone in phones {
                    for item in ["p1", "p2", "p3", "p3"] {
                        group.addTask { try await phone.post(client, "/room/dots", "step=vote&item=\(item)&change=1").0 }
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }.filter { $0 != .seeOther }
            }
            // Each phone's fourth dot is over its budget of 3.
            #expect(refused == Array(repeating: .conflict, count: 12))
        }
        let workshop = try room.store.workshop()
        var perVoter: [String: Int] = [:]
        for ballot in workshop.ballots { perVoter[ballot.participant ?? "", default: 0] += ballot.dots }
        #expect(perVoter.count == 12 && perVoter.values.allSatisfy { $0 == 3 })
        #expect(try room.store.journal().filter { $0.command == "room dots vote" }.count == 36)
    }
}
