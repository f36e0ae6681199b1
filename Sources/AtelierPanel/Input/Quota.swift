/// The quota of one value of one feature: at least `min` and at most `max` panel members with it.
public struct Quota: Sendable, Equatable {
    /// The feature (`gender`, `age`), as the quotas file writes it.
    public var feature: String
    /// The value (`female`, `16-24`).
    public var value: String
    public var min: Int
    public var max: Int
    /// The line of the quotas file it comes from.
    public var line: Int

    public init(feature: String, value: String, min: Int, max: Int, line: Int) {
        self.feature = feature
        self.value = value
        self.min = min
        self.max = max
        self.line = line
    }

    /// How messages and the record name it: `age:16-24`.
    public var name: String { "\(feature):\(value)" }
}
