import AtelierKit

/// Teams (`teams`): forms mixed teams and gives each a challenge its members prefer.
///
/// The people forming teams (participants and experts, facilitators when asked) are split into teams
/// of sizes that add up (``TeamSizes``), mixed as evenly as their attributes allow with keep-together
/// and keep-apart pairs honoured (``TeamFormer``), then assigned to the challenge cards so that the
/// members' ranked preferences are best met with every challenge covered when there are enough teams
/// (``ChallengeAssignment``). Its result has one group per team and, when there are challenges, one
/// entry per team (item: its challenge; rank: the team's number; group: the team's name).
public struct Teams: WorkshopMethod {
    public static let moduleName = "Teams"

    public init() {}

    /// Forms the teams and assigns them.
    /// - Throws: ``MethodError`` for sizes that cannot add up, fewer than two people, more teams than
    ///   the challenges can take, a keep-together group larger than a team, and any problem in the
    ///   preferences or pairs file (named by file, line and column).
    public func run(_ request: MethodRequest) throws -> MethodResult {
        let settings = try TeamsSettings(request)
        let workshop = request.workshop
        let texts = TeamsTexts(language: request.language)
        let people = workshop.participants.filter(settings.forms)
        guard people.count >= TeamSizes.smallest else {
            throw MethodError("teams need at least \(TeamSizes.smallest) people (participants or experts"
                + (settings.includeFacilitators ? ", or facilitators" : "") + "); the workshop has \(people.count); import participants first")
        }
        let sizes = try settings.teams.map { try TeamSizes.counted(people: people.count, teams: $0) }
            ?? TeamSizes.bounded(people: people.count, minimum: settings.minimum, maximum: settings.maximum)
        let challenges = try settings.challengeIDs(in: workshop)
        guard challenges.isEmpty || challenges.count * settings.perChallenge >= sizes.count else {
            throw MethodError("\(sizes.count) teams cannot all have a challenge: \(challenges.count) challenges take at most "
                + "\(challenges.count * settings.perChallenge) (teams_per_challenge = \(settings.perChallenge)); "
                + "raise teams_per_challenge or make fewer, larger teams")
        }
        let ids = people.map(\.id)
        let pairs = try settings.pairs.map {
            try Pairs(CSVInput(path: $0, parameter: "pairs", columns: ["first", "second", "keep"]), members: Set(ids))
        } ?? Pairs()
        let preferences = try settings.preferences.map {
            try Preferences(CSVInput(path: $0, parameter: "preferences", columns: ["participant", "challenge", "rank"]),
                            participants: Set(workshop.participants.map(\.id)), challenges: challenges)
        } ?? Preferences()

        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        let mix = Mix(people: people, attributes: settings.spread)
        let teams = try TeamFormer(
            people: people, sizes: sizes, mix: mix,
            clusters: pairs.clusters(of: ids, largest: sizes.max() ?? 0).map { $0.map { index[$0]! } },
            apart: pairs.apart.map { (index[$0[0]]!, index[$0[1]]!) }, seed: settings.seed
        ).form()
        let members = teams.map { $0.map { ids[$0] } }
        let deepest = preferences.deepest
        let gains = members.map { team in
            challenges.map { challenge in team.reduce(0) { $0 + preferences.points($1, challenge, deepest: deepest) } }
        }
        let assigned = ChallengeAssignment.assign(gains: gains, perChallenge: settings.perChallenge).map { challenges[$0] }

        var notes = pairs.apart.compactMap { pair -> String? in
            guard let team = members.firstIndex(where: { $0.contains(pair[0]) && $0.contains(pair[1]) }) else { return nil }
            return texts.keptTogether(pair[0], pair[1], team: texts.teamName(team))
        }
        let apartUnmet = notes.count
        notes += mix.majorities(teams, sizes: sizes).map { majority in
            texts.majority(team: texts.teamName(majority.team), attribute: settings.spread[majority.attribute].attribute,
                           value: majority.value, count: majority.count, size: teams[majority.team].count)
        }
        let uncovered = challenges.filter { !assigned.contains($0) }
        if !uncovered.isEmpty && !assigned.isEmpty { notes.append(texts.uncovered(uncovered, teams: teams.count)) }

        let figures = TeamFigures(mix: mix, teams: teams, members: members, assigned: assigned, preferences: preferences)
        var metrics: [String: Double] = [
            "participants": Double(people.count), "teams": Double(teams.count),
            "smallest_team": Double(sizes.min() ?? 0), "largest_team": Double(sizes.max() ?? 0),
            "challenges": Double(challenges.count), "apart_unmet": Double(apartUnmet), "uncovered": Double(uncovered.count),
        ]
        for (weighted, deviation) in zip(settings.spread, mix.largestDeviations(teams)) {
            metrics["deviation_\(weighted.attribute.name)"] = TeamFigures.points(deviation)
        }
        metrics.merge(figures.metrics) { $1 }

        let summary = texts.summary(
            people: people.count, sizes: sizes,
            deviations: zip(settings.spread, mix.largestDeviations(teams)).map { ($0.attribute, TeamFigures.points($1)) },
            ranked: figures.ranked, firstChoice: metrics["first_choice"], topTwo: metrics["top_two"])
        var changes = ChangeSet()
        changes.results = [StepResult(
            step: request.step.id, method: request.method, summary: summary,
            entries: figures.entries(names: teams.indices.map(texts.teamName)),
            groups: zip(teams.indices, members).map { ParticipantGroup(name: texts.teamName($0), members: $1) },
            metrics: metrics, notes: notes)]
        return MethodResult(changes: changes, summary: summary)
    }
}
