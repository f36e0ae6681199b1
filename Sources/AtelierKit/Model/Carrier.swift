import Foundation

/// Who must carry an action: the administration itself, the next government, or another named body.
public enum Carrier: Sendable, Hashable, Codable, CustomStringConvertible {
    case administration
    case government
    case other(String)

    /// The kind of carrier, as exports group actions.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case administration, government, other
    }

    public var kind: Kind {
        switch self {
        case .administration: .administration
        case .government: .government
        case .other: .other
        }
    }

    /// The body's name for ``other(_:)``; nil for the two standard carriers.
    public var name: String? {
        if case .other(let name) = self { return name }
        return nil
    }

    public var description: String {
        switch self {
        case .administration: "administration"
        case .government: "government"
        case .other(let name): name
        }
    }

    enum CodingKeys: String, CodingKey { case kind, name }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(Kind.self, forKey: .kind) {
        case .administration: self = .administration
        case .government: self = .government
        case .other:
            let name = try c.decode(String.self, forKey: .name)
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else {
                throw DecodingError.dataCorruptedError(
                    forKey: .name, in: c, debugDescription: "a carrier of kind 'other' needs a name")
            }
            self = .other(name)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(name, forKey: .name)
    }
}
