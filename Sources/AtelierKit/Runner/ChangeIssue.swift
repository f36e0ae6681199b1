/// One reason a change set cannot be applied to a workshop.
public struct ChangeIssue: Error, Sendable, Equatable, CustomStringConvertible {
    /// The part of the model concerned.
    public var part: ModelPart
    /// Position of the offending element in its list of the change set (its upsert list, or the list of
    /// scores, ballots or results); importers turn it into a line of the file.
    public var index: Int?
    /// The field at fault (`author`, `category`, `item`, …).
    public var field: String?
    /// What is wrong, for people.
    public var message: String

    public init(part: ModelPart, index: Int?, field: String?, message: String) {
        self.part = part
        self.index = index
        self.field = field
        self.message = message
    }

    public var description: String {
        var place = part.rawValue
        if let index { place += "[\(index)]" }
        if let field { place += ".\(field)" }
        return "\(place): \(message)"
    }
}
