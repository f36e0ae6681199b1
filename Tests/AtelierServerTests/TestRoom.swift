import AtelierKit
import AtelierServer
import BrainwritingMethod
import DotVotingMethod
import Foundation
import Hummingbird
import HummingbirdTesting
import PrioritisationMatrixMethod
import SWOTMethod
import Testing

/// A workshop in a temporary folder with a vision round, a SWOT, a matrix, a vote and a brainwriting,
/// served by a room.
struct TestRoom {
    let folder: URL
    let store: WorkshopStore
    let room: Room
    let server: RoomServer
    static let code = "ABC234"
    static let consoleToken = "0123456789abcdef0123456789abcdef"

    /// The built-in registry of this checkout, with the modules the room's steps run.
    static func runner() throws -> Runner {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("methods/builtin")
        let registry = try Registry.load(from: folder, builtinModules: Registry.modulesNamed(in: folder))
        return Runner(registry: registry, builtins: [SWOT(), PrioritisationMatrix(), DotVoting(), Brainwriting()])
    }

    init(maxSubmissions: Int = 1000, liveDots: Bool = false, extraSteps: [AgendaStep] = []) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-room-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let agenda = Agenda(days: [AgendaDay(number: 1, title: "Day 1", steps: [
            AgendaStep(id: "vision", title: "Vision", method: nil),
            AgendaStep(id: "swot", title: "SWOT", method: "swot"),
            AgendaStep(id: "matrix", title: "Matrix", method: "prioritisation-matrix"),
            AgendaStep(id: "vote", title: "Vote", method: "dot-voting", parameters: ["dots": .integer(3), "max_per_item": .integer(2)]),
            AgendaStep(id: "ideas", title: "Brainwriting", method: "brainwriting", parameters: ["ideas_per_round": .integer(2)]),
        ] + extraSteps)])
        store = try WorkshopStore.create(at: folder.appendingPathComponent("workshop.atelier"), info: WorkshopInfo(title: "Room"), agenda: agenda)
        try store.change(command: "setup") { _ in
            (ChangeSet(
                participants: Edits(upsert: [Participant(id: "anne", name: "Anne"), Participant(id: "bart", name: "Bart")]),
                items: Edits(upsert: [Item(id: "p1", text: "Guichet unique", kind: .proposal),
                                      Item(id: "p2", text: "Formulaires simples", kind: .proposal),
                                      Item(id: "p3", text: "Rendez-vous en ligne", kind: .proposal)]),
                categories: Edits(upsert: [AtelierKit.Category(id: "access", name: "Access")]),
                criteria: Edits(upsert: [Criterion(id: "impact", name: "Impact"), Criterion(id: "feasibility", name: "Feasibility")])),
             "Set up.")
        }
        room = Room(store: store, runner: try Self.runner(), settings: RoomSettings(
            code: Self.code, consoleToken: Self.consoleToken, language: .en, liveDots: liveDots, maxSubmissions: maxSubmissions,
            // An hour, so that a slow machine never lets a submission leave the window during a test.
            rateWindow: .seconds(3600)))
        server = RoomServer(room: room, baseAddress: "http://127.0.0.1:8080")
    }

    var application: some ApplicationProtocol { server.application(host: "127.0.0.1", port: 0) }

    /// The last journal entry.
    func lastEntry() throws -> JournalEntry { try store.journal().last! }
}

/// A browser's side of the conversation: its cookies and the last page's form token.
struct Phone {
    var cookie = ""
    var formToken = ""

    /// Joins the room (anonymously, or as the participant named) and reads the room page's form token.
    static func join(_ client: some TestClientProtocol, as participant: String? = nil) async throws -> Phone {
        var phone = Phone()
        let body = "code=\(TestRoom.code)" + (participant.map { "&participant=\($0)" } ?? "")
        let response = try await client.execute(uri: "/join", method: .post, headers: Phone.formHeaders, body: ByteBuffer(string: body))
        #expect(response.status == .seeOther)
        let cookie = try #require(response.headers[.setCookie])
        phone.cookie = String(cookie.prefix { $0 != ";" })
        try await phone.load(client)
        return phone
    }

    /// Loads the room page, keeping its form token.
    @discardableResult
    mutating func load(_ client: some TestClientProtocol, _ uri: String = "/room") async throws -> (HTTPResponse.Status, String) {
        let response = try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie])
        let html = String(buffer: response.body)
        if let match = html.firstMatch(of: /name="form" value="([0-9a-f]+)"/) { formToken = String(match.1) }
        return (response.status, html)
    }

    /// Posts a form with the phone's cookie and token.
    func post(_ client: some TestClientProtocol, _ uri: String, _ fields: String, token: String? = nil) async throws -> (HTTPResponse.Status, String) {
        let body = "form=\(token ?? formToken)&" + fields
        let response = try await client.execute(uri: uri, method: .post, headers: Phone.formHeaders.merging([.cookie: cookie]),
                                                body: ByteBuffer(string: body))
        return (response.status, String(buffer: response.body))
    }

    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]
}

extension HTTPFields {
    func merging(_ other: HTTPFields) -> HTTPFields {
        var fields = self
        fields.append(contentsOf: other)
        return fields
    }
}
