import AtelierKit

/// The challenges people would like to work on: `participant,challenge,rank` (1 is the first choice).
struct Preferences: Equatable, Sendable {
    /// `ranks[participant][challenge]` is the rank that participant gave that challenge.
    var ranks: [String: [String: Int]] = [:]

    init(ranks: [String: [String: Int]] = [:]) { self.ranks = ranks }

    /// Reads a preferences file. Participants are named by id; challenges by the id of an item of kind
    /// `challenge`.
    /// - Throws: ``MethodError`` naming the file, line and column of an unknown participant, an unknown
    ///   challenge, a rank that is not a whole number from 1, or a challenge ranked twice by one person.
    init(_ input: CSVInput, participants: Set<String>, challenges: [String]) throws {
        let known = Set(challenges)
        var lines: [String: Int] = [:]
        for record in input.table.records {
            let participant = input.field(record, "participant")
            let challenge = input.field(record, "challenge")
            let rankText = input.field(record, "rank")
            guard participants.contains(participant) else {
                throw input.error(line: record.line, "participant", "unknown participant '\(participant)'; name participants by their id")
            }
            guard known.contains(challenge) else {
                throw input.error(line: record.line, "challenge", "unknown challenge '\(challenge)'; the challenges are "
                    + (challenges.isEmpty ? "none (import items of kind challenge first)" : challenges.joined(separator: ", ")))
            }
            guard let rank = Int(rankText), rank >= 1 else {
                throw input.error(line: record.line, "rank", "'\(rankText)' is not a rank; give 1 for the first choice, 2 for the second, …")
            }
            let key = participant + "\u{0}" + challenge
            if let earlier = lines[key] {
                throw input.error(line: record.line, "challenge", "participant '\(participant)' already ranked challenge '\(challenge)' on line \(earlier); keep one of the two")
            }
            lines[key] = record.line
            ranks[participant, default: [:]][challenge] = rank
        }
    }

    /// The largest rank anyone gave (3 when people rank three challenges); 0 when nobody ranked.
    var deepest: Int { ranks.values.lazy.flatMap(\.values).max() ?? 0 }

    /// What a member's ranking is worth to a team taking `challenge`: `deepest + 1 − rank` points (3,
    /// 2, 1 when people rank three challenges), 0 when unranked. Counting from the deepest rank given,
    /// not from the number of challenges, keeps a first choice worth three second choices' gap over a
    /// third, so the assignment favours first choices rather than merely ranked ones.
    func points(_ participant: String, _ challenge: String, deepest: Int) -> Int {
        rank(participant, challenge).map { max(0, deepest + 1 - $0) } ?? 0
    }

    /// The rank `participant` gave `challenge`; nil when they gave none.
    func rank(_ participant: String, _ challenge: String) -> Int? { ranks[participant]?[challenge] }
}
