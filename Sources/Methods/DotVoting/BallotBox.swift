import AtelierKit

/// The ballots of one vote, checked against the rules of the vote and counted per item.
///
/// The ballots of a step are those whose `Ballot.step` is the step's id. When no ballot of the
/// workshop carries that id, the ballots recorded without a step are taken instead: a single vote
/// imported without steps needs no bookkeeping, and ballots of other steps never leak in.
///
/// A city-wide vote brings a million ballots: each voter and item is looked up once per ballot and
/// stands for its position from then on, so the checks and counts cost one look-up of each, not one
/// per rule.
struct BallotBox {
    /// Paper counts: dots counted per item on the wall, one per item.
    let paper: [Ballot]
    /// Participants allowed to vote, in the order they were recorded.
    let eligible: [Participant]
    /// Eligible participants who placed at least one dot digitally, in the order they were recorded.
    let voters: [Participant]
    /// Eligible participants who placed no dot digitally, in the order they were recorded.
    let absent: [Participant]
    /// Per item on the ballot (in the scope's order): dots placed digitally, dots counted on paper, and
    /// participants who placed at least one dot digitally.
    let digitalDots: [Int]
    let paperDots: [Int]
    let itemVoters: [Int]

    /// Collects and checks the step's ballots: the workshop's, then `adding` (an import not yet applied).
    /// - Throws: ``BallotError`` naming the participant and item of the first ballot that breaks a rule:
    ///   a negative count, an unknown item or participant, an item not on the ballot, a facilitator or
    ///   observer voting when they are excluded, a member of one team voting on another's item (or
    ///   someone in no team voting) when teams vote on their own items, a second ballot on the same item, more dots than the cap
    ///   on one item, or more dots than the budget in all.
    init(step: String, settings: VoteSettings, scope: VoteScope, workshop: Workshop, adding: [Ballot] = []) throws {
        let excludesStaff = settings.excludeFacilitators
        func excluded(_ role: Role) -> Bool { excludesStaff && (role == .facilitator || role == .observer) }
        let participants = workshop.participants
        // Each voter stands for their position in `participants` (a workshop's ids are unique), each item
        // on the ballot for its position in `scope.items` (the first, should an id be there twice).
        let voterPositions = Dictionary(participants.enumerated().map { ($1.id, $0) }) { first, _ in first }
        let itemPositions = Dictionary(scope.items.enumerated().map { ($1.id, $0) }) { first, _ in first }
        var tallies = participants.map { VoterTally(mayVote: !excluded($0.role)) }
        let items = Set(workshop.items.map(\.id))
        let ofStep = workshop.ballots.contains { $0.step == step } || adding.contains { $0.step == step }

        // Voter–item pairs seen so far, each as one number.
        var seen = Set<Int>(minimumCapacity: workshop.ballots.count + adding.count)
        var digitalDots = [Int](repeating: 0, count: scope.items.count)
        var paperDots = [Int](repeating: 0, count: scope.items.count)
        var itemVoters = [Int](repeating: 0, count: scope.items.count)
        var paper: [Ballot] = []

        for ballot in [workshop.ballots, adding].joined() {
            guard ofStep ? ballot.step == step : ballot.step == nil else { continue }
            var who: String { ballot.participant.map { "participant '\($0)'" } ?? "the paper count" }
            guard ballot.dots >= 0 else {
                throw BallotError(ballot,
                    "\(who) gives item '\(ballot.item)' \(ballot.dots) dots; a count cannot be negative — correct it")
            }
            let listed = itemPositions[ballot.item]
            guard listed != nil || items.contains(ballot.item) else {
                throw BallotError(ballot,
                    "\(who) places dots on item '\(ballot.item)', which is not in the workshop; correct the item id")
            }
            var voter: Int?
            if let id = ballot.participant {
                guard let number = voterPositions[id] else {
                    throw BallotError(ballot,
                        "the ballot on item '\(ballot.item)' comes from participant '\(id)', who is not in the "
                            + "workshop; add the participant or correct the id")
                }
                guard tallies[number].mayVote else {
                    throw BallotError(ballot,
                        "participant '\(id)' (\(participants[number].role.rawValue)) places dots on item "
                            + "'\(ballot.item)', but facilitators and observers do not vote in this step; remove "
                            + "the ballot or set exclude_facilitators to false")
                }
                voter = number
            }
            guard let item = listed else {
                throw BallotError(ballot,
                    "\(who) places dots on item '\(ballot.item)', which is not on this vote's ballot "
                        + "(\(scope.description)); remove the ballot or change the scope")
            }
            let key = ((voter ?? -1) + 1) * scope.items.count + item
            if !seen.insert(key).inserted {
                let earlier = (workshop.ballots + adding).first {
                    $0.participant == ballot.participant && $0.item == ballot.item && (ofStep ? $0.step == step : $0.step == nil)
                }!.dots
                throw BallotError(ballot,
                    ballot.participant == nil
                        ? "item '\(ballot.item)' has two paper counts in this step (\(earlier) and \(ballot.dots) "
                            + "dots); keep one count per item"
                        : "\(who) has two ballots on item '\(ballot.item)' in this step (\(earlier) and "
                            + "\(ballot.dots) dots); merge them into one ballot")
            }
            guard let voter, let id = ballot.participant else {
                paper.append(ballot)
                paperDots[item] = Self.sum(paperDots[item], ballot.dots)
                continue
            }
            if let teams = settings.teams {
                let team = scope.teams[item]
                guard let own = teams.teamOfParticipant[id] else {
                    throw BallotError(ballot,
                        "participant '\(id)' places dots on item '\(ballot.item)' but is in no team of step '\(teams.step)'; "
                            + "each team votes on its own items (groups_from)")
                }
                guard own == team else {
                    throw BallotError(ballot,
                        "participant '\(id)' (\(teams.names[own])) places dots on item '\(ballot.item)' of \(teams.names[team]); "
                            + "each team votes on its own items (groups_from: \(teams.step))")
                }
            }
            if ballot.dots > settings.dots {
                throw BallotError(ballot,
                    "participant '\(id)' places \(ballot.dots) dots on item '\(ballot.item)' but each participant has "
                        + "\(settings.dots) in all (dots)")
            }
            if let cap = settings.maxPerItem, ballot.dots > cap {
                throw BallotError(ballot,
                    "participant '\(id)' places \(ballot.dots) dots on item '\(ballot.item)'; at most \(cap) per "
                        + "item (max_per_item)")
            }
            tallies[voter].dots = Self.sum(tallies[voter].dots, ballot.dots)
            digitalDots[item] = Self.sum(digitalDots[item], ballot.dots)
            if ballot.dots > 0 {
                tallies[voter].voted = true
                itemVoters[item] += 1
            }
        }

        var eligible: [Participant] = []
        var voters: [Participant] = []
        var absent: [Participant] = []
        for (number, participant) in participants.enumerated() where !excluded(participant.role) {
            eligible.append(participant)
            let total = tallies[number].dots
            if tallies[number].voted { voters.append(participant) } else { absent.append(participant) }
            guard total <= settings.dots else {
                let own = (workshop.ballots + adding).filter { $0.participant == participant.id && (ofStep ? $0.step == step : $0.step == nil) }
                let detail = own.map { "\($0.item): \($0.dots)" }.joined(separator: ", ")
                throw BallotError(participant: participant.id,
                    "participant '\(participant.id)' places \(total) dots (\(detail)) but each participant has "
                        + "\(settings.dots) (dots); remove \(total - settings.dots)")
            }
        }
        self.paper = paper
        self.eligible = eligible
        self.voters = voters
        self.absent = absent
        self.digitalDots = digitalDots
        self.paperDots = paperDots
        self.itemVoters = itemVoters
        try checkPaper(settings)
    }

