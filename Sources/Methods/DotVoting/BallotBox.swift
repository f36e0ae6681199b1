import AtelierKit

/// The ballots of one vote, checked against the rules of the vote.
///
/// The ballots of a step are those whose `Ballot.step` is the step's id. When no ballot of the
/// workshop carries that id, the ballots recorded without a step are taken instead: a single vote
/// imported without steps needs no bookkeeping, and ballots of other steps never leak in.
struct BallotBox {
    /// Digital ballots: one per participant and item.
    let digital: [Ballot]
    /// Paper counts: dots counted per item on the wall, one per item.
    let paper: [Ballot]
    /// Participants allowed to vote, in the order they were recorded.
    let eligible: [Participant]

    /// Collects and checks the step's ballots.
    /// - Throws: ``BallotError`` naming the participant and item of the first ballot that breaks a rule:
    ///   a negative count, an unknown item or participant, an item not on the ballot, a facilitator or
    ///   observer voting when they are excluded, a second ballot on the same item, more dots than the cap
    ///   on one item, or more dots than the budget in all.
    init(step: String, settings: VoteSettings, scope: VoteScope, workshop: Workshop) throws {
        let excluded: Set<Role> = settings.excludeFacilitators ? [.facilitator, .observer] : []
        eligible = workshop.participants.filter { !excluded.contains($0.role) }
        let ofStep = workshop.ballots.contains { $0.step == step }
        let ballots = workshop.ballots.filter { ofStep ? $0.step == step : $0.step == nil }
        let onBallot = Set(scope.items.map(\.id))
        let items = Set(workshop.items.map(\.id))
        let roles = Dictionary(workshop.participants.map { ($0.id, $0.role) }, uniquingKeysWith: { first, _ in first })
        var seen: [VoterItem: Int] = [:]
        seen.reserveCapacity(ballots.count)
        var digital: [Ballot] = []
        var paper: [Ballot] = []
        digital.reserveCapacity(ballots.count)
        for ballot in ballots {
            var who: String { ballot.participant.map { "participant '\($0)'" } ?? "the paper count" }
            guard ballot.dots >= 0 else {
                throw BallotError(ballot, 
                    "\(who) gives item '\(ballot.item)' \(ballot.dots) dots; a count cannot be negative — correct it")
            }
            let listed = onBallot.contains(ballot.item)
            guard listed || items.contains(ballot.item) else {
                throw BallotError(ballot, 
                    "\(who) places dots on item '\(ballot.item)', which is not in the workshop; correct the item id")
            }
            if let id = ballot.participant {
                guard let role = roles[id] else {
                    throw BallotError(ballot, 
                        "the ballot on item '\(ballot.item)' comes from participant '\(id)', who is not in the "
                            + "workshop; add the participant or correct the id")
                }
                guard !excluded.contains(role) else {
                    throw BallotError(ballot, 
                        "participant '\(id)' (\(role.rawValue)) places dots on item "
                            + "'\(ballot.item)', but facilitators and observers do not vote in this step; remove "
                            + "the ballot or set exclude_facilitators to false")
                }
            }
            guard listed else {
                throw BallotError(ballot, 
                    "\(who) places dots on item '\(ballot.item)', which is not on this vote's ballot "
                        + "(\(scope.description)); remove the ballot or change the scope")
            }
            let key = VoterItem(participant: ballot.participant, item: ballot.item)
            if let earlier = seen[key] {
                throw BallotError(ballot, 
                    ballot.participant == nil
                        ? "item '\(ballot.item)' has two paper counts in this step (\(earlier) and \(ballot.dots) "
                            + "dots); keep one count per item"
                        : "\(who) has two ballots on item '\(ballot.item)' in this step (\(earlier) and "
                            + "\(ballot.dots) dots); merge them into one ballot")
            }
            seen[key] = ballot.dots
            if let id = ballot.participant, ballot.dots > settings.dots {
                throw BallotError(ballot, 
                    "participant '\(id)' places \(ballot.dots) dots on item '\(ballot.item)' but each participant has "
                        + "\(settings.dots) in all (dots)")
            }
            if let id = ballot.participant, let cap = settings.maxPerItem, ballot.dots > cap {
                throw BallotError(ballot, 
                    "participant '\(id)' places \(ballot.dots) dots on item '\(ballot.item)'; at most \(cap) per "
                        + "item (max_per_item)")
            }
            if ballot.participant == nil { paper.append(ballot) } else { digital.append(ballot) }
        }
        self.digital = digital
        self.paper = paper
        try checkBudgets(settings)
    }

    /// `a × b`, or `Int.max` when that does not fit: a cap given as a huge number means no cap.
    private static func product(_ a: Int, _ b: Int) -> Int {
        let (value, overflow) = a.multipliedReportingOverflow(by: b)
        return overflow ? .max : value
    }

    /// The sum, or `Int.max` when it does not fit.
    private static func sum(_ values: [Int]) -> Int {
        values.reduce(0) { total, value in
            let (next, overflow) = total.addingReportingOverflow(value)
            return overflow ? .max : next
        }
    }

    /// Participants who placed at least one dot digitally, in the order they were recorded.
    var voters: [Participant] {
        let ids = Set(digital.filter { $0.dots > 0 }.compactMap(\.participant))
        return eligible.filter { ids.contains($0.id) }
    }

    private func checkBudgets(_ settings: VoteSettings) throws {
        var totals: [String: Int] = [:]
        totals.reserveCapacity(eligible.count)
        for ballot in digital {
            let (next, overflow) = totals[ballot.participant ?? "", default: 0].addingReportingOverflow(ballot.dots)
            totals[ballot.participant ?? ""] = overflow ? .max : next
        }
        for participant in eligible {
            let total = totals[participant.id, default: 0]
            guard total <= settings.dots else {
                let own = digital.filter { $0.participant == participant.id }
                let detail = own.map { "\($0.item): \($0.dots)" }.joined(separator: ", ")
                throw BallotError(participant: participant.id, 
                    "participant '\(participant.id)' places \(total) dots (\(detail)) but each participant has "
                        + "\(settings.dots) (dots); remove \(total - settings.dots)")
            }
        }
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
        let total = Self.sum(paper.map(\.dots))
        guard total <= budget else {
            throw BallotError(paper.last!, 
                "the paper counts total \(total) dots, more than the \(settings.dots) dots of each of the "
                    + "\(paperVoters) participants who could vote on paper (\(budget)); recount the dots")
        }
    }
}

/// One voter's ballot on one item (the paper count when there is no voter): at most one per step.
private struct VoterItem: Hashable {
    var participant: String?
    var item: String
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
