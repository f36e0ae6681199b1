import AtelierKit
import AtelierServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The facilitator console's routes")
struct ConsoleRouteTests {
    /// Enters the console with its secret; returns its cookie and form token.
    static func enter(_ client: some TestClientProtocol) async throws -> Phone {
        let entry = try await client.execute(uri: "/console?token=\(TestRoom.consoleToken)", method: .get)
        #expect(entry.status == .seeOther && entry.headers[.location] == "/console")
        var console = Phone()
        console.cookie = String(try #require(entry.headers[.setCookie]).prefix { $0 != ";" })
        let (status, _) = try await console.load(client, "/console")
        #expect(status == .ok)
        return console
    }

    @Test("the console needs its secret, as address or cookie")
    func secret() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            #expect(try await client.execute(uri: "/console", method: .get).status == .forbidden)
            #expect(try await client.execute(uri: "/console?token=0123", method: .get).status == .forbidden)
            let post = try await client.execute(uri: "/console/undo", method: .post, headers: Phone.formHeaders, body: ByteBuffer(string: "form=x"))
            #expect(post.status == .forbidden)
        }
        #expect(try room.lastEntry().command == "setup")
    }

    @Test("console forms need the console's form token")
    func formToken() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let console = try await Self.enter(client)
            let forged = try await console.post(client, "/console/open", "step=vote", token: "beef")
            #expect(forged.0 == .forbidden)
            let unknown = try await console.post(client, "/console/open", "step=nowhere")
            #expect(unknown.0 == .notFound && unknown.1.contains("no step &#39;nowhere&#39;"))
        }
    }

    @Test("open, close, see who took part, run the method, hide a card, undo")
    func leading() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            var console = try await Self.enter(client)
            #expect(try await console.post(client, "/console/open", "step=vote").0 == .seeOther)
            let phone = try await Phone.join(client)
            #expect(try await phone.post(client, "/room/dots", "step=vote&item=p2&change=1").0 == .seeOther)
            let (_, page) = try await console.load(client, "/console")
            #expect(page.contains("Have taken part: 1"))
            #expect(try await console.post(client, "/console/close", "").0 == .seeOther)
            let late = try await phone.post(client, "/room/dots", "step=vote&item=p2&change=1")
            #expect(late.0 == .conflict)
            let run = try await client.execute(uri: "/console/run", method: .post,
                                               headers: Phone.formHeaders.merging([.cookie: console.cookie]),
                                               body: ByteBuffer(string: "form=\(console.formToken)"))
            #expect(run.status == .seeOther && run.headers[.location]?.hasPrefix("/console?done=") == true)
            #expect(try room.store.workshop().results.first?.entries.first?.item == "p2")
            let wall = String(buffer: try await client.execute(uri: "/wall", method: .get).body)
            #expect(wall.contains("Formulaires simples") && wall.contains("<svg"))

            #expect(try await console.post(client, "/console/open", "step=vision&kind=challenge").0 == .seeOther)
            #expect(try await phone.post(client, "/room/cards", "step=vision&text=Trop+de+formulaires").0 == .seeOther)
            let card = try #require(room.store.workshop().items.last)
            #expect(card.kind == .challenge)
            #expect(String(buffer: try await client.execute(uri: "/wall", method: .get).body).contains("Trop de formulaires"))
            #expect(try await console.post(client, "/console/hide", "item=\(card.id)").0 == .seeOther)
            #expect(!String(buffer: try await client.execute(uri: "/wall", method: .get).body).contains("Trop de formulaires"))
            #expect(try await console.post(client, "/console/undo", "").0 == .seeOther)
            #expect(String(buffer: try await client.execute(uri: "/wall", method: .get).body).contains("Trop de formulaires"))
            #expect(try await console.post(client, "/console/undo", "").0 == .seeOther)
        }
        #expect(try room.store.workshop().items.count == 3)
        #expect(try room.store.journal().last?.command == "undo")
    }
}
