import AtelierKit

/// The first stage of a panel: the addresses that receive a letter, drawn uniformly at random from
/// a population register, optionally so many in each area, in proportion to the area's population.
public enum Invitation {
    /// The register's rows (indices into its records, in register order) that get a letter.
    ///
    /// Without an area column, every `letters`-subset of the register is equally likely. With one,
    /// each area gets its share of the letters in proportion to its rows in the register (the
    /// largest remainders rounded up, the areas in name order on a tie), drawn uniformly within it.
    /// The generator's state follows from the seed alone (see ``PanelDraw/make(_:settings:seed:)``).
    /// - Throws: ``ImportError`` naming the register: too few rows, no such column, an empty area.
    public static func draw(_ register: PanelTable, letters: Int, seed: String, areaColumn: String? = nil) throws -> [Int] {
        guard letters >= 1 else { throw register.error("--letters \(letters): send at least one letter") }
        guard letters <= register.records.count else {
            throw register.error("--letters \(letters): the register has only \(register.records.count) addresses")
        }
        var generator = SplitMix64(state: PanelDraw.seedState(hash: "invitation", seed: seed))
        guard let areaColumn else { return sample(Array(register.records.indices), letters, &generator) }
        guard let column = register.column(areaColumn) else {
            throw register.error(line: 1, "no `\(areaColumn)` column (the areas)")
        }
        var areas: [String: [Int]] = [:]
        for (index, row) in register.records.enumerated() {
            let area = row.fields[column].trimmedField
            guard !area.isEmpty else { throw register.error(line: row.line, column: register.header[column], "empty; every address needs its area") }
            areas[area, default: []].append(index)
        }
        let names = areas.keys.sorted()
        let total = register.records.count
        var shares = names.map { letters * areas[$0]!.count / total }
        let remainders = names.indices.sorted {
            let (a, b) = (letters * areas[names[$0]]!.count % total, letters * areas[names[$1]]!.count % total)
            return a != b ? a > b : $0 < $1
        }
        for index in remainders.prefix(letters - shares.reduce(0, +)) { shares[index] += 1 }
        return zip(names, shares).flatMap { sample(areas[$0]!, $1, &generator) }.sorted()
    }

    /// `count` of the rows, each subset equally likely (the first `count` of a Fisher–Yates
    /// shuffle), in register order.
    private static func sample(_ rows: [Int], _ count: Int, _ generator: inout SplitMix64) -> [Int] {
        var rows = rows
        generator.shuffle(&rows)
        return rows.prefix(count).sorted()
    }
}
