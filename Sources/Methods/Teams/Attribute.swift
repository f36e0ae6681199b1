import AtelierKit

/// A participant attribute the teams mix: what the workshop records of each person.
///
/// Participants carry their `group` (service, table) and `role` only: the participants import keeps
/// no other column, so these are the attributes there are to spread.
enum Attribute: String, CaseIterable, Sendable {
    case group
    case role

    /// The participant's value; people without a group share the value `""`.
    func value(of participant: Participant) -> String {
        switch self {
        case .group: participant.group ?? ""
        case .role: participant.role.rawValue
        }
    }
}

/// An attribute to spread and how much its evenness counts against the others.
struct WeightedAttribute: Equatable, Sendable {
    let attribute: Attribute
    let weight: Double

    /// Reads the `spread` parameter: entries `group` or `group:2` (weight 1 when none is given).
    /// - Throws: ``MethodError`` naming an entry that is not an attribute, a weight that is not a
    ///   number from 0 to 100, or an attribute given twice.
    static func parse(_ entries: [String]) throws -> [WeightedAttribute] {
        let known = Attribute.allCases.map(\.rawValue).joined(separator: ", ")
        var parsed: [WeightedAttribute] = []
        for entry in entries {
            let parts = entry.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard let name = parts.first, let attribute = Attribute(rawValue: name.lowercased()) else {
                throw MethodError("parameter spread names '\(entry)', which is not an attribute participants have; use \(known), "
                    + "each with an optional weight (group:2)")
            }
            var weight = 1.0
            if parts.count == 2 {
                guard let number = Double(parts[1]), number >= 0, number <= 100 else {
                    throw MethodError("parameter spread: the weight of \(name) is '\(parts[1])'; give a number from 0 to 100 (group:2)")
                }
                weight = number
            }
            guard !parsed.contains(where: { $0.attribute == attribute }) else {
                throw MethodError("parameter spread names \(attribute.rawValue) twice; give each attribute once")
            }
            parsed.append(WeightedAttribute(attribute: attribute, weight: weight))
        }
        return parsed
    }
}
