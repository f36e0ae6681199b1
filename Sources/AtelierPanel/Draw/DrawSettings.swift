/// What a draw is asked, committed with the inputs before the seed is known.
public struct DrawSettings: Sendable, Equatable, Codable {
    public var seats: Int
    public var algorithm: DrawAlgorithm
    /// How many alternates to list.
    public var alternates: Int

    public init(seats: Int, algorithm: DrawAlgorithm, alternates: Int) {
        self.seats = seats
        self.algorithm = algorithm
        self.alternates = alternates
    }
}
