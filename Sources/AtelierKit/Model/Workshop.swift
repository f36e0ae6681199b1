/// One workshop: everything a facilitator records from the first vision card to the agreed actions.
///
/// `Workshop` is the shared model every method module reads and every exporter writes from. It is a
/// plain value: a method receives a snapshot and proposes a ``ChangeSet``; only the host applies it.
public struct Workshop: Codable, Sendable, Equatable {
    /// Title, organisation, dates, languages.
    public var info: WorkshopInfo
    /// Days and their steps, each naming a registered method.
    public var agenda: Agenda
    /// The people in the room.
    public var participants: [Participant]
    /// Every card written during the workshop, in the order it was recorded.
    public var items: [Item]
    /// Categories items are sorted into (for example the four priority categories of challenges).
    public var categories: [Category]
    /// Criteria items are scored on (impact, feasibility, …).
    public var criteria: [Criterion]
    /// Individual or group scores.
    public var scores: [Score]
    /// Dot-voting ballots.
    public var ballots: [Ballot]
    /// What each step produced: rankings, quadrants, tallies.
    public var results: [StepResult]
    /// The agreed action list.
    public var actions: [Action]

    /// Creates a workshop; every collection defaults to empty.
    public init(
        info: WorkshopInfo,
        agenda: Agenda = Agenda(),
        participants: [Participant] = [],
        items: [Item] = [],
        categories: [Category] = [],
        criteria: [Criterion] = [],
        scores: [Score] = [],
        ballots: [Ballot] = [],
        results: [StepResult] = [],
        actions: [Action] = []
    ) {
        self.info = info
        self.agenda = agenda
        self.participants = participants
        self.items = items
        self.categories = categories
        self.criteria = criteria
        self.scores = scores
        self.ballots = ballots
        self.results = results
        self.actions = actions
    }

    /// The participant with this identifier, if any.
    public func participant(_ id: String) -> Participant? { participants.first { $0.id == id } }
    /// The item with this identifier, if any.
    public func item(_ id: String) -> Item? { items.first { $0.id == id } }
    /// The criterion with this identifier, if any.
    public func criterion(_ id: String) -> Criterion? { criteria.first { $0.id == id } }
    /// The latest result recorded for a step, if any.
    public func result(forStep step: String) -> StepResult? { results.last { $0.step == step } }
    /// The latest result recorded by a method, whatever the step.
    public func latestResult(ofMethod method: String) -> StepResult? { results.last { $0.method == method } }
}
