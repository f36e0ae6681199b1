import AtelierKit
import AtelierServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The console moderates the step's cards: hide, merge duplicates, edit")
struct ConsoleModerationTests {
    /// Opens the vision round for challenges and sends two cards from a phone; returns the console and the cards' ids.
    static func twoCards(_ room: TestRoom, _ client: some TestClientProtocol) async throws -> (Phone, String, String) {
        let console = try await ConsoleRouteTests.enter(client)
        #expect(try await console.post(client, "/console/open", "step=vision&kind=challenge").0 == .seeOther)
        let phone = try await Phone.join(client)
        #expect(try await phone.post(client, "/room/cards", "step=vision&text=Trop+de+formulaires").0 == .seeOther)
        #expect(try await phone.post(client, "/room/cards", "step=vision&text=Beaucoup+trop+de+formulaires").0 == .seeOther)
        let cards = try room.store.workshop().items.filter { $0.step == "vision" }.map(\.id)
        try #require(cards.count == 2)
        return (console, cards[0], cards[1])
    }

    static func wall(_ client: some TestClientProtocol) async throws -> String {
        String(buffer: try await client.execute(uri: "/wall", method: .get).body)
    }

    @Test("a hidden card leaves the wall, stays in the workshop, stays hidden after a restart, and comes back with undo")
    func hide() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let (console, first, _) = try await Self.twoCards(room, client)
            #expect(try await console.post(client, "/console/hide", "item=\(first)").0 == .seeOther)
            #expect(try room.lastEntry().command == "room hide vision")
            #expect(try room.lastEntry().step == "vision")
            let wall = try await Self.wall(client)
            #expect(!wall.contains(">Trop de formulaires<") && wall.contains("Beaucoup trop de formulaires"))
            #expect(try room.store.workshop().items.contains { $0.id == first })
        }
        let first = try #require(room.store.workshop().items.first { $0.step == "vision" }).id
        #expect(try room.store.hiddenCards() == [first])

        // A new server on the same file: the card stays off the wall once the step opens again.
        let restarted = Room(store: room.store, runner: try TestRoom.runner(), settings: room.room.settings)
        try await restarted.openStep("vision", cardKind: .challenge)
        let server = RoomServer(room: restarted, baseAddress: "http://127.0.0.1:8080")
        try await server.application(host: "127.0.0.1", port: 0).test(.router) { client in
            let wall = try await Self.wall(client)
            #expect(!wall.contains(">Trop de formulaires<") && wall.contains("Beaucoup trop de formulaires"))
            let console = try await ConsoleRouteTests.enter(client)
            #expect(try await console.post(client, "/console/undo", "").0 == .seeOther)
            #expect(try await Self.wall(client).contains(">Trop de formulaires<"))
        }
        #expect(try room.store.hiddenCards().isEmpty)
    }

    @Test("hiding is refused for a card not of the step, with no step, or without the console's token")
    func hideRefusals() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            var console = try await ConsoleRouteTests.enter(client)
            let early = try await console.post(client, "/console/hide", "item=p1")
            #expect(early.0 == .conflict && early.1.contains("This step is not open."))
            #expect(try await console.post(client, "/console/open", "step=vision&kind=challenge").0 == .seeOther)
            let other = try await console.post(client, "/console/hide", "item=p1")
            #expect(other.0 == .badRequest && other.1.contains("Card: choose one of the values offered."))
            let forged = try await console.post(client, "/console/hide", "item=p1", token: "beef")
            #expect(forged.0 == .forbidden)
            console.cookie = ""
            #expect(try await console.post(client, "/console/hide", "item=p1").0 == .forbidden)
        }
        #expect(try room.store.hiddenCards().isEmpty)
        #expect(try room.lastEntry().command == "setup")
    }

    @Test("a duplicate is merged into the kept card in one change: the wall shows it once; undo separates them")
    func merge() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            var (console, kept, duplicate) = try await Self.twoCards(room, client)
            #expect(try await console.post(client, "/console/merge", "item=\(duplicate)&into=\(kept)").0 == .seeOther)
            let items = try room.store.workshop().items
            #expect(items.first { $0.id == duplicate }?.duplicateOf == kept)
            #expect(items.first { $0.id == kept }?.duplicateOf == nil)
            #expect(try room.lastEntry().command == "room merge vision")
            let wall = try await Self.wall(client)
            #expect(wall.contains(">Trop de formulaires<") && !wall.contains("Beaucoup trop de formulaires"))
            let (_, page) = try await console.load(client, "/console")
            #expect(!page.contains("edit-\(duplicate)"))

            // The kept card cannot in turn repeat its own duplicate, nor itself.
            let loop = try await console.post(client, "/console/merge", "item=\(kept)&into=\(duplicate)")
            #expect(loop.0 == .badRequest && loop.1.contains("Duplicate of: choose one"))
            #expect(try await console.post(client, "/console/merge", "item=\(kept)&into=\(kept)").0 == .badRequest)
            let unknown = try await console.post(client, "/console/merge", "item=\(kept)&into=p1")
            #expect(unknown.0 == .badRequest && unknown.1.contains("Duplicate of: choose one"))

            #expect(try await console.post(client, "/console/undo", "").0 == .seeOther)
            #expect(try room.store.workshop().items.allSatisfy { $0.duplicateOf == nil })
            #expect(try await Self.wall(client).contains("Beaucoup trop de formulaires"))
        }
        #expect(try room.store.journal().filter { $0.command == "room merge vision" }.count == 1)
    }

    @Test("a card's text is edited in one change before the wall shows it; undo puts the old text back")
    func edit() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let (console, card, _) = try await Self.twoCards(room, client)
            #expect(try await console.post(client, "/console/edit", "item=\(card)&text=Moins+de+formulaires+%C3%A0+remplir").0 == .seeOther)
            #expect(try room.store.workshop().items.first { $0.id == card }?.text == "Moins de formulaires à remplir")
            #expect(try room.lastEntry().command == "room edit vision")
            #expect(try await Self.wall(client).contains("Moins de formulaires à remplir"))
            #expect(try await console.post(client, "/console/undo", "").0 == .seeOther)
            #expect(try room.store.workshop().items.first { $0.id == card }?.text == "Trop de formulaires")
        }
    }

    @Test("an edit is refused when blank, too long, for a card not of the step, forged or too large; nothing is written")
    func editRefusals() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let (console, card, _) = try await Self.twoCards(room, client)
            let before = try room.store.journal().count
            let blank = try await console.post(client, "/console/edit", "item=\(card)&text=+++")
            #expect(blank.0 == .badRequest && blank.1.contains("Please fill in: Your card."))
            let missing = try await console.post(client, "/console/edit", "item=\(card)")
            #expect(missing.0 == .badRequest)
            let long = try await console.post(client, "/console/edit", "item=\(card)&text=" + String(repeating: "a", count: 281))
            #expect(long.0 == .badRequest && long.1.contains("at most 280 characters"))
            let other = try await console.post(client, "/console/edit", "item=p1&text=Autre")
            #expect(other.0 == .badRequest && other.1.contains("Card: choose one"))
            #expect(try await console.post(client, "/console/edit", "item=\(card)&text=X", token: "beef").0 == .forbidden)
            let huge = try await console.post(client, "/console/edit", "item=\(card)&text=" + String(repeating: "a", count: 9000))
            #expect(huge.0 == .contentTooLarge)
            #expect(try room.store.journal().count == before)
            #expect(try room.store.workshop().items.first { $0.id == card }?.text == "Trop de formulaires")
        }
    }

    @Test("a French refusal writes a no-break space before its semicolon and colon; the journal's heading is translated")
    func frenchTypography() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let response = try await client.execute(uri: "/join?code=WRONG1", method: .get, headers: [.cookie: "atelier_lang=fr"])
            #expect(String(buffer: response.body).contains("Ce n&#39;est pas le code de cette salle\u{00A0}; vérifiez au mur."))
            var console = try await ConsoleRouteTests.enter(client)
            let entered = console.cookie
            console.cookie = entered + "; atelier_lang=nl"
            let (_, page) = try await console.load(client, "/console")
            #expect(page.contains("<h2>Logboek</h2>"))
            console.cookie = entered + "; atelier_lang=fr"
            let refused = try await console.post(client, "/console/timer", "timer=start&minutes=0")
            #expect(refused.1.contains("Minutes\u{00A0}: un nombre entier de 1 à 240."))
        }
    }
}
