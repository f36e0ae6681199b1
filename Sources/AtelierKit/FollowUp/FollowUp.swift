/// What the addressee of an action answered, and how far it has come since: the follow-up an
/// administration records in the returned tracking workbook, month after month.
///
/// A method never writes it: it is read from the store with the action, and written only by an
/// import of returns (``ChangeSet/followUps``), each change kept as a ``HistoryRecord``.
public struct FollowUp: Sendable, Equatable {
    /// Who must answer.
    public var addressee: Addressee?
    /// The service responsible for the answer.
    public var service: String
    /// The minister responsible.
    public var minister: String
    public var response: Response?
    /// Why a recommendation is rejected or partly adopted (required then).
    public var justification: String
    /// What the addressee plans to do.
    public var measure: String
    /// 0 to 100 per cent; nil when not reported.
    public var progress: Int?
    /// When the addressee received the recommendation.
    public var received: CalendarDate?
    /// When the addressee answered.
    public var responded: CalendarDate?
    /// When the answer or the work is due; overrides the workshop's response deadline.
    public var due: CalendarDate?
    /// When progress is next reviewed.
    public var nextReview: CalendarDate?
    /// Links to documents that show what was done, in order.
    public var evidence: [String]
    /// The action whose progress this one's adds up to, if any.
    public var parent: String?
    /// The weight of this action's progress in its parent's (1 unless set).
    public var weight: Double

    public init(
        addressee: Addressee? = nil, service: String = "", minister: String = "", response: Response? = nil,
        justification: String = "", measure: String = "", progress: Int? = nil, received: CalendarDate? = nil,
        responded: CalendarDate? = nil, due: CalendarDate? = nil, nextReview: CalendarDate? = nil,
        evidence: [String] = [], parent: String? = nil, weight: Double = 1
    ) {
        self.addressee = addressee
        self.service = service
        self.minister = minister
        self.response = response
        self.justification = justification
        self.measure = measure
        self.progress = progress
        self.received = received
        self.responded = responded
        self.due = due
        self.nextReview = nextReview
        self.evidence = evidence
        self.parent = parent
        self.weight = weight
    }

    /// True when nothing has been recorded.
    public var isEmpty: Bool { self == FollowUp() }

    /// Who a recommendation is addressed to.
    public enum Addressee: String, Sendable, CaseIterable {
        case administration, government, parliament, other
    }

    /// What the addressee answered.
    public enum Response: String, Sendable, CaseIterable {
        case adopted
        case partlyAdopted = "partly-adopted"
        case rejected
        case pending

        /// Whether the answer must say why.
        public var needsJustification: Bool { self == .rejected || self == .partlyAdopted }
    }
}
