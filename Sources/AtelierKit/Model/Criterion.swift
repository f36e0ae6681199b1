/// A scale items are scored on, for example impact 1–5.
public struct Criterion: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    /// Lowest value on the scale.
    public var scaleMin: Double
    /// Highest value on the scale.
    public var scaleMax: Double
    /// Relative weight in a weighted score.
    public var weight: Double
    public var direction: Direction

    public init(
        id: String, name: String, scaleMin: Double = 1, scaleMax: Double = 5, weight: Double = 1,
        direction: Direction = .higherIsBetter
    ) {
        self.id = id
        self.name = name
        self.scaleMin = scaleMin
        self.scaleMax = scaleMax
        self.weight = weight
        self.direction = direction
    }

    /// The middle of the scale: the default threshold between low and high.
    public var midpoint: Double { (scaleMin + scaleMax) / 2 }

    /// Whether a value lies on the scale.
    public func accepts(_ value: Double) -> Bool { value.isFinite && value >= scaleMin && value <= scaleMax }

    /// Whether more is better (impact) or less is better (cost, effort).
    public enum Direction: String, Codable, Sendable, CaseIterable {
        case higherIsBetter = "higher"
        case lowerIsBetter = "lower"
    }
}
