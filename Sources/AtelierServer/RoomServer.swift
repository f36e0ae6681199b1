import AtelierKit
import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging

/// The room's web server: the phones' pages, the wall and its socket, and the facilitator console.
///
/// Every refusal is a page in the person's language with the status it deserves; no request can make
/// the server answer with an error page of its own.
public struct RoomServer: Sendable {
    public let room: Room
    /// The address phones open to join, with the room's code.
    public let joinAddress: String

    static let phoneCookie = "atelier_phone"
    static let consoleCookie = "atelier_console"
    static let languageCookie = "atelier_lang"

    /// The console's anti-forgery token (the console's cookie is its secret).
    let consoleForm: String

    public init(room: Room, baseAddress: String) {
        self.room = room
        joinAddress = "\(baseAddress)/join?code=\(room.settings.code)"
        consoleForm = Secret.token()
    }

    /// The application serving the room on a host and port (0: any free port).
    /// - Parameter running: Called with the port once the server listens.
    public func application(host: String, port: Int, running: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        let router = Router(context: BasicWebSocketRequestContext.self)
        addPhoneRoutes(router)
        addWallRoutes(router)
        addConsoleRoutes(router)
        var logger = Logger(label: "atelier-serve")
        logger.logLevel = .error
        return Application(router: router, server: .http1WebSocketUpgrade(webSocketRouter: router),
                           configuration: .init(address: .hostname(host, port: port), serverName: "atelier"),
                           onServerRunning: { channel in await running(channel.localAddress?.port ?? port) }, logger: logger)
    }

    // MARK: Phones

    private func addPhoneRoutes(_ router: Router<BasicWebSocketRequestContext>) {
        router.get("/") { request, _ in
            if (try? await room.phone(request.cookies[Self.phoneCookie]?.value)) != nil { return Self.redirect("/room") }
            return Self.page(JoinPages.code(language: language(request)))
        }
        router.get("/join") { request, _ in
            let code = String(request.uri.queryParameters["code"] ?? "")
            guard Secret.matches(code.uppercased(), room.settings.code) else {
                return Self.refusal(RoomError.wrongCode, language: language(request), back: "/")
            }
            let participants = (try? room.store.workshop(leavingOut: Set(ModelPart.allCases).subtracting([.participants])).participants) ?? []
            return Self.page(JoinPages.join(code: code, participants: participants.filter { !$0.id.hasPrefix("guest-") },
                                            language: language(request)))
        }
        router.post("/join") { request, context in
            await respond(request, context, back: "/") { form in
                let participant = form["participant"].flatMap { $0.isEmpty ? nil : $0 }
                let cookie = try await room.join(code: form["code"] ?? "", participant: participant)
                var response = Self.redirect("/room")
                response.setCookie(Cookie(name: Self.phoneCookie, value: cookie, path: "/", httpOnly: true, sameSite: .strict))
                return response
            }
        }
        router.get("/room") { request, _ in
            let language = language(request)
            do {
                let view = try await room.phoneView(request.cookies[Self.phoneCookie]?.value)
                let notice = request.uri.queryParameters["sent"].map { $0 == "ideas" ? language(.ideasSent) : language(.cardSent) }
                return Self.page(PhonePage.render(view, language: language, notice: notice))
            } catch {
                return Self.refusal(error, language: language, back: "/")
            }
        }
        phoneAction(router, "cards", then: "/room?sent=card") { try await room.addCard($0, $1) }
        phoneAction(router, "dots") { try await room.changeDots($0, $1) }
        phoneAction(router, "scores") { try await room.addScores($0, $1) }
        phoneAction(router, "ideas", then: "/room?sent=ideas") { try await room.addIdeas($0, $1) }
        phoneAction(router, "pass") { try await room.passSheet($0, $1) }
        router.get("/language") { request, _ in
            let back = String(request.uri.queryParameters["back"] ?? "/")
            // Only a path of this server: never a redirection elsewhere.
            let target = back.hasPrefix("/") && !back.hasPrefix("//") && !back.contains("\\") ? back : "/"
            var response = Self.redirect(target)
            if let chosen = request.uri.queryParameters["to"].flatMap({ Language(rawValue: String($0)) }) {
                response.setCookie(Cookie(name: Self.languageCookie, value: chosen.rawValue, path: "/", httpOnly: true, sameSite: .lax))
            }
            return response
        }
    }

    /// A phone's form: `action` is given the phone's cookie and the form, then the phone is sent to `target`.
    private func phoneAction(
        _ router: Router<BasicWebSocketRequestContext>, _ name: String, then target: String = "/room",
        _ action: @escaping @Sendable (String?, FormData) async throws -> Void
    ) {
        router.post("/room/\(name)") { request, context in
            await respond(request, context, back: "/room") { form in
                try await action(request.cookies[Self.phoneCookie]?.value, form)
                return Self.redirect(target)
            }
        }
    }

    // MARK: Wall

