/// The smallest change of the quotas that lets a panel meet them: minimums lowered and maximums
/// raised by as few places in total as possible, found by a mixed-integer program (the feasible
/// panels' program with a slack column on each side of each quota, the slacks' sum minimised).
public struct Relaxation: Sendable, Equatable {
    /// One quota's change.
    public struct Change: Sendable, Equatable, CustomStringConvertible {
        public var quota: Quota
        /// The new min, if lowered.
        public var min: Int?
        /// The new max, if raised.
        public var max: Int?

        /// `raise `age:16-24` max from 3 to 4`, `lower `education:low` min from 5 to 4`.
        public var description: String {
            [min.map { "lower `\(quota.name)` min from \(quota.min) to \($0)" },
             max.map { "raise `\(quota.name)` max from \(quota.max) to \($0)" }].compactMap { $0 }.joined(separator: " and ")
        }
    }

    /// The changes, in the quotas' order; empty when the quotas are feasible as they are.
    public var changes: [Change]

    /// The smallest relaxation of the quotas for this pool and number of seats; nil when no change
    /// of the quotas helps (fewer people, or households, than seats).
    public static func smallest(_ inputs: PanelInputs, seats: Int) throws -> Relaxation? {
        let problem = PanelProblem(pool: inputs.pool, quotas: inputs.quotas, seats: seats)
        let model = try problem.panelModel(sense: .minimise, slack: true)
        guard try model.solveInteger() else { return nil }
        let changes = inputs.quotas.quotas.enumerated().compactMap { index, quota -> Change? in
            let lower = Int(model.integerValue(problem.kinds.count + 2 * index).rounded())
            let upper = Int(model.integerValue(problem.kinds.count + 2 * index + 1).rounded())
            guard lower > 0 || upper > 0 else { return nil }
            return Change(quota: quota, min: lower > 0 ? quota.min - lower : nil, max: upper > 0 ? quota.max + upper : nil)
        }
        return Relaxation(changes: changes)
    }
}
