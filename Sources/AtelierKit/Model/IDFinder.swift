/// The positions of unique ids in a list, found quickest when asked for in the list's order.
///
/// Ballot files, score sheets and the participants they name usually come from the same export, in
/// the same order: each id is first tried at the position of the last one found, then at the next,
/// a look at the next element of an array. Only an id out of order builds the ``IDIndex`` of the whole list (once),
/// so a vote whose voters follow the panel's order never hashes a voter (see BENCHMARKS.md).
public struct IDFinder: Sendable {
    /// The ids, by position; each appears once.
    public private(set) var ids: [String]
    private var index: IDIndex?
    private var next = 0
    /// Ids found out of order in a row: past a few, the list's order is not the order asked in, and
    /// the next element is no longer looked at first (a trip to memory for nothing) until the index
    /// finds an id right after the previous one again.
    private var misses = 0
    /// The id found last, at `next - 1`.
    private var last = ""

    /// A finder over ids that appear once each.
    public init(_ ids: [String]) {
        self.ids = ids
    }

    /// The position of an id, if the list has it.
    public mutating func position(of id: String) -> Int? {
        if next > 0, last == id { return next - 1 }
        if misses < 8, next < ids.count, ids[next] == id {
            next += 1
            last = id
            return next - 1
        }
        guard let position = built().number(of: id) else { return nil }
        misses = position == next ? 0 : misses + 1
        next = position + 1
        last = id
        return position
    }

    /// Adds an id at the end, unless the list has it already.
    /// - Returns: The id's position.
    @discardableResult
    public mutating func insert(_ id: String) -> Int {
        if let position = position(of: id) { return position }
        index?.insert(id)
        ids.append(id)
        return ids.count - 1
    }

    private mutating func built() -> IDIndex {
        if let index { return index }
        let built = IDIndex(ids)
        index = built
        return built
    }
}
