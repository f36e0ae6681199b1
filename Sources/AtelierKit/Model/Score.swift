/// One value given to one item on one criterion, by a participant, a group, or the plenary.
public struct Score: Codable, Sendable, Equatable {
    public var item: String
    public var criterion: String
    public var value: Double
    /// The participant who scored; nil when a group or the plenary did.
    public var participant: String?
    /// The group (table) that scored together; nil for an individual or plenary score.
    public var group: String?
    /// The step the score was given in.
    public var step: String?

    public init(
        item: String, criterion: String, value: Double, participant: String? = nil, group: String? = nil,
        step: String? = nil
    ) {
        self.item = item
        self.criterion = criterion
        self.value = value
        self.participant = participant
        self.group = group
        self.step = step
    }

    /// Who gave the score, as a key that tells raters apart (`p:ID`, `g:NAME` or `plenary`).
    public var rater: String {
        if let participant { return "p:" + participant }
        if let group { return "g:" + group }
        return "plenary"
    }
}
