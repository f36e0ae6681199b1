import AtelierKit
@testable import AtelierServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("The round timer: started, paused, resumed and reset from the console; shown on the wall and the phones")
struct RoundTimerTests {
    @Test("the time left counts down while running and keeps still while paused")
    func countdown() {
        let start = ContinuousClock.now
        var timer = RoundTimer(minutes: 5, now: start)
        #expect(timer.secondsLeft(at: start) == 300)
        #expect(timer.secondsLeft(at: start + .seconds(30)) == 270)
        timer.pause(now: start + .seconds(30))
        #expect(!timer.running)
        #expect(timer.secondsLeft(at: start + .seconds(100)) == 270)
        timer.resume(now: start + .seconds(100))
        #expect(timer.secondsLeft(at: start + .seconds(110)) == 260)
        #expect(timer.secondsLeft(at: start + .seconds(1000)) == 0)
        #expect(timer.html(.fr, now: start + .seconds(110)).contains("Temps restant\u{00A0}: <strong>4:20</strong>"))
    }

    /// The seconds the page's timer shows, and whether it runs.
    static func timer(in html: String) -> (left: Int, running: Bool)? {
        guard let match = html.firstMatch(of: /class="timer" data-left="(\d+)"( data-running="1")?/) else { return nil }
        return (Int(match.1)!, match.2 != nil)
    }

    @Test("start, pause, resume and reset reach the wall and the phone")
    func routes() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let console = try await ConsoleRouteTests.enter(client)
            #expect(try await console.post(client, "/console/open", "step=vision&kind=challenge").0 == .seeOther)
            var phone = try await Phone.join(client)
            #expect(try await console.post(client, "/console/timer", "timer=start&minutes=5").0 == .seeOther)
            let wall = try await ConsoleModerationTests.wall(client)
            let started = try #require(Self.timer(in: wall))
            #expect(started.running && (290...300).contains(started.left))
            let (_, page) = try await phone.load(client)
            #expect(page.contains("Time left: <strong>") && Self.timer(in: page)?.running == true)

            #expect(try await console.post(client, "/console/timer", "timer=pause").0 == .seeOther)
            let paused = try #require(Self.timer(in: try await ConsoleModerationTests.wall(client)))
            #expect(!paused.running && paused.left <= started.left)
            var entered = console
            let (_, consolePage) = try await entered.load(client, "/console")
            #expect(consolePage.contains("value=\"resume\"") && !consolePage.contains("value=\"pause\""))

            #expect(try await console.post(client, "/console/timer", "timer=resume").0 == .seeOther)
            #expect(Self.timer(in: try await ConsoleModerationTests.wall(client))?.running == true)
            #expect(try await console.post(client, "/console/timer", "timer=reset").0 == .seeOther)
            #expect(Self.timer(in: try await ConsoleModerationTests.wall(client)) == nil)
        }
        // The timer lives in the room's memory: the journal has only the guest who joined.
        #expect(try room.lastEntry().command == "room join")
    }

    @Test("a timer command is refused for minutes out of range or not a number, an unknown command, no timer, or a forged form")
    func refusals() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let console = try await ConsoleRouteTests.enter(client)
            for minutes in ["0", "241", "abc", "-3", ""] {
                let refused = try await console.post(client, "/console/timer", "timer=start&minutes=\(minutes)")
                #expect(refused.0 == .badRequest && refused.1.contains("Minutes: a whole number from 1 to 240."))
            }
            let unknown = try await console.post(client, "/console/timer", "timer=explode")
            #expect(unknown.0 == .badRequest && unknown.1.contains("Round timer: choose one"))
            let none = try await console.post(client, "/console/timer", "timer=pause")
            #expect(none.0 == .conflict && none.1.contains("No round timer is set"))
            #expect(try await console.post(client, "/console/timer", "timer=start&minutes=5", token: "beef").0 == .forbidden)
            #expect(Self.timer(in: try await ConsoleModerationTests.wall(client)) == nil)
        }
    }
}
