/// A city-wide vote: participants, the proposals on the ballot, and the ballots or scores they
/// gave, generated the same way on every run.
///
/// Ballots follow the vote the benchmark runs (5 dots each, at most 2 on one item): every
/// participant places 1 to 5 ballots on distinct proposals, 1 or 2 dots each, never more than 5 dots
/// in all. Scores are a wide sheet: one row per participant and proposal, impact and feasibility 1–5.
struct GeneratedVote {
    /// Proposals on the ballot.
    static let proposals = 200
    /// Proposals scored in the matrix: each participant scores them all.
    static let scoredProposals = 500
    static let dots = 5
    static let maxPerItem = 2

    static let participantHeader = ["id", "name", "group", "role"]
    static let proposalHeader = ["id", "text", "kind"]
    static let ballotHeader = ["participant", "item", "dots"]
    static let scoreHeader = ["participant", "item", "impact", "feasibility"]

    static func participant(_ index: Int) -> [String] {
        var r = SeededRandom(stream: 2, index: index)
        let name = "\(r.pick(firstNames)) \(r.pick(lastNames))"
        return ["p\(index)", name, "G\(1 + index % 40)", "participant"]
    }

    static func proposal(_ index: Int) -> [String] {
        var r = SeededRandom(stream: 3, index: index)
        return ["P\(index)", FrenchText.title(&r), "proposal"]
    }

    /// The ballots of participant `index`: (item number, dots).
    static func ballots(ofParticipant index: Int) -> [(item: Int, dots: Int)] {
        var r = SeededRandom(stream: 4, index: index)
        let count = [2, 3, 4, 4, 5, 5][r.below(6)]
        var left = dots
        var items = Set<Int>()
        var ballots: [(item: Int, dots: Int)] = []
        while ballots.count < count {
            let item = 1 + r.below(proposals)
            guard items.insert(item).inserted else { continue }
            let after = count - ballots.count - 1
            let given = left - maxPerItem >= after ? 1 + r.below(maxPerItem) : 1
            ballots.append((item, given))
            left -= given
        }
        return ballots
    }

    /// Visits `count` ballot rows; returns how many participants cast them.
    @discardableResult
    static func forEachBallot(count: Int, _ body: ([String]) throws -> Void) rethrows -> Int {
        var written = 0
        var participant = 0
        while written < count {
            participant += 1
            for ballot in ballots(ofParticipant: participant) where written < count {
                try body(["p\(participant)", "P\(ballot.item)", String(ballot.dots)])
                written += 1
            }
        }
        return participant
    }

    /// Visits `count` score rows; returns how many participants gave them.
    @discardableResult
    static func forEachScore(count: Int, _ body: ([String]) throws -> Void) rethrows -> Int {
        var participant = 0
        var written = 0
        while written < count {
            participant += 1
            var r = SeededRandom(stream: 5, index: participant)
            for item in 1...scoredProposals where written < count {
                try body(["p\(participant)", "P\(item)", String(1 + r.below(5)), String(1 + r.below(5))])
                written += 1
            }
        }
        return participant
    }

    static let firstNames = [
        "Amélie", "Koen", "Fatima", "Jean-François", "Sofie", "Mehdi", "Chloé", "Pieter", "Inès", "Luc", "Zoë",
        "Jérôme", "Nadia", "Björn", "Élodie", "Youssef", "Anaïs", "Thibault", "Marie-Claire", "Dries",
    ]
    static let lastNames = [
        "Vandenberghe", "Verstraeten", "El Amrani", "Lemaire", "Peeters", "Dubois", "Janssens", "Lambert",
        "De Smet", "Mertens", "Nguyen", "Van Damme", "Öztürk", "Leroy", "Goossens", "Dupont", "Claes", "Renard",
    ]
}
