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

    /// Reads a carrier as people type it in a spreadsheet: `administration`, `government`, a localised
    /// label for either (`administration`, `gouvernement`, `regering`, `Regierung`, …), or any other name.
    /// Returns nil for an empty text.
    public init?(parsing text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return nil }
        switch trimmed.lowercased() {
        case "administration", "the administration", "l'administration", "administratie", "de administratie",
             "verwaltung", "die verwaltung", "admin":
            self = .administration
        case "government", "next government", "the next government", "gouvernement", "prochain gouvernement",
             "le prochain gouvernement", "regering", "volgende regering", "de volgende regering", "regierung",
             "nächste regierung", "die nächste regierung":
            self = .government
        default:
            self = .other(trimmed)
        }
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
