/// How a panel is drawn.
public enum DrawAlgorithm: String, Sendable, Codable, CaseIterable {
    /// The greedy draw of `sortition-algorithms` (``LegacyDraw``).
    case legacy
    /// The lottery that makes the smallest selection probability largest (``FairLottery/maximin(_:)``).
    case maximin
    /// The lottery that does so for the smallest, then the next, and so on (``FairLottery/leximin(_:)``).
    case leximin
}
