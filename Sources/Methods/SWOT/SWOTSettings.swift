import AtelierKit

/// The SWOT method's parameters, read from a request and checked.
struct SWOTSettings {
    /// Items shown per quadrant in the result.
    let maxItems: Int
    /// Similarity from which two cards of a quadrant are merged; 1 merges identical texts only.
    let mergeThreshold: Double
    /// How many top items of each quadrant the TOWS cross-strategies pair; 0 derives no challenges.
    let towsPairs: Int

    /// Reads the parameters the manifest declares (`max_items`, `merge_threshold`, `tows_pairs`).
    /// - Throws: ``MethodError`` when one is missing or outside its bounds, which happens only when
    ///   the method is called without the host's checks.
    init(_ request: MethodRequest) throws {
        maxItems = try request.integer("max_items")
        mergeThreshold = try request.number("merge_threshold")
        towsPairs = try request.integer("tows_pairs")
        guard maxItems >= 1 else {
            throw MethodError("parameter max_items is \(maxItems); it must be at least 1")
        }
        guard (0...1).contains(mergeThreshold) else {
            throw MethodError("parameter merge_threshold is \(mergeThreshold); it must be between 0 and 1")
        }
        guard towsPairs >= 0 else {
            throw MethodError("parameter tows_pairs is \(towsPairs); it must be 0 or more")
        }
    }
}
