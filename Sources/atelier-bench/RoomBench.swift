import ArgumentParser
import AtelierKit
import Foundation
import Hummingbird
import HummingbirdTesting
import HummingbirdWSClient

/// `atelier-bench room`: a room of simulated phones on loopback against `atelier serve` (a separate
/// process, so its memory is the server's alone). Each phone joins, writes cards, then places dots;
/// a wall follows over its WebSocket. The dots come all at once (a flood), or spread at random over
/// `--spread` seconds as a room taps. Prints the time from a dot's POST to the wall's next update
/// (p50, p95, p99), the server's peak memory, and whether the workshop holds every submission with no
/// budget overspent.
struct RoomBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "room",
        abstract: "Simulated phones in the live room: submissions kept, dot-to-wall latency and the server's memory.",
        discussion: "Example:\n  swift build -c release && .build/release/atelier-bench room --phones 500")

    @Option(help: "Phones joining.") var phones = 500
    @Option(help: "Cards each phone writes.") var cards = 3
    @Option(help: "Dots each phone places (the vote's budget).") var dots = 5
    @Option(help: "Seconds over which each phone's dots are spread at random, as a room taps (0: all at once).") var spread = 0.0
    @Option(help: "The atelier executable serving the room.") var atelier = ".build/release/atelier"
    @Option(help: "The port to serve on.") var port = 18_080

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-room-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("workshop.atelier")
        let proposals = (1...20).map { Item(id: "p\($0)", text: "Proposition \($0)", kind: .proposal) }
        let store = try WorkshopStore.create(at: file, info: WorkshopInfo(title: "Salle", languages: [.fr]), agenda: Agenda(days: [
            AgendaDay(number: 1, title: "Jour 1", steps: [
                AgendaStep(id: "cards", title: "Cartes", method: nil),
                AgendaStep(id: "vote", title: "Vote", method: "dot-voting", parameters: ["dots": .integer(dots)]),
            ]),
        ]))
        try store.change(command: "bench") { _ in (ChangeSet(items: Edits(upsert: proposals)), "Proposals.") }

        let server = Process()
        server.executableURL = URL(fileURLWithPath: atelier)
        server.arguments = ["serve", "--workshop", file.path, "--port", String(port), "--live-dots"]
        let output = Pipe()
        server.standardOutput = output
        try server.run()
        // The server inherits this process's blocked signals (Foundation's `Process` keeps the mask),
        // so SIGTERM would wait forever: stop it with the one signal that cannot be blocked.
        defer { kill(server.processIdentifier, SIGKILL) }
        var printed = ""
        for _ in 0..<50 where !printed.contains("Console:") {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            printed += String(decoding: data, as: UTF8.self)
        }
        guard let code = printed.firstMatch(of: /room code ([A-Z0-9]{6})/)?.1,
              let token = printed.firstMatch(of: /token=([0-9a-f]+)/)?.1
        else { throw ValidationError("atelier serve printed no addresses: \(printed)") }

        let wall = WallLog()
        let wallTask = Task {
            // The wall's whole state grows with the cards (1,500 at 500 phones): frames larger than the default 16 KB.
            try await WebSocketClient.connect(url: "ws://127.0.0.1:\(port)/wall/live", configuration: .init(maxFrameSize: 1 << 24),
                                              logger: .init(label: "wall")) { inbound, _, _ in
                for try await _ in inbound.messages(maxSize: 1 << 24) { await wall.received() }
            }
        }
        let console = try await Console(port: port, token: String(token))
        try await console.open("cards")

        let start = ContinuousClock.now
        let cookies = try await eachPhone { phone, client in
            let (cookie, form) = try await phone.join(client, code: String(code))
            for n in 1...cards {
                let page = try await phone.post(client, "/room/cards", cookie: cookie, "form=\(form)&step=cards&text=Carte+\(n)+du+t%C3%A9l%C3%A9phone")
                try await phone.load(client, page, cookie: cookie)
            }
            return (cookie, form)
        }
        let cardsTime = ContinuousClock.now - start
        try await console.open("vote")
        let voting = ContinuousClock.now
        let posts = try await eachPhone { [dots, spread] phone, client in
            let (cookie, form) = cookies[phone.number]
            var own: [(sent: ContinuousClock.Instant, answered: ContinuousClock.Instant)] = []
            let plan = (0..<dots).map { _ in Double.random(in: 0...spread) }.sorted()
            for (n, at) in plan.enumerated() {
                try await Task.sleep(until: voting + .seconds(at), clock: .continuous)
                let sent = ContinuousClock.now
                let page = try await phone.post(client, "/room/dots", cookie: cookie, "form=\(form)&step=vote&item=p\((phone.number + n * 7) % 20 + 1)&change=1")
                own.append((sent, .now))
                try await phone.load(client, page, cookie: cookie)
            }
            return own
        }.flatMap { $0 }
        try await Task.sleep(for: .seconds(1))
        let latencies = await wall.latencies(of: posts).sorted()
        guard !latencies.isEmpty else { throw ValidationError("the wall received no update after the dots") }
        let total = ContinuousClock.now - start
        let peak = Self.peakMemory(of: server.processIdentifier)
        wallTask.cancel()

        let workshop = try store.workshop()
        let cardsKept = workshop.items.filter { $0.step == "cards" }.count
        var perVoter: [String: Int] = [:]
        for ballot in workshop.ballots { perVoter[ballot.participant ?? "", default: 0] += ballot.dots }
        let dotChanges = try store.journal().filter { $0.command == "room dots vote" }.count
        func percentile(_ p: Double) -> String {
            let d = latencies[min(latencies.count - 1, Int(Double(latencies.count) * p))]
            return String(format: "%.1f", Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000)
        }
        let room = "room\t\(phones) phones" + (spread > 0 ? ", dots over \(spread) s" : ", dots at once")
        print("\(room)\tcards phase\t\(cardsTime)")
        print("\(room)\twhole run\t\(total)")
        print("\(room)\tdot POST to wall update (ms)\tp50 \(percentile(0.5))\tp95 \(percentile(0.95))\tp99 \(percentile(0.99))")
        print("\(room)\tserver peak memory (MB)\t\(peak / 1024)")
        print("\(room)\tcards kept\t\(cardsKept) of \(phones * cards)")
        print("\(room)\tdots kept\t\(perVoter.values.reduce(0, +)) of \(phones * dots), in \(dotChanges) changes")
        print("\(room)\tvoters over budget\t\(perVoter.values.filter { $0 > dots }.count)")
    }

    /// Runs every phone at once, each on its own connection, and returns their results in phone order.
    private func eachPhone<T: Sendable>(_ work: @escaping @Sendable (SimulatedPhone, TestClient) async throws -> T) async throws -> [T] {
        let port = port
        return try await withThrowingTaskGroup(of: (Int, T).self) { group in
            for number in 0..<phones {
                group.addTask {
                    try await TestClient.withClient(host: "127.0.0.1", port: port) { client in
                        (number, try await work(SimulatedPhone(number: number), client))
                    }
                }
            }
            var results: [(Int, T)] = []
            for try await result in group { results.append(result) }
            return results.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// The largest resident size a process reached, in kB (`VmHWM`).
    static func peakMemory(of pid: Int32) -> Int {
        let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
        let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
        return Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0
    }
}

/// When the wall received its updates.
actor WallLog {
    private var times: [ContinuousClock.Instant] = []

    func received() { times.append(.now) }

    /// For each dot, the time from its POST to the wall's first update received once the POST was
    /// answered (the update that shows the dot comes no later), or, for the last dots, the last update
    /// after the POST was sent.
    func latencies(of posts: [(sent: ContinuousClock.Instant, answered: ContinuousClock.Instant)]) -> [Duration] {
        posts.compactMap { post in
            let shown = times.first { $0 >= post.answered } ?? times.last { $0 >= post.sent }
            return shown.map { $0 - post.sent }
        }
    }
}

/// One simulated phone: joins, then posts forms as a browser would.
struct SimulatedPhone: Sendable {
    var number: Int

    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// Joins anonymously; returns the phone's cookie and its form token.
    func join(_ client: TestClient, code: String) async throws -> (String, String) {
        let joined = try await client.post("/join", headers: Self.form, body: ByteBuffer(string: "code=\(code)"))
        guard joined.status == .seeOther, let cookie = joined.headers[.setCookie]?.prefix(while: { $0 != ";" }) else {
            throw ValidationError("phone \(number) could not join: \(joined.status)")
        }
        let page = try await client.get("/room", headers: [.cookie: String(cookie)])
        let html = page.body.map { String(buffer: $0) } ?? ""
        guard let form = html.firstMatch(of: /name="form" value="([0-9a-f]+)"/)?.1 else {
            throw ValidationError("phone \(number) got no form token")
        }
        return (String(cookie), String(form))
    }

    /// Posts a form; returns the page the answer sends the phone back to.
    func post(_ client: TestClient, _ uri: String, cookie: String, _ body: String) async throws -> String {
        var headers = Self.form
        headers[.cookie] = cookie
        let response = try await client.post(uri, headers: headers, body: ByteBuffer(string: body))
        guard response.status == .seeOther, let page = response.headers[.location] else {
            throw ValidationError("phone \(number): \(uri) refused (\(response.status)): \(response.body.map { String(buffer: $0) } ?? "")")
        }
        return page
    }

    /// Loads a page, as a browser does after each form's answer.
    func load(_ client: TestClient, _ page: String, cookie: String) async throws {
        let response = try await client.get(page, headers: [.cookie: cookie])
        guard response.status == .ok else { throw ValidationError("phone \(number): \(page) answered \(response.status)") }
    }
}

/// The facilitator's console, driven over HTTP.
struct Console {
    let client: TestClient
    let cookie: String
    let form: String

    init(port: Int, token: String) async throws {
        client = TestClient(host: "127.0.0.1", port: port)
        client.connect()
        let entry = try await client.get("/console?token=\(token)")
        cookie = String(entry.headers[.setCookie]?.prefix { $0 != ";" } ?? "")
        let page = try await client.get("/console", headers: [.cookie: cookie])
        form = String(page.body.map { String(buffer: $0) }?.firstMatch(of: /name="form" value="([0-9a-f]+)"/)?.1 ?? "")
    }

    func open(_ step: String) async throws {
        var headers = SimulatedPhone.form
        headers[.cookie] = cookie
        let response = try await client.post("/console/open", headers: headers, body: ByteBuffer(string: "form=\(form)&step=\(step)&kind=idea"))
        guard response.status == .seeOther else { throw ValidationError("the console could not open \(step): \(response.status)") }
    }
}
