import AtelierKit

/// Checks the `challenges` parameter: every entry must be a challenge of the workshop.
enum SheetTopics {
    /// The challenges to give the sheets in turn, as the parameter lists them.
    /// - Throws: ``MethodError`` listing every entry that is not an item, or is an item of another kind.
    static func check(_ challenges: [String], in workshop: Workshop) throws -> [String] {
        var problems: [String] = []
        for id in challenges {
            guard let item = workshop.item(id) else {
                let known = workshop.items.filter { $0.kind == .challenge }.map(\.id)
                problems.append(
                    "parameter challenges names '\(id)', which is not an item of the workshop; "
                        + (known.isEmpty
                            ? "the workshop has no challenges yet"
                            : "its challenges are \(known.joined(separator: ", "))"))
                continue
            }
            if item.kind != .challenge {
                problems.append(
                    "parameter challenges names '\(id)', which is an item of kind \(item.kind.rawValue), not a challenge; "
                        + "list challenge items only")
            }
        }
        guard problems.isEmpty else { throw MethodError(problems.joined(separator: "\n")) }
        return challenges
    }
}
