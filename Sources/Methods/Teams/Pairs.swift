import AtelierKit

/// People to keep in the same team, and people to keep in different teams: `first,second,keep`
/// with `keep` either `together` or `apart`.
struct Pairs: Equatable, Sendable {
    /// Pairs of participant ids to keep in one team.
    var together: [[String]] = []
    /// Pairs of participant ids to keep in different teams.
    var apart: [[String]] = []

    init(together: [[String]] = [], apart: [[String]] = []) {
        self.together = together
        self.apart = apart
    }

    /// Reads a pairs file; both people must be among those forming teams.
    /// - Throws: ``MethodError`` naming the file, line and column of an unknown participant, a person
    ///   paired with themselves, or a `keep` that is neither `together` nor `apart`.
    init(_ input: CSVInput, members: Set<String>) throws {
        for record in input.table.records {
            let first = input.field(record, "first")
            let second = input.field(record, "second")
            for (column, id) in [("first", first), ("second", second)] where !members.contains(id) {
                throw input.error(line: record.line, column, "'\(id)' is not among the people forming teams "
                    + "(participants and experts, facilitators with include_facilitators); name them by id")
            }
            guard first != second else {
                throw input.error(line: record.line, "second", "'\(first)' is paired with themselves")
            }
            switch input.field(record, "keep").lowercased() {
            case "together": together.append([first, second])
            case "apart": apart.append([first, second])
            case let other:
                throw input.error(line: record.line, "keep", "'\(other)' is neither together nor apart")
            }
        }
    }

    /// The people who must sit in one team, as sets of at least two (keep-together pairs joined where
    /// they share a person), in the order of `people`.
    /// - Throws: ``MethodError`` when such a set holds a keep-apart pair, or is larger than `largest`.
    func clusters(of people: [String], largest: Int) throws -> [[String]] {
        var root = Dictionary(uniqueKeysWithValues: people.map { ($0, $0) })
        func find(_ id: String) -> String {
            var id = id
            while let parent = root[id], parent != id { id = parent }
            return id
        }
        for pair in together {
            let (a, b) = (find(pair[0]), find(pair[1]))
            if a != b { root[b] = a }
        }
        var clusters: [String: [String]] = [:]
        for id in people { clusters[find(id), default: []].append(id) }
        let joined = people.compactMap { id in find(id) == id ? clusters[id] : nil }.filter { $0.count > 1 }
        for cluster in joined {
            if let pair = apart.first(where: { cluster.contains($0[0]) && cluster.contains($0[1]) }) {
                throw MethodError("'\(pair[0])' and '\(pair[1])' are to be kept apart, but the keep-together pairs put them "
                    + "in one team (\(cluster.joined(separator: ", "))); remove one of the pairs")
            }
            guard cluster.count <= largest else {
                throw MethodError("the keep-together pairs join \(cluster.count) people (\(cluster.joined(separator: ", "))), "
                    + "more than the largest team (\(largest)); remove a pair or make teams larger")
            }
        }
        return joined
    }
}
