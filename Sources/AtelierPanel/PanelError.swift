/// Why a panel cannot be drawn.
public enum PanelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No panel of this many seats meets the quotas (`atelier panel check` says what to relax).
    case infeasible(seats: Int)
    /// Every attempt of the legacy greedy draw got stuck.
    case legacyFailed(attempts: Int)

    public var description: String {
        switch self {
        case .infeasible(let seats):
            "no panel of \(seats) seats meets the quotas; `atelier panel check --seats \(seats)` says which quotas to relax"
        case .legacyFailed(let attempts):
            "the legacy draw got stuck \(attempts) times over; the quotas are too tight for it (try --algorithm maximin)"
        }
    }
}
