/// Why a panel cannot be drawn.
public enum PanelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// No panel of this many seats meets the quotas (`atelier panel check` says what to relax).
    case infeasible(seats: Int)
    /// Every attempt of the legacy greedy draw got stuck.
    case legacyFailed(attempts: Int)
    /// A number of seats below one or above the respondents.
    case seats(Int, people: Int)
    /// A number of alternates below zero or above ``DrawSettings/mostAlternates``.
    case alternates(Int)

    public var description: String {
        switch self {
        case .infeasible(let seats):
            "no panel of \(seats) seats meets the quotas; `atelier panel check --seats \(seats)` says which quotas to relax"
        case .legacyFailed(let attempts):
            "the legacy draw got stuck \(attempts) times over; the quotas are too tight for it (try --algorithm maximin)"
        case .seats(let seats, let people):
            "\(seats) seats: a panel has from 1 seat to as many as the \(people) respondents"
        case .alternates(let count):
            "\(count) alternates: list from 0 to \(DrawSettings.mostAlternates)"
        }
    }
}
