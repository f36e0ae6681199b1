import AtelierKit

/// A quadrant of the SWOT grid, named after the kind of card it holds.
enum Quadrant: String, CaseIterable {
    case strength, weakness, opportunity, threat

    /// The quadrant that holds cards of this kind, if any.
    init?(_ kind: ItemKind) {
        self.init(rawValue: kind.rawValue)
    }

    /// The kind of card the quadrant holds.
    var kind: ItemKind { ItemKind(rawValue: rawValue)! }
}
