/// What a draw is asked, committed with the inputs before the seed is known.
public struct DrawSettings: Sendable, Equatable, Codable {
    public var seats: Int
    public var algorithm: DrawAlgorithm
    /// How many alternates to list, at most ``mostAlternates``.
    public var alternates: Int

    /// The longest list of alternates drawn.
    public static let mostAlternates = 10_000

    public init(seats: Int, algorithm: DrawAlgorithm, alternates: Int) {
        self.seats = seats
        self.algorithm = algorithm
        self.alternates = alternates
    }
}
