/// A person in the room (or in the panel).
public struct Participant: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    /// The name shown to the group; exports replace it by the id when the workshop is pseudonymised.
    public var name: String
    /// Table or sub-group, for example `A` or `table 3`.
    public var group: String?
    public var role: Role
    /// What else is known of the person, by attribute name: the extra columns of a participants
    /// import (`service`, `gender`, `language`, `age_band`, …). A blank cell gives no value.
    ///
    /// Methods read attributes (the teams method spreads them); no document exports them, since they
    /// may be personal data.
    public var attributes: [String: String]

    public init(id: String, name: String, group: String? = nil, role: Role = .participant,
                attributes: [String: String] = [:]) {
        self.id = id
        self.name = name
        self.group = group
        self.role = role
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, group, role, attributes
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decode(String.self, forKey: .name)
        group = try container.decodeIfPresent(String.self, forKey: .group)
        role = try container.decode(Role.self, forKey: .role)
        attributes = try container.decodeIfPresent([String: String].self, forKey: .attributes) ?? [:]
    }

    /// Writes `attributes` only when there are some, so a participant without any encodes as before.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(group, forKey: .group)
        try container.encode(role, forKey: .role)
        if !attributes.isEmpty { try container.encode(attributes, forKey: .attributes) }
    }
}

/// What a person does in the workshop. Facilitators and observers can be excluded from votes.
public enum Role: String, Codable, Sendable, CaseIterable {
    case participant
    case facilitator
    case expert
    case observer
}
