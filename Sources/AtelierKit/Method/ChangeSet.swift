/// The changes a method proposes (or an import brings): what to add, replace and remove, part by part.
///
/// The host checks a change set against the workshop (every reference resolves, no duplicate ids, only
/// declared parts written) and applies it in one transaction, recorded in the journal so that
/// `atelier undo` reverts it exactly.
public struct ChangeSet: Codable, Sendable, Equatable {
    public var participants: Edits<Participant>
    public var items: Edits<Item>
    public var categories: Edits<Category>
    public var criteria: Edits<Criterion>
    public var actions: Edits<Action>
    /// Scores to add.
    public var scores: [Score]
    /// Ballots to add.
    public var ballots: [Ballot]
    /// Step results; each replaces an earlier result of the same step.
    public var results: [StepResult]
    /// Follow-ups to record, by action id: only an import of returns fills them, so they are not
    /// part of the JSON methods write.
    public var followUps: [String: FollowUp]
    /// The changes the import brings, field by field, each with the file it came from.
    public var history: [HistoryRecord]

    public init(
        participants: Edits<Participant> = Edits(), items: Edits<Item> = Edits(),
        categories: Edits<Category> = Edits(), criteria: Edits<Criterion> = Edits(),
        actions: Edits<Action> = Edits(), scores: [Score] = [], ballots: [Ballot] = [],
        results: [StepResult] = [], followUps: [String: FollowUp] = [:], history: [HistoryRecord] = []
    ) {
        self.participants = participants
        self.items = items
        self.categories = categories
        self.criteria = criteria
        self.actions = actions
        self.scores = scores
        self.ballots = ballots
        self.results = results
        self.followUps = followUps
        self.history = history
    }

    /// True when applying the set would change nothing.
    public var isEmpty: Bool { writtenParts.isEmpty }

    /// The model parts this change set writes.
    public var writtenParts: Set<ModelPart> {
        var parts = Set<ModelPart>()
        if !participants.isEmpty { parts.insert(.participants) }
        if !items.isEmpty { parts.insert(.items) }
        if !categories.isEmpty { parts.insert(.categories) }
        if !criteria.isEmpty { parts.insert(.criteria) }
        if !actions.isEmpty || !followUps.isEmpty { parts.insert(.actions) }
        if !scores.isEmpty { parts.insert(.scores) }
        if !ballots.isEmpty { parts.insert(.ballots) }
        if !results.isEmpty { parts.insert(.results) }
        return parts
    }

    enum CodingKeys: String, CodingKey {
        case participants, items, categories, criteria, actions, scores, ballots, results
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        participants = try c.decodeIfPresent(Edits<Participant>.self, forKey: .participants) ?? Edits()
        items = try c.decodeIfPresent(Edits<Item>.self, forKey: .items) ?? Edits()
        categories = try c.decodeIfPresent(Edits<Category>.self, forKey: .categories) ?? Edits()
        criteria = try c.decodeIfPresent(Edits<Criterion>.self, forKey: .criteria) ?? Edits()
        actions = try c.decodeIfPresent(Edits<Action>.self, forKey: .actions) ?? Edits()
        scores = try c.decodeIfPresent([Score].self, forKey: .scores) ?? []
        ballots = try c.decodeIfPresent([Ballot].self, forKey: .ballots) ?? []
        results = try c.decodeIfPresent([StepResult].self, forKey: .results) ?? []
        followUps = [:]
        history = []
    }
}

/// Changes to one identified part of the model: elements to insert or replace (matched by id), ids to remove.
public struct Edits<Element: Codable & Sendable & Equatable & Identifiable>: Codable, Sendable, Equatable
where Element.ID == String {
    /// Elements to add, or to replace when an element with the same id exists.
    public var upsert: [Element]
    /// Identifiers of elements to remove.
    public var remove: [String]

    public init(upsert: [Element] = [], remove: [String] = []) {
        self.upsert = upsert
        self.remove = remove
    }

    public var isEmpty: Bool { upsert.isEmpty && remove.isEmpty }

    enum CodingKeys: String, CodingKey { case upsert, remove }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        upsert = try c.decodeIfPresent([Element].self, forKey: .upsert) ?? []
        remove = try c.decodeIfPresent([String].self, forKey: .remove) ?? []
    }
}
