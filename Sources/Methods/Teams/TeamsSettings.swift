import AtelierKit

/// The `teams` parameters, read and checked.
struct TeamsSettings: Equatable, Sendable {
    var minimum: Int
    var maximum: Int
    /// The number of teams, when the facilitator sets it (the size bounds then do not apply).
    var teams: Int?
    var spread: [WeightedAttribute]
    /// How many teams may work on one challenge.
    var perChallenge: Int
    var seed: Int
    var includeFacilitators: Bool
    /// The challenges to assign, when the facilitator lists them; otherwise every challenge card.
    var challenges: [String]?
    /// Path of the `participant,challenge,rank` file.
    var preferences: String?
    /// Path of the `first,second,keep` file.
    var pairs: String?

    /// - Throws: ``MethodError`` for a `spread` entry that is not an attribute of the people forming teams
    ///   or has a bad weight.
    init(_ request: MethodRequest) throws {
        minimum = try request.integer("team_size_min")
        maximum = try request.integer("team_size_max")
        teams = request.optional("teams")?.intValue
        perChallenge = try request.integer("teams_per_challenge")
        seed = try request.integer("seed")
        includeFacilitators = try request.bool("include_facilitators")
        spread = []
        spread = try WeightedAttribute.parse(request.list("spread"), people: request.workshop.participants.filter(forms))
        challenges = request.optional("challenges")?.listValue
        preferences = request.optional("preferences")?.stringValue
        pairs = request.optional("pairs")?.stringValue
    }

    /// Whether a person forms teams: participants and experts, facilitators when asked, observers never.
    func forms(_ participant: Participant) -> Bool {
        switch participant.role {
        case .participant, .expert: true
        case .facilitator: includeFacilitators
        case .observer: false
        }
    }

    /// The challenge ids to assign, in the workshop's order or the order `challenges` lists them.
    /// - Throws: ``MethodError`` when `challenges` names something that is not a challenge card.
    func challengeIDs(in workshop: Workshop) throws -> [String] {
        let cards = workshop.items.filter { $0.kind == .challenge && $0.duplicateOf == nil }.map(\.id)
        guard let listed = challenges else { return cards }
        for id in listed where !cards.contains(id) {
            throw MethodError("parameter challenges names '\(id)', which is not a challenge card of the workshop; the challenges are "
                + (cards.isEmpty ? "none (import items of kind challenge first)" : cards.joined(separator: ", ")))
        }
        var seen = Set<String>()
        return listed.filter { seen.insert($0).inserted }
    }
}
