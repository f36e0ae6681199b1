import AtelierKit

/// A participant attribute the teams mix: `group`, `role`, or one of the attributes the participants
/// import kept (`service`, `gender`, `language`, `age_band`, …).
struct Attribute: Hashable, Sendable {
    /// The attribute's name, as the `spread` parameter and the participants file's header give it.
    let name: String

    /// The built-in attributes every participant has.
    static let group = Attribute(name: "group")
    static let role = Attribute(name: "role")

    /// The participant's value; people without one share the value `""`.
    func value(of participant: Participant) -> String {
        switch name {
        case Self.group.name: participant.group ?? ""
        case Self.role.name: participant.role.rawValue
        default: participant.attributes[name] ?? ""
        }
    }

    /// The attributes the people have: group and role, then the imported ones in alphabetical order.
    static func known(in people: [Participant]) -> [String] {
        [group.name, role.name] + Set(people.flatMap(\.attributes.keys)).subtracting([group.name, role.name]).sorted()
    }
}

/// An attribute to spread and how much its evenness counts against the others.
struct WeightedAttribute: Equatable, Sendable {
    let attribute: Attribute
    let weight: Double

    /// Reads the `spread` parameter: entries `service` or `service:2` (weight 1 when none is given).
    /// - Parameter people: The people forming teams; an attribute none of them has is refused.
    /// - Throws: ``MethodError`` naming an entry that is not an attribute of the people, a weight that
    ///   is not a number from 0 to 100, or an attribute given twice.
    static func parse(_ entries: [String], people: [Participant]) throws -> [WeightedAttribute] {
        let known = Attribute.known(in: people)
        var parsed: [WeightedAttribute] = []
        for entry in entries {
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first?.lowercased(), known.contains(name) else {
                throw MethodError("parameter spread names '\(entry)', which is not an attribute the participants have; use "
                    + "\(known.joined(separator: ", ")), each with an optional weight (group:2); "
                    + "other attributes come as extra columns of the participants file")
            }
            var weight = 1.0
            if parts.count == 2 {
                guard let number = Double(parts[1]), number >= 0, number <= 100 else {
                    throw MethodError("parameter spread: the weight of \(name) is '\(parts[1])'; give a number from 0 to 100 (group:2)")
                }
                weight = number
            }
            guard !parsed.contains(where: { $0.attribute.name == name }) else {
                throw MethodError("parameter spread names \(name) twice; give each attribute once")
            }
            parsed.append(WeightedAttribute(attribute: Attribute(name: name), weight: weight))
        }
        return parsed
    }
}
