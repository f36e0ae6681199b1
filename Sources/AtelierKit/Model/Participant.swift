/// A person in the room (or in the panel).
public struct Participant: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The name shown to the group; exports replace it by the id when the workshop is pseudonymised.
    public var name: String
    /// Table or sub-group, for example `A` or `table 3`.
    public var group: String?
    public var role: Role

    public init(id: String, name: String, group: String? = nil, role: Role = .participant) {
        self.id = id
        self.name = name
        self.group = group
        self.role = role
    }
}

/// What a person does in the workshop. Facilitators and observers can be excluded from votes.
public enum Role: String, Codable, Sendable, CaseIterable {
    case participant
    case facilitator
    case expert
    case observer
}
