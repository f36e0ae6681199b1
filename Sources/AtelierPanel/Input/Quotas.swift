import AtelierKit

/// The quotas of a panel, read from a features file in the shape `sortition-algorithms` reads:
/// columns `feature,value,min,max` (or its older `category,name,min,max`), optionally
/// `min_flex,max_flex`; other columns are left aside and rows with no feature skipped, as it does.
public struct Quotas: Sendable, Equatable {
    /// The file as messages name it.
    public var file: String
    /// Every quota, in file order.
    public var quotas: [Quota]
    /// The features, in the order the file first names them.
    public var features: [String]

    /// The largest min or max read: a panel has at most some hundreds of seats.
    static let largestCount = 100_000

    /// Reads and checks the quotas.
    /// - Throws: ``ImportError`` naming file, line and column: a missing column, a blank or
    ///   non-integer min or max, a min above its max, flex values inside min and max, a value listed twice.
    public init(_ table: PanelTable) throws {
        file = table.file
        let names = table.column("feature") != nil ? ("feature", "value") : ("category", "name")
        guard let featureColumn = table.column(names.0), let valueColumn = table.column(names.1),
              let minColumn = table.column("min"), let maxColumn = table.column("max") else {
            throw table.error(line: 1, "the header needs the columns feature, value, min and max (as sortition-algorithms reads them)")
        }
        let flex = (table.column("min_flex"), table.column("max_flex"))
        if (flex.0 == nil) != (flex.1 == nil) {
            throw table.error(line: 1, "min_flex and max_flex go together; give both columns or neither")
        }
        var quotas: [Quota] = []
        var seen: [String: Int] = [:]
        for row in table.records {
            let feature = row.fields[featureColumn].trimmedField
            if feature.isEmpty { continue }
            let value = row.fields[valueColumn].trimmedField
            guard !value.isEmpty else { throw table.error(line: row.line, column: table.header[valueColumn], "empty; name the value of `\(feature)`") }
            let count = { (column: Int) throws -> Int in try Self.count(row.fields[column], table: table, line: row.line, column: column) }
            let quota = Quota(feature: feature, value: value, min: try count(minColumn), max: try count(maxColumn), line: row.line)
            if quota.min > quota.max {
                throw table.error(line: row.line, column: table.header[maxColumn], "\(quota.max) is below the min \(quota.min) of `\(quota.name)`")
            }
            if let minFlex = flex.0, let maxFlex = flex.1 {
                if try count(minFlex) > quota.min {
                    throw table.error(line: row.line, column: table.header[minFlex], "above the min \(quota.min); min_flex may only lower it")
                }
                if try count(maxFlex) < quota.max {
                    throw table.error(line: row.line, column: table.header[maxFlex], "below the max \(quota.max); max_flex may only raise it")
                }
            }
            if let first = seen[quota.name] {
                throw table.error(line: row.line, column: table.header[valueColumn], "`\(quota.name)` is already given on line \(first)")
            }
            seen[quota.name] = row.line
            quotas.append(quota)
        }
        guard !quotas.isEmpty else { throw table.error("no quotas; the file needs one row per value of each feature") }
        self.quotas = quotas
        var features: [String] = []
        for quota in quotas where !features.contains(quota.feature) { features.append(quota.feature) }
        self.features = features
    }

    /// A min or max: a whole number from 0 to ``largestCount``.
    private static func count(_ field: String, table: PanelTable, line: Int, column: Int) throws -> Int {
        let text = field.trimmedField
        guard !text.isEmpty else { throw table.error(line: line, column: table.header[column], "empty; give a whole number") }
        guard let value = Int(text), value >= 0, value <= largestCount else {
            throw table.error(line: line, column: table.header[column], "`\(text)` is not a whole number from 0 to \(largestCount)")
        }
        return value
    }

    /// The quotas of one feature, in file order.
    public func quotas(of feature: String) -> [Quota] { quotas.filter { $0.feature == feature } }

    /// Checks the quotas against a panel size: each feature's minimums may not add up to more than
    /// the seats, nor its maximums to fewer.
    /// - Throws: ``ImportError`` at the feature's first line.
    public func check(seats: Int) throws {
        for feature in features {
            let rows = quotas(of: feature)
            let minimums = rows.reduce(0) { $0 + $1.min }
            let maximums = rows.reduce(0) { $0 + $1.max }
            if minimums > seats {
                throw ImportError(file: file, line: rows[0].line, field: "min", message:
                    "the minimums of `\(feature)` add up to \(minimums), more than the \(seats) seats; lower some of them")
            }
            if maximums < seats {
                throw ImportError(file: file, line: rows[0].line, field: "max", message:
                    "the maximums of `\(feature)` add up to \(maximums), fewer than the \(seats) seats; raise some of them")
            }
        }
    }
}

