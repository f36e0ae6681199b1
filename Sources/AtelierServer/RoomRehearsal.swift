import AtelierKit

/// Phones that take part on their own, for a newcomer to watch the room move: the console opens a
/// step, named people write cards and place dots, the console closes the step. Each move goes
/// through the room as a phone's or the console's form would, with the same checks and journal.
public struct RoomRehearsal: Sendable {
    /// One thing the rehearsal does.
    public enum Move: Sendable, Equatable {
        /// The console opens a step.
        case open(String)
        /// A participant's phone writes a card.
        case card(by: String, kind: ItemKind, text: String)
        /// A participant's phone places a dot.
        case dot(by: String, item: String)
        /// The console closes the open step.
        case close
    }

    public var moves: [Move]
    /// The time between two moves.
    public var pause: Duration

    public init(moves: [Move], pause: Duration) {
        self.moves = moves
        self.pause = pause
    }

    /// Plays the moves in order once a wall watches the room, joining each person's phone by name on
    /// their first move.
    /// - Parameter report: Told of each step opened, and of a move the room refused (the rehearsal
    ///   then goes on with the next).
    public func play(in room: Room, report: @Sendable (String) -> Void) async {
        var phones: [String: String] = [:]
        while await !room.watched {
            do { try await Task.sleep(for: .milliseconds(250)) } catch { return }
        }
        for move in moves {
            do {
                try await Task.sleep(for: pause)
                switch move {
                case .open(let step):
                    try await room.openStep(step, cardKind: .vision)
                    report("opened \(step)")
                case .card(let person, let kind, let text):
                    let (phone, form) = try await Self.phone(person, in: room, phones: &phones)
                    try await room.addCard(phone, FormData(["form": form, "step": await room.open?.step.id ?? "", "kind": kind.rawValue, "text": text]))
                case .dot(let person, let item):
                    let (phone, form) = try await Self.phone(person, in: room, phones: &phones)
                    try await room.changeDots(phone, FormData(["form": form, "step": await room.open?.step.id ?? "", "item": item, "change": "1"]))
                case .close:
                    await room.closeStep()
                }
            } catch is CancellationError {
                return
            } catch {
                report("\(move): \((error as? RoomError)?.message(in: room.settings.language) ?? "\(error)")")
            }
        }
    }

    /// A person's phone (joined by name on first use) and its form token.
    private static func phone(_ person: String, in room: Room, phones: inout [String: String]) async throws -> (String, String) {
        let cookie: String
        if let joined = phones[person] {
            cookie = joined
        } else {
            cookie = try await room.join(code: room.settings.code, participant: person)
            phones[person] = cookie
        }
        return (cookie, try await room.phone(cookie).formToken)
    }
}