    private func addWallRoutes(_ router: Router<BasicWebSocketRequestContext>) {
        router.get("/wall") { request, _ in
            do {
                let state = try await room.wallState()
                let qr = QRCode.svg(joinAddress, title: joinAddress)
                return Self.page(WallPage.render(state, joinAddress: joinAddress, code: room.settings.code, qr: qr))
            } catch {
                return Self.refusal(error, language: language(request), back: "/wall")
            }
        }
        router.ws("/wall/live") { inbound, outbound, _ in
            let (id, updates) = await room.watchWall()
            // The wall sends nothing; reading tells when it goes away, which ends the updates too.
            await withTaskGroup(of: Void.self) { group in
                group.addTask {
                    do { for try await _ in inbound.messages(maxSize: 1024) {} } catch {}
                }
                group.addTask {
                    for await update in updates {
                        do { try await outbound.write(.text(update)) } catch { return }
                    }
                }
                await group.next()
                group.cancelAll()
            }
            await room.stopWatching(id)
        }
    }

    // MARK: Console

    private func addConsoleRoutes(_ router: Router<BasicWebSocketRequestContext>) {
        router.get("/console") { request, _ in
            let language = language(request)
            // The secret comes once in the address; from then on the cookie carries it.
            if let token = request.uri.queryParameters["token"] {
                guard Secret.matches(String(token), room.settings.consoleToken) else { return Self.refusal(RoomError.notFacilitator, language: language, back: "/") }
                var response = Self.redirect("/console")
                response.setCookie(Cookie(name: Self.consoleCookie, value: room.settings.consoleToken, path: "/console",
                                          httpOnly: true, sameSite: .strict))
                return response
            }
            guard Secret.matches(request.cookies[Self.consoleCookie]?.value, room.settings.consoleToken) else {
                return Self.refusal(RoomError.notFacilitator, language: language, back: "/")
            }
            do {
                let view = try await room.consoleView()
                let notice = request.uri.queryParameters["done"].map(String.init)
                return Self.page(ConsolePage.render(view, formToken: consoleForm, language: language, notice: notice))
            } catch {
                return Self.refusal(error, language: language, back: "/console")
            }
        }
        consoleAction(router, "open") { form in
            try await room.openStep(form["step"] ?? "", cardKind: form["kind"].flatMap(ItemKind.init(rawValue:)) ?? .vision)
            return nil
        }
        consoleAction(router, "close") { _ in
            await room.closeStep()
            return nil
        }
        consoleAction(router, "round") { _ in
            try await room.nextRound()
            return nil
        }
        consoleAction(router, "hide") { form in
            try await room.hide(form["item"] ?? "")
            return nil
        }
        consoleAction(router, "edit") { form in
            try await room.edit(form["item"] ?? "", text: form["text"])
            return nil
        }
        consoleAction(router, "merge") { form in
            try await room.merge(form["item"] ?? "", into: form["into"] ?? "")
            return nil
        }
        consoleAction(router, "timer") { form in
            try await room.changeTimer(form["timer"], minutes: form["minutes"])
            return nil
        }
        consoleAction(router, "run") { _ in try await room.runStep() }
        consoleAction(router, "undo") { _ in try await room.undo() }
    }

    /// A console form: the console's cookie and anti-forgery token checked, then `action`, whose
    /// answer (if any) the console shows.
    private func consoleAction(
        _ router: Router<BasicWebSocketRequestContext>, _ name: String, _ action: @escaping @Sendable (FormData) async throws -> String?
    ) {
        router.post("/console/\(name)") { request, context in
            await respond(request, context, back: "/console") { form in
                guard Secret.matches(request.cookies[Self.consoleCookie]?.value, room.settings.consoleToken) else { throw RoomError.notFacilitator }
                guard Secret.matches(form["form"], consoleForm) else { throw RoomError.badFormToken }
                let notice = try await action(form)
                return Self.redirect("/console" + (notice.map { "?done=" + ($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "") } ?? ""))
            }
        }
    }

    // MARK: Answers

    /// Reads a form within the size limit and answers with `handle`'s response, or with the page of its refusal.
    private func respond(
        _ request: Request, _ context: BasicWebSocketRequestContext, back: String,
        _ handle: (FormData) async throws -> Response
    ) async -> Response {
        var request = request
        let language = language(request)
        let body: ByteBuffer
        do {
            body = try await request.collectBody(upTo: room.settings.maxBody)
        } catch {
            return Self.refusal(RoomError.tooLarge(room.settings.maxBody), language: language, back: back)
        }
        do {
            return try await handle(FormData(String(buffer: body)))
        } catch {
            return Self.refusal(error, language: language, back: back)
        }
    }

    /// The language a person chose, else the room's.
    private func language(_ request: Request) -> Language {
        request.cookies[Self.languageCookie].flatMap { Language(rawValue: $0.value) } ?? room.settings.language
    }

    static func page(_ html: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8", .cacheControl: "no-store",
                                           .init("X-Frame-Options")!: "DENY", .init("Referrer-Policy")!: "no-referrer"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }

    /// The page of a refusal; an error that is not the room's own (none is expected) is told as a refusal too.
    static func refusal(_ error: any Error, language: Language, back: String) -> Response {
        let refusal = error as? RoomError ?? .refused("\(error)")
        return page(ErrorPage.render(refusal, language: language, back: back), status: refusal.status)
    }

    /// Post, redirect, get: the answer to a form sends the browser back to a page.
    static func redirect(_ path: String) -> Response {
        Response(status: .seeOther, headers: [.location: path, .cacheControl: "no-store"])
    }
}
