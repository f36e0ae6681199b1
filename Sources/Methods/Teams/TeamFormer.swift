import AtelierKit

/// Forms teams of given sizes whose attribute mix is as even as possible.
///
/// A round-robin start, then a local search: people are shuffled from the seed, lined up by their
/// attribute values (so that dealing them out one team after the other spreads each value), and dealt
/// into the teams; keep-together people travel as one unit. Then every swap of two units of the same
/// size in different teams is tried, and kept when it improves, in this order: fewer keep-apart pairs
/// in one team; a lower weighted sum of the attributes' largest deviations; a lower weighted sum of
/// squared gaps (which moves the search across arrangements with the same largest deviation). Passes
/// repeat until none improves. This finds a good mix, not always the best one: exact forming is out
/// of reach beyond a few dozen people.
struct TeamFormer {
    /// The people forming teams, in the workshop's order.
    let people: [Participant]
    let sizes: [Int]
    let mix: Mix
    /// Person indices to keep in one team (each at least two).
    let clusters: [[Int]]
    /// Person index pairs to keep in different teams.
    let apart: [(Int, Int)]
    let seed: Int

    /// The most passes over all swaps; a pass that improves nothing ends the search sooner.
    static let maxPasses = 200

    /// The teams, each a list of person indices in the workshop's order.
    /// - Throws: ``MethodError`` when the keep-together groups cannot be packed into the team sizes.
    func form() throws -> [[Int]] {
        var search = try Search(start: start(), former: self)
        search.improve()
        return search.teams.map { $0.sorted() }
    }

    /// Units (keep-together groups and single people) dealt round-robin into the teams.
    private func start() throws -> (units: [[Int]], teamOfUnit: [Int]) {
        let clustered = Set(clusters.joined())
        var units = clusters + people.indices.filter { !clustered.contains($0) }.map { [$0] }
        // A generator of our own: the same seed must give the same teams on every machine and Swift
        // version (printed team cards must match a rerun), which the standard library's does not promise.
        var generator = SplitMix64(state: UInt64(bitPattern: Int64(seed)))
        generator.shuffle(&units)
        let key = { (unit: [Int]) in mix.attributes.indices.map { mix.codes[$0][unit[0]] } }
        units = units.enumerated().sorted { a, b in
            if a.element.count != b.element.count { return a.element.count > b.element.count }
            let (ka, kb) = (key(a.element), key(b.element))
            return ka != kb ? ka.lexicographicallyPrecedes(kb) : a.offset < b.offset
        }.map(\.element)
        var room = sizes
        var teamOfUnit: [Int] = []
        var next = 0
        for unit in units {
            guard let offset = sizes.indices.first(where: { room[(next + $0) % sizes.count] >= unit.count }) else {
                throw MethodError("the keep-together pairs cannot be fitted into teams of "
                    + sizes.map(String.init).joined(separator: ", ") + "; remove a pair or change the team sizes")
            }
            let team = (next + offset) % sizes.count
            room[team] -= unit.count
            teamOfUnit.append(team)
            next = team + 1
        }
        return (units, teamOfUnit)
    }

    /// The arrangement being improved, with each team's counts and figures kept up to date.
    private struct Search {
        let mix: Mix
        let units: [[Int]]
        let apart: [(Int, Int)]
        var teamOfUnit: [Int]
        var teamOfPerson: [Int]
        var teams: [[Int]]
        /// `deviation[team][attribute]` and `spread[team][attribute]`, as ``Mix`` defines them.
        var deviation: [[Double]]
        var spread: [[Double]]

        init(start: (units: [[Int]], teamOfUnit: [Int]), former: TeamFormer) throws {
            mix = former.mix
            units = start.units
            apart = former.apart
            teamOfUnit = start.teamOfUnit
            teamOfPerson = [Int](repeating: 0, count: former.people.count)
            teams = Array(repeating: [], count: former.sizes.count)
            for (unit, team) in zip(units, teamOfUnit) {
                teams[team] += unit
                for person in unit { teamOfPerson[person] = team }
            }
            deviation = Array(repeating: [], count: teams.count)
            spread = Array(repeating: [], count: teams.count)
            for team in teams.indices { measure(team) }
        }

        mutating func measure(_ team: Int) {
            let counts = mix.attributes.indices.map { mix.counts(of: teams[team], attribute: $0) }
            deviation[team] = counts.indices.map { mix.deviation(counts: counts[$0], size: teams[team].count, attribute: $0) }
            spread[team] = counts.indices.map { mix.spread(counts: counts[$0], size: teams[team].count, attribute: $0) }
        }

        /// Keep-apart pairs in one team, weighted largest deviations, weighted squared gaps.
        func score() -> (Int, Double, Double) {
            let together = apart.count { teamOfPerson[$0.0] == teamOfPerson[$0.1] }
            var largest = 0.0
            var squares = 0.0
            for (a, weighted) in mix.attributes.enumerated() {
                largest += weighted.weight * (deviation.map { $0[a] }.max() ?? 0)
                squares += weighted.weight * spread.reduce(0) { $0 + $1[a] }
            }
            return (together, largest, squares)
        }

        static func better(_ a: (Int, Double, Double), than b: (Int, Double, Double)) -> Bool {
            if a.0 != b.0 { return a.0 < b.0 }
            if abs(a.1 - b.1) > 1e-9 { return a.1 < b.1 }
            return a.2 < b.2 - 1e-9
        }

        mutating func swap(_ u: Int, _ w: Int) {
            let (from, to) = (teamOfUnit[u], teamOfUnit[w])
            teams[from].removeAll { units[u].contains($0) }
            teams[to].removeAll { units[w].contains($0) }
            teams[from] += units[w]
            teams[to] += units[u]
            for person in units[u] { teamOfPerson[person] = to }
            for person in units[w] { teamOfPerson[person] = from }
            teamOfUnit.swapAt(u, w)
            measure(from)
            measure(to)
        }

        mutating func improve() {
            var best = score()
            for _ in 0..<TeamFormer.maxPasses {
                var improved = false
                for u in units.indices {
                    for w in units.indices.dropFirst(u + 1)
                    where teamOfUnit[u] != teamOfUnit[w] && units[u].count == units[w].count {
                        swap(u, w)
                        let candidate = score()
                        if Self.better(candidate, than: best) {
                            best = candidate
                            improved = true
                        } else {
                            swap(u, w)
                        }
                    }
                }
                if !improved { return }
            }
        }
    }
}
