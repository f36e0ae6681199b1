/// What a step produced: a ranking, a grouping, a tally, with the figures behind it.
///
/// The shape is shared by every method so exporters can draw any result without knowing the method:
/// a list of entries, each about one item, with a rank, a headline value, named values (one per
/// criterion, say) and the group it falls in (a SWOT quadrant, a matrix quadrant, a brainwriting group).
public struct StepResult: Codable, Sendable, Equatable {
    /// The agenda step, or the method id when run outside the agenda.
    public var step: String
    /// The registry id of the method that produced it.
    public var method: String
    /// One or two sentences for people.
    public var summary: String
    /// Entries in rank order.
    public var entries: [ResultEntry]
    /// Participant groups formed by the step (brainwriting groups and their sheet rotation).
    public var groups: [ParticipantGroup]
    /// Whole-step figures (`turnout`, `ideas`, `voters`, …).
    public var metrics: [String: Double]
    /// Points for the facilitator: missing scores, disagreements, people who did not vote.
    public var notes: [String]
    /// The `--param` values the step was run with (`KEY=VALUE` from the command line, as typed), set
    /// by the runner; the next run of the step reuses them unless the command line gives the key again.
    public var parameters: [String: String]

    public init(
        step: String, method: String, summary: String, entries: [ResultEntry] = [],
        groups: [ParticipantGroup] = [], metrics: [String: Double] = [:], notes: [String] = [],
        parameters: [String: String] = [:]
    ) {
        self.step = step
        self.method = method
        self.summary = summary
        self.entries = entries
        self.groups = groups
        self.metrics = metrics
        self.notes = notes
        self.parameters = parameters
    }

    enum CodingKeys: String, CodingKey { case step, method, summary, entries, groups, metrics, notes, parameters }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        step = try c.decode(String.self, forKey: .step)
        method = try c.decode(String.self, forKey: .method)
        summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
        entries = try c.decodeIfPresent([ResultEntry].self, forKey: .entries) ?? []
        groups = try c.decodeIfPresent([ParticipantGroup].self, forKey: .groups) ?? []
        metrics = try c.decodeIfPresent([String: Double].self, forKey: .metrics) ?? [:]
        notes = try c.decodeIfPresent([String].self, forKey: .notes) ?? []
        parameters = try c.decodeIfPresent([String: String].self, forKey: .parameters) ?? [:]
    }
}

/// One item's line in a step result.
public struct ResultEntry: Codable, Sendable, Equatable {
    public var item: String
    /// 1-based; tied entries share a rank (1, 2, 2, 4).
    public var rank: Int
    /// The headline figure: dots, weighted score, support.
    public var value: Double?
    /// Named figures, for example the mean impact and mean feasibility.
    public var values: [String: Double]
    /// The group the entry falls in: a SWOT quadrant, a matrix quadrant, a category.
    public var group: String?
    /// Markers such as `selected`, `disagreement`, `missing-scores`, `tie`.
    public var flags: [String]
    /// Related items: the duplicates merged into this one, or the items it was derived from.
    public var members: [String]

    public init(
        item: String, rank: Int, value: Double? = nil, values: [String: Double] = [:], group: String? = nil,
        flags: [String] = [], members: [String] = []
    ) {
        self.item = item
        self.rank = rank
        self.value = value
        self.values = values
        self.group = group
        self.flags = flags
        self.members = members
    }

    enum CodingKeys: String, CodingKey { case item, rank, value, values, group, flags, members }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        item = try c.decode(String.self, forKey: .item)
        rank = try c.decode(Int.self, forKey: .rank)
        value = try c.decodeIfPresent(Double.self, forKey: .value)
        values = try c.decodeIfPresent([String: Double].self, forKey: .values) ?? [:]
        group = try c.decodeIfPresent(String.self, forKey: .group)
        flags = try c.decodeIfPresent([String].self, forKey: .flags) ?? []
        members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
    }
}

/// A group of participants formed by a step, with the order sheets travel in.
public struct ParticipantGroup: Codable, Sendable, Equatable {
    public var name: String
    /// Participant ids, in seating order.
    public var members: [String]
    /// `rotation[round][sheet]` is the participant who holds that sheet in that round (0-based indices).
    public var rotation: [[String]]
    /// `sheetTopics[sheet]` is the item (a challenge) that sheet works on, printed at its head; empty
    /// when the sheets have no set topic.
    public var sheetTopics: [String]
    /// Boxes each holder fills on a sheet in a round (ideas per round), printed on the sheets; nil
    /// when the sheets have no set number.
    public var slots: Int?

    public init(name: String, members: [String], rotation: [[String]] = [], sheetTopics: [String] = [], slots: Int? = nil) {
        self.name = name
        self.members = members
        self.rotation = rotation
        self.sheetTopics = sheetTopics
        self.slots = slots
    }

    enum CodingKeys: String, CodingKey { case name, members, rotation, sheetTopics, slots }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        members = try c.decodeIfPresent([String].self, forKey: .members) ?? []
        rotation = try c.decodeIfPresent([[String]].self, forKey: .rotation) ?? []
        sheetTopics = try c.decodeIfPresent([String].self, forKey: .sheetTopics) ?? []
        slots = try c.decodeIfPresent(Int.self, forKey: .slots)
    }
}
