import AtelierKit
import AtelierServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Brainwriting from the phones")
struct BrainwritingRoomTests {
    /// The test room with a third writer, so that the brainwriting has a group of three.
    static func room() throws -> TestRoom {
        let room = try TestRoom()
        try room.store.change(command: "setup") { _ in
            (ChangeSet(participants: Edits(upsert: [Participant(id: "carla", name: "Carla")])), "Carla.")
        }
        return room
    }

    /// The ideas of the step by sheet position, written `group/sheet/round/slot`.
    static func sheets(_ room: TestRoom) throws -> [String: String] {
        Dictionary(uniqueKeysWithValues: try room.store.workshop().items.compactMap { item in
            item.position.map { p in ("\(p.group)/\(p.sheet)/\(p.round)/\(p.slot)", item.text) }
        })
    }

    @Test("the sheets are planned when the step opens; each phone writes on the sheet it holds, sees the ideas above, and passes it on")
    func rounds() async throws {
        let room = try Self.room()
        try await room.room.openStep("ideas", cardKind: .vision)
        // Opening planned the sheets with the method: one group of three, three rounds, two boxes a round.
        #expect(try room.lastEntry().command == "room run ideas")
        let plan = try #require(room.store.workshop().results.first { $0.step == "ideas" }?.groups.first)
        #expect(plan.members == ["anne", "bart", "carla"] && plan.rotation.count == 3)
        try await room.application.test(.router) { client in
            var anne = try await Phone.join(client, as: "anne")
            var bart = try await Phone.join(client, as: "bart")
            var carla = try await Phone.join(client, as: "carla")
            let (_, first) = try await anne.load(client)
            #expect(first.contains("Round 1 / 3 · Sheet 1.1"))
            #expect(first.contains("name=\"idea-1\"") && first.contains("name=\"idea-2\""))

            #expect(try await anne.post(client, "/room/ideas", "step=ideas&idea-1=Un+guichet&idea-2=Des+formulaires+courts").0 == .seeOther)
            let (_, full) = try await anne.load(client, "/room?sent=ideas")
            #expect(full.contains("Ideas sent.") && full.contains("Des formulaires courts") && !full.contains("name=\"idea-1\""))
            let more = try await anne.post(client, "/room/ideas", "step=ideas&idea-1=Encore")
            #expect(more.0 == .conflict && more.1.contains("2 boxes on your sheet are full"))
            #expect(try await bart.post(client, "/room/ideas", "step=ideas&idea-1=Rendez-vous+en+ligne").0 == .seeOther)

            // The round ends once the three have passed their sheets.
            #expect(try await anne.post(client, "/room/pass", "step=ideas").0 == .seeOther)
            let (_, waiting) = try await anne.load(client)
            #expect(waiting.contains("Sheet passed on"))
            let late = try await anne.post(client, "/room/ideas", "step=ideas&idea-1=Trop+tard")
            #expect(late.0 == .conflict && late.1.contains("passed your sheet"))
            #expect(try await bart.post(client, "/room/pass", "step=ideas").0 == .seeOther)
            try await carla.load(client)
            #expect(try await carla.post(client, "/room/pass", "step=ideas").0 == .seeOther)

            // Round 2: sheet 1 moved on to Bart, who sees Anne's ideas above his boxes.
            let (_, second) = try await bart.load(client)
            #expect(second.contains("Round 2 / 3 · Sheet 1.1"))
            #expect(second.contains("Un guichet") && second.contains("Des formulaires courts") && !second.contains("Rendez-vous en ligne"))
            let (_, carlas) = try await carla.load(client)
            #expect(carlas.contains("Sheet 1.2") && carlas.contains("Rendez-vous en ligne"))
            #expect(try await bart.post(client, "/room/ideas", "step=ideas&idea-1=Un+guichet+num%C3%A9rique").0 == .seeOther)
        }
        #expect(try Self.sheets(room) == ["1/1/1/1": "Un guichet", "1/1/1/2": "Des formulaires courts",
                                          "1/2/1/1": "Rendez-vous en ligne", "1/1/2/1": "Un guichet numérique"])
        #expect(try room.store.journal().filter { $0.command == "room ideas ideas" }.count == 3)

        // The method links each idea to the one above it, and names the holder as its author.
        _ = try await room.room.runStep()
        let items = try room.store.workshop().items
        let built = try #require(items.first { $0.text == "Un guichet numérique" })
        #expect(built.buildsOn == items.first { $0.text == "Un guichet" }?.id)
        #expect(built.author == "bart" && built.step == "ideas")
    }

    @Test("ideas are refused with a message: blank, too long, a phone not in the plan, another step; the console moves the round on")
    func refusals() async throws {
        let room = try Self.room()
        try await room.room.openStep("ideas", cardKind: .vision)
        try await room.application.test(.router) { client in
            var anne = try await Phone.join(client, as: "anne")
            let blank = try await anne.post(client, "/room/ideas", "step=ideas&idea-1=+&idea-2=")
            #expect(blank.0 == .badRequest && blank.1.contains("Please fill in: Idea"))
            let long = try await anne.post(client, "/room/ideas", "step=ideas&idea-1=\(String(repeating: "a", count: 281))")
            #expect(long.0 == .badRequest && long.1.contains("at most 280 characters"))
            let other = try await anne.post(client, "/room/ideas", "step=vote&idea-1=x")
            #expect(other.0 == .conflict && other.1.contains("not open"))

            // A guest who joined after the plan holds no sheet (the vote's page gives the guest a form token).
            try await room.room.openStep("vote", cardKind: .vision)
            var guest = try await Phone.join(client)
            try await room.room.openStep("ideas", cardKind: .vision)
            let (_, page) = try await guest.load(client)
            #expect(page.contains("You are not on a sheet"))
            let refused = try await guest.post(client, "/room/ideas", "step=ideas&idea-1=x")
            #expect(refused.0 == .conflict && refused.1.contains("not on a sheet"))

            // The console moves every sheet on, whoever has not passed; after the last round the phones are thanked.
            let console = try await ConsoleRouteTests.enter(client)
            for _ in 1...3 { #expect(try await console.post(client, "/console/round", "").0 == .seeOther) }
            let (_, done) = try await anne.load(client)
            #expect(done.contains("Every sheet has gone round your group"))
            let wall = String(buffer: try await client.execute(uri: "/wall", method: .get).body)
            #expect(wall.contains("<span id=\"round\">3</span> / 3"))
        }
        #expect(try Self.sheets(room).isEmpty)
    }

    @Test("a guest who joined after the plan holds a sheet once the facilitator runs the step again")
    func replan() async throws {
        let room = try Self.room()
        try await room.room.openStep("ideas", cardKind: .vision)
        try await room.application.test(.router) { client in
            var guest = try await Phone.join(client)
            #expect(try await guest.load(client).1.contains("You are not on a sheet"))
            _ = try await room.room.runStep()
            #expect(try await guest.load(client).1.contains("Round 1 / 4"))
            #expect(try await guest.post(client, "/room/ideas", "step=ideas&idea-1=Un+guichet").0 == .seeOther)
        }
        let plan = try #require(room.store.workshop().results.first { $0.step == "ideas" }?.groups.first)
        #expect(plan.members == ["anne", "bart", "carla", "guest-1"])
        #expect(try Self.sheets(room).values.sorted() == ["Un guichet"])
    }

    @Test("a room opened again over the same workshop goes on from the latest round written in")
    func restart() async throws {
        let first = try Self.room()
        try await first.room.openStep("ideas", cardKind: .vision)
        try await first.application.test(.router) { client in
            let console = try await ConsoleRouteTests.enter(client)
            #expect(try await console.post(client, "/console/round", "").0 == .seeOther)
            var carla = try await Phone.join(client, as: "carla")
            try await carla.load(client)
            #expect(try await carla.post(client, "/room/ideas", "step=ideas&idea-1=Plus+de+guichets").0 == .seeOther)
        }
        let again = Room(store: first.store, runner: try TestRoom.runner(), settings: first.room.settings)
        try await again.openStep("ideas", cardKind: .vision)
        try await RoomServer(room: again, baseAddress: "http://127.0.0.1:8080").application(host: "127.0.0.1", port: 0).test(.router) { client in
            let wall = String(buffer: try await client.execute(uri: "/wall", method: .get).body)
            #expect(wall.contains("<span id=\"round\">2</span> / 3"))
        }
        // The plan was made once: opening again reuses it.
        #expect(try first.store.journal().filter { $0.command == "room run ideas" }.count == 1)
    }
}
