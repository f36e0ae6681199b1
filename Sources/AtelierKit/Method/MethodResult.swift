/// What a method module returns: the changes to apply and a short summary for the facilitator.
public struct MethodResult: Codable, Sendable, Equatable {
    public var version: Int
    public var changes: ChangeSet
    /// One or two sentences, printed by `atelier run` and recorded in the journal.
    public var summary: String

    public init(changes: ChangeSet, summary: String) {
        version = MethodRequest.protocolVersion
        self.changes = changes
        self.summary = summary
    }
}
