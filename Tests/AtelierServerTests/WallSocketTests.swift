import AtelierKit
import AtelierServer
import Foundation
import Hummingbird
import HummingbirdTesting
import HummingbirdWSTesting
import Testing

@Suite("The wall's live updates")
struct WallSocketTests {
    /// The version and fragment of a wall message.
    struct Message: Decodable, Sendable { var version: Int; var html: String }

    /// The messages one wall received.
    actor Seen {
        var messages: [Message] = []

        /// Keeps a message; returns how many there are.
        func add(_ message: Message) -> Int {
            messages.append(message)
            return messages.count
        }
    }

    @Test("two walls get the whole state on connecting, then an update after a dot is placed")
    func twoWalls() async throws {
        let room = try TestRoom(liveDots: true)
        try await room.room.openStep("vote", cardKind: .vision)
        try await room.application.test(.live) { client in
            let phone = try await Phone.join(client)
            let connected = AsyncStream.makeStream(of: Void.self)
            let walls = try await withThrowingTaskGroup(of: [Message].self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        let seen = Seen()
                        try await client.ws("/wall/live") { inbound, outbound, _ in
                            for try await frame in inbound.messages(maxSize: 1 << 20) {
                                guard case .text(let text) = frame else { continue }
                                let message = try JSONDecoder().decode(Message.self, from: Data(text.utf8))
                                if await seen.add(message) == 1 { connected.continuation.yield() }
                                if message.html.contains("Guichet unique</td><td><span class=\"bar\" style=\"width:20rem\"></span> 1") {
                                    try await outbound.close(.normalClosure, reason: nil)
                                    break
                                }
                            }
                        }
                        return await seen.messages
                    }
                }
                var ready = 0
                for await _ in connected.stream {
                    ready += 1
                    if ready == 2 { break }
                }
                #expect(try await phone.post(client, "/room/dots", "step=vote&item=p1&change=1").0 == .seeOther)
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for seen in walls {
                #expect(seen.first?.html.contains("Have taken part: <span id=\"voters\">0</span>") == true)
                #expect(seen.last?.html.contains("Have taken part: <span id=\"voters\">1</span>") == true)
                #expect(seen.last!.version > seen.first!.version)
            }
        }
    }

    @Test("without live dots the wall shows who voted, not the dots, until the vote closes")
    func hiddenDots() async throws {
        let room = try TestRoom()
        try await room.room.openStep("vote", cardKind: .vision)
        try await room.application.test(.router) { client in
            let phone = try await Phone.join(client)
            #expect(try await phone.post(client, "/room/dots", "step=vote&item=p1&change=1").0 == .seeOther)
            let open = String(buffer: try await client.execute(uri: "/wall", method: .get).body)
            #expect(open.contains("<span id=\"voters\">1</span>") && !open.contains("class=\"bar\""))
            await room.room.closeStep()
            let closed = String(buffer: try await client.execute(uri: "/wall", method: .get).body)
            #expect(closed.contains("class=\"bar\""))
        }
    }
}
