/// Progress that adds up: a parent's progress is the weighted mean of those of its children that
/// have one (their own rolled up first), each child weighing its ``FollowUp/weight``; an action
/// without children keeps the progress it reports. The weights are kept, so a report prints how
/// each figure was made rather than a sum nobody can check.
public struct ProgressRollUp: Sendable {
    /// One action's figure.
    public struct Figure: Sendable, Equatable {
        /// Per cent, 0 to 100; nil when neither the action nor any child reports one.
        public var progress: Double?
        /// The children that count, with their weight and progress, in recorded order; empty for an
        /// action whose figure is its own.
        public var parts: [Part]
    }

    /// A child's share of its parent's figure.
    public struct Part: Sendable, Equatable {
        public var action: String
        public var weight: Double
        public var progress: Double
    }

    /// The figure of each action, by id.
    public let figures: [String: Figure]

    /// Rolls the progress of `actions` up their parents (the import refuses a parent that leads back).
    public init(_ actions: [Action]) {
        let children = Dictionary(grouping: actions.filter { $0.followUp.parent != nil }, by: { $0.followUp.parent! })
        var figures: [String: Figure] = [:]
        func figure(_ action: Action, visiting: Set<String>) -> Figure {
            if let known = figures[action.id] { return known }
            let kids = (children[action.id] ?? []).filter { !visiting.contains($0.id) }
            var result = Figure(progress: action.followUp.progress.map(Double.init), parts: [])
            if !kids.isEmpty {
                let parts = kids.compactMap { kid in
                    figure(kid, visiting: visiting.union([action.id])).progress.map { Part(action: kid.id, weight: kid.followUp.weight, progress: $0) }
                }
                if !parts.isEmpty {
                    let total = parts.map(\.weight).reduce(0, +)
                    result = Figure(progress: parts.map { $0.weight * $0.progress }.reduce(0, +) / total, parts: parts)
                }
            }
            figures[action.id] = result
            return result
        }
        for action in actions { _ = figure(action, visiting: [action.id]) }
        self.figures = figures
    }

    /// `45 % = (40 × 1 + 60 × 2 + 30 × 1) / 4 (A04, A05, A06)`, or the reported figure alone.
    public func explanation(of id: String) -> String? {
        guard let figure = figures[id], let progress = figure.progress else { return nil }
        let value = Self.percent(progress)
        guard !figure.parts.isEmpty else { return value }
        let terms = figure.parts.map { "\(Self.number($0.progress)) × \(FollowUp.weightText($0.weight))" }.joined(separator: " + ")
        let total = FollowUp.weightText(figure.parts.map(\.weight).reduce(0, +))
        return "\(value) = (\(terms)) / \(total) (\(figure.parts.map(\.action).joined(separator: ", ")))"
    }

    /// A percentage rounded to a whole number: `45 %`.
    public static func percent(_ value: Double) -> String { "\(number(value)) %" }

    private static func number(_ value: Double) -> String { String(Int(value.rounded())) }
}
