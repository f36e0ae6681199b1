import Foundation
import Testing
import AtelierKit

@Suite("Replacing voters' ballots together")
struct BallotReplacementTests {
    struct Refused: Error {}

    @Test("each replacement sees its voter and the ballots left before it, is journalled on its own, and a refusal keeps the others")
    func together() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        func replacement(_ voter: String, _ ballots: [Ballot]) -> BallotReplacement {
            BallotReplacement(participant: voter, step: "vote", command: "dots") { found, own in
                guard let found else { throw Refused() }
                return (ballots, "\(found.name) voted.")
            }
        }
        let outcomes = try store.replaceBallots([
            replacement("p1", [Ballot(participant: "p1", item: "i1", dots: 2, step: "vote")]),
            BallotReplacement(participant: "p2", step: "vote", command: "dots") { _, _ in throw Refused() },
            BallotReplacement(participant: "p1", step: "vote", command: "dots") { found, own in
                #expect(found?.name == "Anne")
                #expect(own == [Ballot(participant: "p1", item: "i1", dots: 2, step: "vote")])
                return (own + [Ballot(participant: "p1", item: "i2", dots: 1, step: "vote")], "Anne again.")
            },
            replacement("nobody", [Ballot(participant: "nobody", item: "i1", dots: 1, step: "vote")]),
        ])
        #expect(outcomes.map { (try? $0.get())?.count } == [1, nil, 2, nil])
        #expect(try store.journal().suffix(2).map(\.summary) == ["Anne voted.", "Anne again."])
        #expect(try store.workshop().ballots.map(\.dots) == [2, 1])
        try store.undo()
        #expect(try store.workshop().ballots == [Ballot(participant: "p1", item: "i1", dots: 2, step: "vote")])
        try store.undo()
        #expect(try store.workshop().ballots.isEmpty)
    }
}
