/// Dots placed on one item: by one participant (digital vote) or counted on the wall (paper round).
public struct Ballot: Codable, Sendable, Equatable {
    /// The voter; nil when the dots were counted per item on paper.
    public var participant: String?
    public var item: String
    public var dots: Int
    /// The voting step.
    public var step: String?

    public init(participant: String? = nil, item: String, dots: Int, step: String? = nil) {
        self.participant = participant
        self.item = item
        self.dots = dots
        self.step = step
    }
}
