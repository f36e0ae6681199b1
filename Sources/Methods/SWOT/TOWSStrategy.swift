import AtelierKit

/// A cross-strategy of the TOWS matrix: an internal factor (strength or weakness) met with an
/// external one (opportunity or threat).
///
/// Each strategy yields candidate challenges: items of kind `challenge` that build on the internal
/// factor (`buildsOn`) and address the external one (`addresses`).
enum TOWSStrategy: String, CaseIterable {
    /// Use a strength to seize an opportunity.
    case so
    /// Use a strength to counter a threat.
    case st
    /// Seize an opportunity to overcome a weakness.
    case wo
    /// Reduce a weakness so that a threat does less harm.
    case wt

    /// The quadrant the strategy builds on.
    var internalQuadrant: Quadrant {
        switch self {
        case .so, .st: .strength
        case .wo, .wt: .weakness
        }
    }

    /// The quadrant the strategy addresses.
    var externalQuadrant: Quadrant {
        switch self {
        case .so, .wo: .opportunity
        case .st, .wt: .threat
        }
    }

    /// The identifier of the strategy's `number`th candidate challenge in a step: `day1-swot-so-1`.
    func challengeID(step: String, number: Int) -> String { "\(step)-\(rawValue)-\(number)" }

    /// Which ranks to cross, strongest pairs first.
    ///
    /// The top `top` items of each quadrant are crossed pairwise; pairs are ordered by the sum of their
    /// ranks, then by the internal rank: (1,1), (1,2), (2,1), (1,3), (2,2), (3,1), …
    /// - Returns: 0-based positions in the two ranked quadrants.
    static func pairs(internalCount: Int, externalCount: Int, top: Int) -> [(internal: Int, external: Int)] {
        let internalTop = min(top, internalCount)
        let externalTop = min(top, externalCount)
        var pairs: [(internal: Int, external: Int)] = []
        for i in 0..<internalTop {
            for e in 0..<externalTop { pairs.append((i, e)) }
        }
        return pairs.sorted { ($0.internal + $0.external, $0.internal) < ($1.internal + $1.external, $1.internal) }
    }
}
