/// One person who answered the invitation: their id, their value of each feature and their household.
public struct Respondent: Sendable, Equatable {
    public var id: String
    /// The value of each feature, in the order of ``Quotas/features``.
    public var values: [String]
    /// The address fields joined, when the pool has address columns and they are not all empty:
    /// people with the same household may not sit on the same panel.
    public var household: String?
    /// The line of the respondents file the person is on.
    public var line: Int
}