    /// `a × b`, or `Int.max` when that does not fit: a cap given as a huge number means no cap.
    private static func product(_ a: Int, _ b: Int) -> Int {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : value
    }

    /// `a + b`, or `Int.max` when that does not fit.
    private static func sum(_ a: Int, _ b: Int) -> Int {
        let (value, overflow) = a.addingReportingOverflow(b)
        return overflow ? .max : value
    }

    /// Paper counts may not give more dots than those who did not vote digitally had.
    private func checkPaper(_ settings: VoteSettings) throws {
        guard !paper.isEmpty else { return }
        let paperVoters = eligible.count - voters.count
        let budget = Self.product(settings.dots, paperVoters)
        for count in paper {
            let cap = settings.maxPerItem.map { Self.product($0, paperVoters) } ?? budget
            guard count.dots <= cap else {
                let perItem = settings.maxPerItem.map { "\($0) per item" } ?? "\(settings.dots) dots"
                throw BallotError(count,
                    "the paper count gives item '\(count.item)' \(count.dots) dots, more than \(perItem) for each "
                        + "of the \(paperVoters) participants who could vote on paper (\(cap)); recount the dots")
            }
        }
        let total = paper.reduce(0) { Self.sum($0, $1.dots) }
        guard total <= budget else {
            throw BallotError(paper.last!,
                "the paper counts total \(total) dots, more than the \(settings.dots) dots of each of the "
                    + "\(paperVoters) participants who could vote on paper (\(budget)); recount the dots")
        }
    }
}

/// One participant's part in a vote: whether they may vote, the dots they placed digitally, and
/// whether any of their ballots gave a dot.
private struct VoterTally {
    var mayVote: Bool
    var dots = 0
    var voted = false
}

/// A ballot that breaks a rule of the vote: the ballot (or the voter whose dots are over budget) and why.
struct BallotError: Error {
    /// The offending ballot; nil when the voter's dots are over budget in all.
    var ballot: Ballot?
    /// The voter whose dots are over budget in all.
    var participant: String?
    var message: String

    init(_ ballot: Ballot, _ message: String) {
        self.ballot = ballot
        self.message = message
    }

    init(participant: String, _ message: String) {
        self.participant = participant
        self.message = message
    }
}
