/// Read access to a workshop for exporters: the small parts at once, the action list as a stream.
///
/// An action list can run to hundreds of thousands of rows in a permanent citizens' panel, so
/// exporters never ask for all actions at once: they visit them in order, and memory stays flat.
/// ``Workshop`` conforms (everything in memory); the store conforms by reading rows with a cursor.
public protocol WorkshopSource {
    /// The workshop with every part loaded except ``Workshop/actions``, which is empty.
    func workshopWithoutActions() throws -> Workshop

    /// How many actions there are, optionally only those of one kind of carrier.
    func actionCount(carrier: Carrier.Kind?) throws -> Int

    /// Visits the actions in priority order: ranked actions by rank, then unranked ones, each group in
    /// the order they were recorded. With a carrier kind, only the actions of that kind.
    func forEachAction(carrier: Carrier.Kind?, _ body: (Action) throws -> Void) throws

    /// The history of the actions' follow-up, oldest first.
    func history() throws -> [HistoryRecord]

    /// Runs `body` with a source that reads one state of the workshop throughout, whatever other
    /// processes write meanwhile: what several documents written by `body` describe is the same.
    /// A source that is already one state (a ``Workshop`` value) passes itself.
    func withSnapshot<T>(_ body: (any WorkshopSource) throws -> T) throws -> T
}

extension WorkshopSource {
    /// None: a source that keeps no history (a ``Workshop`` value) has none to give; the store keeps it.
    public func history() throws -> [HistoryRecord] { [] }

    public func withSnapshot<T>(_ body: (any WorkshopSource) throws -> T) throws -> T {
        try body(self)
    }
}

extension Workshop: WorkshopSource {
    public func workshopWithoutActions() throws -> Workshop {
        var copy = self
        copy.actions = []
        return copy
    }

    public func actionCount(carrier: Carrier.Kind?) throws -> Int {
        guard let carrier else { return actions.count }
        return actions.lazy.filter { $0.carrier.kind == carrier }.count
    }

    public func forEachAction(carrier: Carrier.Kind?, _ body: (Action) throws -> Void) throws {
        for action in Workshop.priorityOrder(actions) where carrier == nil || action.carrier.kind == carrier {
            try body(action)
        }
    }

    /// Actions in priority order: by rank (unranked last), ties and unranked in recorded order.
    public static func priorityOrder(_ actions: [Action]) -> [Action] {
        actions.enumerated().sorted { a, b in
            switch (a.element.rank, b.element.rank) {
            case let (x?, y?) where x != y: return x < y
            case (.some, nil): return true
            case (nil, .some): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
