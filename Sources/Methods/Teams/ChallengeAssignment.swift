/// Gives each team a challenge so that the members' preferences are met as well as they can be.
///
/// Each challenge offers `perChallenge` places. The first place of every challenge carries a bonus
/// larger than all the points together, so as many challenges as can be get a team (all of them when
/// there are enough teams) before any preference counts: two teams share a challenge only when every
/// challenge has one. The best assignment is then found exactly by the
/// Hungarian algorithm (Kuhn–Munkres, in the shortest-augmenting-path form, O(teams² × places)):
/// 50 teams of 300 people on 12 challenges of 5 places are some 150,000 steps, so the assignment is
/// exact at every size a room has, with no search and no package.
enum ChallengeAssignment {
    /// The challenge index of each team.
    /// - Parameters:
    ///   - gains: `gains[team][challenge]`, the points the team's members give the challenge (0 or more).
    ///   - perChallenge: How many teams a challenge may take; challenges × perChallenge ≥ teams.
    static func assign(gains: [[Int]], perChallenge: Int) -> [Int] {
        guard let challenges = gains.first?.count, challenges > 0 else { return [] }
        let places = (0..<challenges * perChallenge).map { $0 % challenges }
        let cover = gains.joined().reduce(1, +)
        let gain = gains.map { row in
            places.indices.map { place in row[places[place]] + (place < challenges ? cover : 0) }
        }
        // Costs of 0 or more keep the algorithm's reduced costs from overflowing.
        let top = gain.joined().max() ?? 0
        return minimumCostAssignment(gain.map { $0.map { top - $0 } }).map { places[$0] }
    }

    /// The column of each row in an assignment of least total cost (rows ≤ columns, each column used at
    /// most once, costs of 0 or more).
    static func minimumCostAssignment(_ cost: [[Int]]) -> [Int] {
        let rows = cost.count
        guard rows > 0 else { return [] }
        let columns = cost[0].count
        // Potentials u (rows) and v (columns), 1-based with 0 as the free slot; rowOfColumn[j] is the
        // row holding column j; way[j] the column before j on the augmenting path.
        var u = [Int](repeating: 0, count: rows + 1)
        var v = [Int](repeating: 0, count: columns + 1)
        var rowOfColumn = [Int](repeating: 0, count: columns + 1)
        var way = [Int](repeating: 0, count: columns + 1)
        for row in 1...rows {
            rowOfColumn[0] = row
            var column0 = 0
            var least = [Int](repeating: Int.max, count: columns + 1)
            var used = [Bool](repeating: false, count: columns + 1)
            repeat {
                used[column0] = true
                let row0 = rowOfColumn[column0]
                var delta = Int.max
                var column1 = 0
                for j in 1...columns where !used[j] {
                    let reduced = cost[row0 - 1][j - 1] - u[row0] - v[j]
                    if reduced < least[j] {
                        least[j] = reduced
                        way[j] = column0
                    }
                    if least[j] < delta {
                        delta = least[j]
                        column1 = j
                    }
                }
                for j in 0...columns {
                    if used[j] {
                        u[rowOfColumn[j]] += delta
                        v[j] -= delta
                    } else {
                        least[j] -= delta
                    }
                }
                column0 = column1
            } while rowOfColumn[column0] != 0
            repeat {
                let previous = way[column0]
                rowOfColumn[column0] = rowOfColumn[previous]
                column0 = previous
            } while column0 != 0
        }
        var columnOfRow = [Int](repeating: 0, count: rows)
        for j in 1...columns where rowOfColumn[j] != 0 { columnOfRow[rowOfColumn[j] - 1] = j - 1 }
        return columnOfRow
    }
}
