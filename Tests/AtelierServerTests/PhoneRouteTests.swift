import AtelierKit
import AtelierServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The phones' routes")
struct PhoneRouteTests {
    @Test("joining needs the room's code; an anonymous phone becomes a guest, a named one its participant")
    func joining() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let wrong = try await client.execute(uri: "/join", method: .post, headers: Phone.formHeaders, body: ByteBuffer(string: "code=ZZZ999"))
            #expect(wrong.status == .badRequest)
            #expect(String(buffer: wrong.body).contains("not this room&#39;s code"))
            let page = try await client.execute(uri: "/join?code=abc234", method: .get)
            #expect(page.status == .ok)
            #expect(String(buffer: page.body).contains("<option value=\"anne\">Anne</option>"))
            _ = try await Phone.join(client)
            _ = try await Phone.join(client, as: "anne")
            let taken = try await client.execute(uri: "/join", method: .post, headers: Phone.formHeaders,
                                                 body: ByteBuffer(string: "code=ABC234&participant=anne"))
            #expect(taken.status == .conflict)
            #expect(String(buffer: taken.body).contains("Anne has already joined"))
        }
        #expect(try room.store.workshop().participants.map(\.id) == ["anne", "bart", "guest-1"])
        #expect(try room.lastEntry().command == "room join")
    }

    @Test("a phone without the room's cookie is sent to join")
    func noCookie() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let page = try await client.execute(uri: "/room", method: .get)
            #expect(page.status == .forbidden)
            #expect(String(buffer: page.body).contains("Join the room first"))
            let post = try await client.execute(uri: "/room/cards", method: .post, headers: Phone.formHeaders,
                                                body: ByteBuffer(string: "form=x&step=vision&text=Hello"))
            #expect(post.status == .forbidden)
        }
    }

    @Test("a card is recorded as the import records it: one journal change under the step, which stays open; undo takes it back")
    func card() async throws {
        let room = try TestRoom()
        try await room.room.openStep("swot", cardKind: .vision)
        try await room.application.test(.router) { client in
            var phone = try await Phone.join(client)
            let (status, _) = try await phone.post(client, "/room/cards", "step=swot&kind=threat&category=access&text=Files+d%27attente+%3Cb%3E")
            #expect(status == .seeOther)
            let (_, html) = try await phone.load(client, "/room?sent=card")
            #expect(html.contains("Card sent."))
            #expect(html.contains("lang=\"en\""))
        }
        let card = try #require(room.store.workshop().items.last)
        #expect(card.text == "Files d'attente <b>")
        #expect(card.kind == .threat && card.category == "access" && card.step == "swot" && card.author == nil)
        let entry = try room.lastEntry()
        #expect(entry.command == "room card swot" && entry.step == "swot")
        #expect(try room.store.workshop().agenda.step("swot")?.status == .planned)
        try room.store.undo()
        #expect(try room.store.workshop().items.count == 3)
    }

    @Test("a named participant's card carries their name as author")
    func namedCard() async throws {
        let room = try TestRoom()
        try await room.room.openStep("vision", cardKind: .vision)
        try await room.application.test(.router) { client in
            let phone = try await Phone.join(client, as: "bart")
            #expect(try await phone.post(client, "/room/cards", "step=vision&text=Un+seul+guichet").0 == .seeOther)
        }
        let card = try #require(room.store.workshop().items.last)
        #expect(card.kind == .vision && card.author == "bart")
    }

    @Test("cards are refused with a message: bad form token, too long, blank, unknown quadrant, step not open, step closed")
    func cardRefusals() async throws {
        let room = try TestRoom()
        try await room.room.openStep("swot", cardKind: .vision)
        try await room.application.test(.router) { client in
            let phone = try await Phone.join(client)
            let forged = try await phone.post(client, "/room/cards", "step=swot&kind=threat&text=x", token: "0000")
            #expect(forged.0 == .forbidden && forged.1.contains("out of date"))
            let long = String(repeating: "a", count: 281)
            let tooLong = try await phone.post(client, "/room/cards", "step=swot&kind=threat&text=\(long)")
            #expect(tooLong.0 == .badRequest && tooLong.1.contains("at most 280 characters"))
            let blank = try await phone.post(client, "/room/cards", "step=swot&kind=threat&text=+++")
            #expect(blank.0 == .badRequest && blank.1.contains("Please fill in"))
            let kind = try await phone.post(client, "/room/cards", "step=swot&kind=proposal&text=x")
            #expect(kind.0 == .badRequest)
            let category = try await phone.post(client, "/room/cards", "step=swot&kind=threat&category=nowhere&text=x")
            #expect(category.0 == .badRequest)
            let other = try await phone.post(client, "/room/cards", "step=vote&kind=threat&text=x")
            #expect(other.0 == .conflict && other.1.contains("not open"))
            await room.room.closeStep()
            let closed = try await phone.post(client, "/room/cards", "step=swot&kind=threat&text=x")
            #expect(closed.0 == .conflict)
        }
        #expect(try room.store.workshop().items.count == 3)
        #expect(try room.lastEntry().command == "room join")
    }

    @Test("dots: the budget and the cap are enforced, a dot can be taken back, undo puts the ballot back")
    func dots() async throws {
        let room = try TestRoom()
        try await room.room.openStep("vote", cardKind: .vision)
        try await room.application.test(.router) { client in
            var phone = try await Phone.join(client)
            let (_, page) = try await phone.load(client)
            #expect(page.contains("Dots left: 3 / 3"))
            #expect(try await phone.post(client, "/room/dots", "step=vote&item=p1&change=1").0 == .seeOther)
            #expect(try await phone.post(client, "/room/dots", "step=vote&item=p1&change=1").0 == .seeOther)
            let cap = try await phone.post(client, "/room/dots", "step=vote&item=p1&change=1")
            #expect(cap.0 == .conflict && cap.1.contains("At most 2 dots on one item"))
            #expect(try await phone.post(client, "/room/dots", "step=vote&item=p2&change=1").0 == .seeOther)
            let budget = try await phone.post(client, "/room/dots", "step=vote&item=p3&change=1")
            #expect(budget.0 == .conflict && budget.1.contains("all your 3 dots"))
            let unknown = try await phone.post(client, "/room/dots", "step=vote&item=nowhere&change=1")
            #expect(unknown.0 == .badRequest)
            let odd = try await phone.post(client, "/room/dots", "step=vote&item=p3&change=5")
            #expect(odd.0 == .badRequest)
            #expect(try await phone.post(client, "/room/dots", "step=vote&item=p1&change=-1").0 == .seeOther)
            let (_, after) = try await phone.load(client)
            #expect(after.contains("Dots left: 1 / 3"))
        }
        func ballots() throws -> [String: Int] {
            Dictionary(try room.store.workshop().ballots.map { ($0.item, $0.dots) }, uniquingKeysWith: +)
        }
        #expect(try ballots() == ["p1": 1, "p2": 1])
        #expect(try room.store.workshop().ballots.allSatisfy { $0.participant == "guest-1" && $0.step == "vote" })
        let commands = try room.store.journal().suffix(4).map(\.command)
        #expect(commands == ["room dots vote", "room dots vote", "room dots vote", "room dots vote"])
        try room.store.undo()
        #expect(try ballots() == ["p1": 2, "p2": 1])
        try room.store.undo()
        #expect(try ballots() == ["p1": 2])
    }

    @Test("two tabs tapping at once never overspend the budget")
    func concurrentDots() async throws {
        let room = try TestRoom()
        try await room.room.openStep("vote", cardKind: .vision)
        try await room.application.test(.router) { client in
            let phone = try await Phone.join(client)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for item in ["p1", "p2", "p3", "p1", "p2", "p3", "p1", "p2"] {
                    group.addTask { try await phone.post(client, "/room/dots", "step=vote&item=\(item)&change=1").0 }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .seeOther }.count == 3)
            #expect(statuses.filter { $0 == .conflict }.count == 5)
        }
        #expect(try room.store.workshop().ballots.map(\.dots).reduce(0, +) == 3)
    }

    @Test("scores: one per criterion, within the scale, each item once")
    func scores() async throws {
        let room = try TestRoom()
        try await room.room.openStep("matrix", cardKind: .vision)
        try await room.application.test(.router) { client in
            var phone = try await Phone.join(client, as: "anne")
            let (_, page) = try await phone.load(client)
            #expect(page.contains("Impact (1–5)"))
            #expect(try await phone.post(client, "/room/scores", "step=matrix&item=p1&score-impact=4&score-feasibility=2").0 == .seeOther)
            let again = try await phone.post(client, "/room/scores", "step=matrix&item=p1&score-impact=5&score-feasibility=5")
            #expect(again.0 == .badRequest && again.1.contains("duplicate score"))
            let missing = try await phone.post(client, "/room/scores", "step=matrix&item=p2&score-impact=4")
            #expect(missing.0 == .badRequest && missing.1.contains("Feasibility"))
            let outside = try await phone.post(client, "/room/scores", "step=matrix&item=p2&score-impact=9&score-feasibility=1")
            #expect(outside.0 == .badRequest && outside.1.contains("Not recorded"))
            let (_, after) = try await phone.load(client)
            #expect(after.contains("Scored"))
        }
        let scores = try room.store.workshop().scores
        #expect(scores.map(\.value) == [4, 2])
        #expect(scores.allSatisfy { $0.participant == "anne" && $0.item == "p1" && $0.step == "matrix" })
    }

    @Test("submissions beyond the pace limit and bodies beyond the size limit are refused")
    func limits() async throws {
        let room = try TestRoom(maxSubmissions: 2)
        try await room.room.openStep("vision", cardKind: .vision)
        try await room.application.test(.router) { client in
            let phone = try await Phone.join(client)
            #expect(try await phone.post(client, "/room/cards", "step=vision&text=one").0 == .seeOther)
            #expect(try await phone.post(client, "/room/cards", "step=vision&text=two").0 == .seeOther)
            let third = try await phone.post(client, "/room/cards", "step=vision&text=three")
            #expect(third.0 == .tooManyRequests && third.1.contains("wait a few seconds"))
            let huge = try await phone.post(client, "/room/cards", "step=vision&text=" + String(repeating: "x", count: 9000))
            #expect(huge.0 == .contentTooLarge)
        }
        #expect(try room.store.workshop().items.filter { $0.step == "vision" }.map(\.text) == ["one", "two"])
    }

    @Test("the language switch sets the pages' language and never redirects elsewhere")
    func language() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let away = try await client.execute(uri: "/language?to=fr&back=//evil.example/", method: .get)
            #expect(away.status == .seeOther && away.headers[.location] == "/")
            let cookie = try #require(away.headers[.setCookie]).prefix { $0 != ";" }
            let page = try await client.execute(uri: "/", method: .get, headers: [.cookie: String(cookie)])
            let html = String(buffer: page.body)
            #expect(html.contains("<html lang=\"fr\">") && html.contains("Rejoindre l&#39;atelier"))
            #expect(page.body.readableBytes < 100_000)

            // A label and its value are separated as French writes it: a no-break space before the colon.
            let entry = try await client.execute(uri: "/console?token=\(TestRoom.consoleToken)", method: .get)
            let console = try #require(entry.headers[.setCookie]).prefix { $0 != ";" }
            let french = try await client.execute(uri: "/console", method: .get, headers: [.cookie: "\(console); \(cookie)"])
            #expect(String(buffer: french.body).contains("<p>Connectés\u{00A0}: 0 · "))
        }
    }
}
