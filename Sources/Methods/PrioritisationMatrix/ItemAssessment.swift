import AtelierKit

/// What the matrix says about one item: its aggregate per criterion, its weighted score, its quadrant,
/// and what is missing or disputed.
struct ItemAssessment {
    /// A criterion on which the raters' values lie far apart.
    struct Disagreement {
        let criterion: Criterion
        /// The low and high ends of the spread measured: the lowest and highest value, or the first and
        /// third quartile from ``ItemAssessment/quartilesFrom`` raters on.
        let lowest: Double
        let highest: Double
        let raters: Int

        /// Whether the spread is the middle half of the values (quartiles) rather than their full range.
        var middleHalf: Bool { raters >= ItemAssessment.quartilesFrom }
    }

    /// From this many raters on, disagreement is measured on the middle half of the values (the
    /// interquartile range), so one or two outliers in a large room do not flag every item; below it,
    /// on the full range, since quartiles of a handful of values say little.
    static let quartilesFrom = 6

    /// The low and high ends of the spread of some values: their range with fewer than
    /// ``quartilesFrom`` values, else their first and third quartiles (linear interpolation between
    /// the sorted values, as spreadsheets' QUARTILE computes them).
    static func spread(_ values: [Double]) -> (low: Double, high: Double) {
        let sorted = values.sorted()
        guard sorted.count >= quartilesFrom else { return (sorted.first ?? 0, sorted.last ?? 0) }
        func quantile(_ p: Double) -> Double {
            let position = p * Double(sorted.count - 1)
            let below = Int(position.rounded(.down))
            let above = min(below + 1, sorted.count - 1)
            return sorted[below] + (sorted[above] - sorted[below]) * (position - Double(below))
        }
        return (quantile(0.25), quantile(0.75))
    }

    let item: Item
    /// Position of the item in the workshop's recorded order: the last tie-break.
    let order: Int
    /// The aggregate value per criterion id, for the criteria the item has scores on.
    let aggregates: [String: Double]
    /// Criteria the item has no score on, in parameter order.
    let missing: [Criterion]
    let disagreements: [Disagreement]
    /// Σ wᵢ·uᵢ / Σ wᵢ carried onto the first criterion's scale; nil when a score is missing.
    let weightedScore: Double?
    /// The first criterion's value on 0…1, turned round when lower is better; nil when missing.
    let firstNormalised: Double?
    /// Nil when the item lacks a score on either axis.
    let quadrant: Quadrant?

    var isComplete: Bool { missing.isEmpty }
}

/// Turns the collected scores into one ``ItemAssessment`` per item.
///
/// The weighted score is `min₁ + (max₁ − min₁) · Σ wᵢ·uᵢ / Σ wᵢ`, where `uᵢ = (xᵢ − minᵢ) / (maxᵢ − minᵢ)`
/// for a criterion where higher is better, `uᵢ = (maxᵢ − xᵢ) / (maxᵢ − minᵢ)` where lower is better,
/// `xᵢ` the item's aggregate, `wᵢ` the criterion's weight, and `min₁…max₁` the first criterion's scale.
/// With the usual shared 1–5 scale it is the weighted mean of the aggregates, lower-is-better values
/// read as `6 − x`; it always lies on the first criterion's scale.
struct MatrixAssessor {
    /// Equality margin so that a mean such as 3.0000000000000004 still meets a threshold of 3.
    private static let margin = 1e-9

    let criteria: MatrixCriteria
    let aggregate: MatrixSettings.Aggregate
    let firstThreshold: Double
    let secondThreshold: Double
    let disagreementThreshold: Double

    /// - Throws: ``MethodError`` when a threshold lies outside its criterion's scale.
    init(criteria: MatrixCriteria, settings: MatrixSettings) throws {
        self.criteria = criteria
        aggregate = settings.aggregate
        firstThreshold = try Self.threshold(settings.firstThreshold, "first_threshold", criteria.first)
        secondThreshold = try Self.threshold(settings.secondThreshold, "second_threshold", criteria.second)
        disagreementThreshold = settings.disagreementThreshold
    }

    private static func threshold(_ given: Double?, _ name: String, _ criterion: Criterion) throws -> Double {
        guard let given else { return criterion.midpoint }
        guard criterion.accepts(given) else {
            throw MethodError(
                "parameter \(name): \(figure(given)) lies outside the scale of criterion '\(criterion.id)' "
                    + "(\(figure(criterion.scaleMin))–\(figure(criterion.scaleMax)))")
        }
        return given
    }

    func assess(_ item: Item, order: Int, sheet: ScoreSheet) -> ItemAssessment {
        let byCriterion = sheet.values[item.id] ?? [:]
        var aggregates: [String: Double] = [:]
        var missing: [Criterion] = []
        var disagreements: [ItemAssessment.Disagreement] = []
        var weightedSum = 0.0
        for criterion in criteria.all {
            guard let values = byCriterion[criterion.id], !values.isEmpty else {
                missing.append(criterion)
                continue
            }
            let value = combine(values)
            aggregates[criterion.id] = value
            weightedSum += criterion.weight * Self.normalised(value, on: criterion)
            let (low, high) = ItemAssessment.spread(values)
            if values.count >= 2 && (high - low) / (criterion.scaleMax - criterion.scaleMin) > disagreementThreshold + Self.margin {
                disagreements.append(.init(criterion: criterion, lowest: low, highest: high, raters: values.count))
            }
        }
        var weighted: Double?
        if missing.isEmpty {
            let totalWeight = criteria.all.reduce(0) { $0 + $1.weight }
            let first = criteria.first
            weighted = first.scaleMin + (first.scaleMax - first.scaleMin) * weightedSum / totalWeight
        }
        var quadrant: Quadrant?
        if let x = aggregates[criteria.first.id], let y = aggregates[criteria.second.id] {
            quadrant = Quadrant(
                firstFavourable: favourable(x, criteria.first, firstThreshold),
                secondFavourable: favourable(y, criteria.second, secondThreshold))
        }
        return ItemAssessment(
            item: item, order: order, aggregates: aggregates, missing: missing, disagreements: disagreements,
            weightedScore: weighted,
            firstNormalised: aggregates[criteria.first.id].map { Self.normalised($0, on: criteria.first) },
            quadrant: quadrant)
    }

    /// The mean, or the median (the mean of the two middle values for an even count).
    private func combine(_ values: [Double]) -> Double {
        switch aggregate {
        case .mean:
            return values.reduce(0, +) / Double(values.count)
        case .median:
            let sorted = values.sorted()
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
    }

    /// A value at the threshold counts as favourable: at or above it where higher is better, at or
    /// below it where lower is better.
    private func favourable(_ value: Double, _ criterion: Criterion, _ threshold: Double) -> Bool {
        switch criterion.direction {
        case .higherIsBetter: value >= threshold - Self.margin
        case .lowerIsBetter: value <= threshold + Self.margin
        }
    }

    /// The value on 0…1, 1 being the best end of the scale.
    static func normalised(_ value: Double, on criterion: Criterion) -> Double {
        let width = criterion.scaleMax - criterion.scaleMin
        switch criterion.direction {
        case .higherIsBetter: return (value - criterion.scaleMin) / width
        case .lowerIsBetter: return (criterion.scaleMax - value) / width
        }
    }
}
