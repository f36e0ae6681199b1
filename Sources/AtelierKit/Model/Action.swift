/// An agreed action: what will be done, by whom, by when, and where the idea came from.
public struct Action: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var title: String
    public var description: String
    /// The problem or challenge the action answers.
    public var problem: String
    /// Who must act.
    public var carrier: Carrier
    /// Lead service or person responsible.
    public var owner: String
    /// Other services or bodies involved.
    public var partners: [String]
    /// When it is due.
    public var horizon: Horizon?
    /// 1 for the highest priority; nil when not ranked.
    public var rank: Int?
    /// Budget note, free text (`€40k from the 2027 budget`).
    public var budget: String
    public var status: ActionStatus
    public var milestones: [Milestone]
    /// Provenance: the items (proposals, ideas, challenges) the action came from.
    public var sources: [String]
    /// Provenance: dots the source proposals received, drawn by the method that wrote the action;
    /// an import that changes ``sources`` has it drawn again (see ``ImportDeriving``).
    public var dots: Int?
    /// Provenance: weighted matrix score of the source proposals, drawn as ``dots`` is.
    public var score: Double?
    /// The addressee's answer and the progress reported since: kept by the host, never in the JSON
    /// methods read and write (see ``FollowUp``).
    public var followUp: FollowUp

    public init(
        id: String, title: String, description: String = "", problem: String = "", carrier: Carrier,
        owner: String = "", partners: [String] = [], horizon: Horizon? = nil, rank: Int? = nil,
        budget: String = "", status: ActionStatus = .notStarted, milestones: [Milestone] = [],
        sources: [String] = [], dots: Int? = nil, score: Double? = nil, followUp: FollowUp = FollowUp()
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.problem = problem
        self.carrier = carrier
        self.owner = owner
        self.partners = partners
        self.horizon = horizon
        self.rank = rank
        self.budget = budget
        self.status = status
        self.milestones = milestones
        self.sources = sources
        self.dots = dots
        self.score = score
        self.followUp = followUp
    }

    enum CodingKeys: String, CodingKey {
        case id, title, description, problem, carrier, owner, partners, horizon, rank, budget, status,
             milestones, sources, dots, score
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        description = try c.decodeIfPresent(String.self, forKey: .description) ?? ""
        problem = try c.decodeIfPresent(String.self, forKey: .problem) ?? ""
        carrier = try c.decode(Carrier.self, forKey: .carrier)
        owner = try c.decodeIfPresent(String.self, forKey: .owner) ?? ""
        partners = try c.decodeIfPresent([String].self, forKey: .partners) ?? []
        horizon = try c.decodeIfPresent(Horizon.self, forKey: .horizon)
        rank = try c.decodeIfPresent(Int.self, forKey: .rank)
        budget = try c.decodeIfPresent(String.self, forKey: .budget) ?? ""
        status = try c.decodeIfPresent(ActionStatus.self, forKey: .status) ?? .notStarted
        milestones = try c.decodeIfPresent([Milestone].self, forKey: .milestones) ?? []
        sources = try c.decodeIfPresent([String].self, forKey: .sources) ?? []
        dots = try c.decodeIfPresent(Int.self, forKey: .dots)
        score = try c.decodeIfPresent(Double.self, forKey: .score)
        followUp = FollowUp()
    }
}

/// A step on the way to completing an action.
public struct Milestone: Codable, Sendable, Equatable {
    public var title: String
    public var due: Horizon?
    public var done: Bool

    public init(title: String, due: Horizon? = nil, done: Bool = false) {
        self.title = title
        self.due = due
        self.done = done
    }
}
