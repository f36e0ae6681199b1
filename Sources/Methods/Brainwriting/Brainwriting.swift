import AtelierKit

/// The brainwriting method (6-3-5): plans the groups and the sheet rotation of a round, and records the
/// ideas written on the sheets.
///
/// The plan (see ``GroupPlanner`` and ``PlannedGroup``) goes into the step result's `groups`, with the
/// challenge at the head of each sheet, so that worksheets can be printed before the round. After the
/// round, the ideas typed in with their sheet positions are checked and linked (see ``SheetRecords``),
/// and the result reports them per group and per challenge.
///
/// The result has one entry per challenge that ideas address (value: its ideas; members: those ideas
/// in sheet order), most ideas first. Its metrics give the plan's size and timing (`participants`,
/// `groups`, `rounds`, `minutes`, `capacity_per_round`, `capacity`, …) and what was recorded (`ideas`,
/// `built_on`, `ideas.group.<name>`, `ideas.unassigned`).
public struct Brainwriting: WorkshopMethod {
    public static let moduleName = "Brainwriting"

    public init() {}

    /// Plans the round and records its ideas.
    /// - Throws: ``MethodError`` when fewer than 3 people write, when tables cannot be kept together,
    ///   when the `challenges` parameter names something that is not a challenge, or when ideas sit in
    ///   places the plan does not have.
    public func run(_ request: MethodRequest) throws -> MethodResult {
        let settings = try BrainwritingSettings(request)
        let texts = BrainwritingTexts(language: request.language)
        let workshop = request.workshop
        let step = request.step.id
        let plan = try GroupPlanner.plan(workshop.participants, settings: settings, results: workshop.results)
        let topics = try SheetTopics.check(settings.challenges, in: workshop)
        let records = try SheetRecords(
            workshop: workshop, step: step, plan: plan, settings: settings, topics: topics, texts: texts)

        var notes: [String] = []
        if let requested = settings.rounds {
            for group in plan where group.rounds < requested {
                notes.append(texts.capped(group: group.name, members: group.members.count, requested: requested))
            }
        }
        let largest = plan.map(\.members.count).max() ?? 0
        let unused = Self.unique(topics.dropFirst(largest)).filter { !topics.prefix(largest).contains($0) }
        if !unused.isEmpty { notes.append(texts.unused(unused, sheets: largest)) }
        notes += records.notes

        let people = plan.reduce(0) { $0 + $1.members.count }
        let rounds = plan.map(\.rounds).max() ?? 0
        let capacity = plan.reduce(0) { $0 + $1.members.count * $1.rounds } * settings.ideasPerRound
        let builtOn = records.ideas.count(where: { $0.buildsOn != nil })
        var metrics: [String: Double] = [
            "participants": Double(people),
            "groups": Double(plan.count),
            "rounds": Double(rounds),
            "ideas_per_round": Double(settings.ideasPerRound),
            "minutes_per_round": Double(settings.minutesPerRound),
            "minutes": Double(rounds * settings.minutesPerRound),
            "capacity_per_round": Double(people * settings.ideasPerRound),
            "capacity": Double(capacity),
            "ideas": Double(records.ideas.count),
            "built_on": Double(builtOn),
        ]
        for (index, group) in plan.enumerated() {
            metrics["ideas.group.\(group.name)"] = Double(records.ideas.count(where: { $0.position?.group == index + 1 }))
        }
        let unassigned = records.ideas.count(where: { $0.addresses == nil })
        if unassigned > 0 { metrics["ideas.unassigned"] = Double(unassigned) }

        let summary = texts.summary(
            sizes: plan.map(\.members.count), rounds: rounds, minutesPerRound: settings.minutesPerRound,
            capacity: capacity, ideas: records.ideas.count, builtOn: builtOn)
        var changes = ChangeSet()
        changes.items.upsert = records.upserts
        changes.results = [StepResult(
            step: step, method: request.method, summary: summary,
            entries: Self.challengeEntries(records.ideas, topics: topics, workshop: workshop),
            groups: plan.map { $0.participantGroup(topics: topics, ideasPerRound: settings.ideasPerRound) }, metrics: metrics, notes: notes)]
        return MethodResult(changes: changes, summary: summary)
    }

    /// One entry per challenge the ideas address: most ideas first; on a tie, the challenges in the
    /// order the `challenges` parameter lists them, then in the order they were recorded.
    static func challengeEntries(_ ideas: [Item], topics: [String], workshop: Workshop) -> [ResultEntry] {
        var byChallenge: [String: [Item]] = [:]
        for idea in ideas {
            if let challenge = idea.addresses { byChallenge[challenge, default: []].append(idea) }
        }
        let recorded = Dictionary(
            workshop.items.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        let order = { (id: String) in topics.firstIndex(of: id) ?? topics.count + (recorded[id] ?? workshop.items.count) }
        let ordered = byChallenge.sorted { a, b in
            (b.value.count, order(a.key), a.key) < (a.value.count, order(b.key), b.key)
        }
        var entries: [ResultEntry] = []
        for (position, (challenge, ideas)) in ordered.enumerated() {
            let rank = entries.last.flatMap { $0.value == Double(ideas.count) ? $0.rank : nil } ?? position + 1
            entries.append(ResultEntry(
                item: challenge, rank: rank, value: Double(ideas.count),
                values: ["ideas": Double(ideas.count), "built_on": Double(ideas.count(where: { $0.buildsOn != nil }))],
                members: ideas.map(\.id)))
        }
        return entries
    }

    /// The elements in their first order, each once.
    private static func unique<S: Sequence>(_ elements: S) -> [String] where S.Element == String {
        var seen = Set<String>()
        return elements.filter { seen.insert($0).inserted }
    }
}
