import AtelierKit
import AtelierServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

@Suite("Votes in progress: who has not voted, the matrix scatter, each team's ballot")
struct VoteProgressTests {
    /// The names under the console's "Have not voted yet", and its guests' count.
    static func notVoted(_ page: String) -> (names: [String], guests: Int)? {
        guard let match = page.firstMatch(of: /<h2>Have not voted yet<\/h2><ul>(.*?)<\/ul><p>Guests who have not voted: (\d+)<\/p>/) else { return nil }
        return (String(match.1).matches(of: /<li>(.*?)<\/li>/).map { String($0.1) }, Int(match.2)!)
    }

    @Test("the console names the participants who have not voted yet, and counts the guests")
    func notVotedYet() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            var console = try await ConsoleRouteTests.enter(client)
            #expect(try await console.post(client, "/console/open", "step=vote").0 == .seeOther)
            let anne = try await Phone.join(client, as: "anne")
            let guest = try await Phone.join(client)
            #expect(Self.notVoted(try await console.load(client, "/console").1)! == (["Anne", "Bart"], 1))
            #expect(try await anne.post(client, "/room/dots", "step=vote&item=p1&change=1").0 == .seeOther)
            #expect(Self.notVoted(try await console.load(client, "/console").1)! == (["Bart"], 1))
            #expect(try await guest.post(client, "/room/dots", "step=vote&item=p2&change=1").0 == .seeOther)
            #expect(Self.notVoted(try await console.load(client, "/console").1)! == (["Bart"], 0))

            #expect(try await console.post(client, "/console/open", "step=matrix").0 == .seeOther)
            #expect(Self.notVoted(try await console.load(client, "/console").1)! == (["Anne", "Bart"], 1))
            let bart = try await Phone.join(client, as: "bart")
            #expect(try await bart.post(client, "/room/scores", "step=matrix&item=p1&score-impact=4&score-feasibility=2").0 == .seeOther)
            #expect(Self.notVoted(try await console.load(client, "/console").1)! == (["Anne"], 1))

            #expect(try await console.post(client, "/console/open", "step=vision&kind=challenge").0 == .seeOther)
            #expect(Self.notVoted(try await console.load(client, "/console").1) == nil)
        }
    }

    @Test("the wall draws the matrix's mean scores so far as a scatter, with the figures in a table")
    func scatter() async throws {
        let room = try TestRoom()
        try await room.application.test(.router) { client in
            let console = try await ConsoleRouteTests.enter(client)
            #expect(try await console.post(client, "/console/open", "step=matrix").0 == .seeOther)
            let empty = try await ConsoleModerationTests.wall(client)
            #expect(empty.contains("<svg class=\"scatter\"") && !empty.contains("<circle"))
            let anne = try await Phone.join(client, as: "anne")
            let bart = try await Phone.join(client, as: "bart")
            #expect(try await anne.post(client, "/room/scores", "step=matrix&item=p1&score-impact=4&score-feasibility=2").0 == .seeOther)
            #expect(try await bart.post(client, "/room/scores", "step=matrix&item=p1&score-impact=2&score-feasibility=4").0 == .seeOther)
            #expect(try await bart.post(client, "/room/scores", "step=matrix&item=p2&score-impact=5&score-feasibility=1").0 == .seeOther)
            let wall = try await ConsoleModerationTests.wall(client)
            // Means 3 and 3 sit in the middle of the 1–5 scales; 5 and 1 at the right, at the bottom.
            #expect(wall.contains("<circle cx=\"218\" cy=\"182\""))
            #expect(wall.contains("<circle cx=\"376\" cy=\"340\""))
            #expect(wall.matches(of: /<circle/).count == 2)
            #expect(wall.contains("role=\"img\" aria-labelledby=\"scatter-title\" aria-describedby=\"scatter-table\""))
            #expect(wall.contains("<tr><td>1</td><td>Guichet unique</td><td>3</td><td>3</td><td>2</td></tr>"))
            #expect(wall.contains("<tr><td>3</td><td>Rendez-vous en ligne</td><td>–</td><td>–</td><td>0</td></tr>"))
        }
    }

    @Test("with teams, a phone's ballot holds only its team's items; a dot on another team's item is refused")
    func teamBallot() async throws {
        let room = try TestRoom(extraSteps: [
            AgendaStep(id: "teams", title: "Teams", method: "teams"),
            AgendaStep(id: "team-vote", title: "Team vote", method: "dot-voting", parameters: ["groups_from": .string("teams")]),
        ])
        try await room.application.test(.router) { client in
            let console = try await ConsoleRouteTests.enter(client)
            let early = try await console.post(client, "/console/open", "step=team-vote")
            #expect(early.0 == .conflict && early.1.contains("step &#39;teams&#39; (groups_from) has no result yet"))
            try room.store.change(command: "teams") { workshop in
                (ChangeSet(items: Edits(upsert: workshop.items.map { item in
                    var item = item
                    item.author = item.id == "p2" ? "bart" : "anne"
                    return item
                }), results: [StepResult(step: "teams", method: "teams", summary: "Two teams.", groups: [
                    ParticipantGroup(name: "A", members: ["anne"]), ParticipantGroup(name: "B", members: ["bart"]),
                ])]), "Two teams.")
            }
            #expect(try await console.post(client, "/console/open", "step=team-vote").0 == .seeOther)
            var anne = try await Phone.join(client, as: "anne")
            var bart = try await Phone.join(client, as: "bart")
            var guest = try await Phone.join(client)
            let anneBallot = try await anne.load(client).1
            #expect(anneBallot.contains("Guichet unique") && anneBallot.contains("Rendez-vous en ligne") && !anneBallot.contains("Formulaires simples"))
            let bartBallot = try await bart.load(client).1
            #expect(bartBallot.contains("Formulaires simples") && !bartBallot.contains("Guichet unique"))
            #expect(!(try await guest.load(client).1).contains("name=\"item\""))

            var entered = console
            #expect(Self.notVoted(try await entered.load(client, "/console").1)! == (["Anne", "Bart"], 0))
            #expect(try await anne.post(client, "/room/dots", "step=team-vote&item=p1&change=1").0 == .seeOther)
            #expect(Self.notVoted(try await entered.load(client, "/console").1)! == (["Bart"], 0))
            let crossing = try await anne.post(client, "/room/dots", "step=team-vote&item=p2&change=1")
            #expect(crossing.0 == .badRequest && crossing.1.contains("each team votes on its own items"))
        }
        #expect(try room.store.workshop().ballots.map(\.item) == ["p1"])
    }
}
