import AtelierKit

/// A list parameter of `KEY=value` lines that sets one field of the actions per proposal or per
/// category: `carriers: ["mobility=government", "P7=Région wallonne"]`.
///
/// A key names a proposal (item id) or a category id. For an action, the proposal's own line wins over
/// its category's; for a merged action, its proposals are tried in order, then their categories.
struct Assignments {
    let parameter: String
    private let values: [String: String]

    /// Reads the lines of a list parameter.
    /// - Throws: ``MethodError`` naming the parameter and line when a line has no `=`, an empty key,
    ///   a key that is neither an item nor a category of the workshop, or a key given twice.
    init(_ parameter: String, lines: [String], workshop: Workshop) throws {
        self.parameter = parameter
        var values: [String: String] = [:]
        for line in lines {
            guard let equals = line.firstIndex(of: "=") else {
                throw MethodError("parameter \(parameter): '\(line)' is not of the form KEY=value (a proposal or category id, then =)")
            }
            let key = line[..<equals].trimmingSpaces
            let value = line[line.index(after: equals)...].trimmingSpaces
            guard !key.isEmpty else { throw MethodError("parameter \(parameter): '\(line)' has no key before =") }
            guard workshop.item(key) != nil || workshop.categories.contains(where: { $0.id == key }) else {
                throw MethodError(
                    "parameter \(parameter): '\(key)' in '\(line)' is neither an item nor a category of the workshop")
            }
            guard values[key] == nil else { throw MethodError("parameter \(parameter) sets '\(key)' twice") }
            values[key] = value
        }
        self.values = values
    }

    /// Every value given, with its key, for checking values up front.
    var all: [(key: String, value: String)] { values.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }

    /// The value for an action made from these proposals, if a line applies.
    func value(for proposals: [Item]) -> String? {
        for proposal in proposals { if let value = values[proposal.id] { return value } }
        for proposal in proposals {
            if let category = proposal.category, let value = values[category] { return value }
        }
        return nil
    }
}

extension StringProtocol {
    /// The text without leading and trailing white space.
    var trimmingSpaces: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
