/// One voter's ballots of a step to replace (see ``WorkshopStore/replaceBallots(_:)``).
public struct BallotReplacement: Sendable {
    /// The voter's participant id.
    public var participant: String
    /// The step whose ballots of the voter are replaced.
    public var step: String
    /// What the journal records as the command.
    public var command: String
    /// Computes the ballots that take the voter's place, checked there, and the journal's summary, from the
    /// voter (nil when not in the workshop) and the voter's current ballots of the step. Throwing refuses
    /// this replacement alone.
    public var work: @Sendable (_ voter: Participant?, _ own: [Ballot]) throws -> (ballots: [Ballot], summary: String)

    public init(participant: String, step: String, command: String,
                work: @escaping @Sendable (_ voter: Participant?, _ own: [Ballot]) throws -> (ballots: [Ballot], summary: String)) {
        self.participant = participant
        self.step = step
        self.command = command
        self.work = work
    }
}
