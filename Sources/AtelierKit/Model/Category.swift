/// A heading items are sorted under, for example one of the four priority categories of challenges.
public struct Category: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var name: String
    public var description: String?

    public init(id: String, name: String, description: String? = nil) {
        self.id = id
        self.name = name
        self.description = description
    }
}
