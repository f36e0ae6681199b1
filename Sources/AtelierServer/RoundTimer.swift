/// The console's round timer: a number of minutes counted down, which the facilitator pauses and
/// resumes. It lives in the room's memory only (a restarted server has no timer running).
struct RoundTimer: Sendable, Equatable {
    /// The time that was left when the timer last started, resumed or paused.
    private var left: Duration
    /// When the timer last started or resumed; nil while it is paused.
    private var since: ContinuousClock.Instant?

    /// The longest round the console takes, in minutes.
    static let maxMinutes = 240

    /// A timer of `minutes`, running from `now`.
    init(minutes: Int, now: ContinuousClock.Instant = .now) {
        left = .seconds(minutes * 60)
        since = now
    }

    /// Whether the timer is counting down (it may have reached zero).
    var running: Bool { since != nil }

    /// The whole seconds left at `now` (zero once the round is over).
    func secondsLeft(at now: ContinuousClock.Instant = .now) -> Int {
        let remaining = since.map { left - (now - $0) } ?? left
        return max(0, Int(remaining.components.seconds))
    }

    /// Stops the countdown, keeping the time left.
    mutating func pause(now: ContinuousClock.Instant = .now) {
        left = .seconds(secondsLeft(at: now))
        since = nil
    }

    /// Counts down again from the time left.
    mutating func resume(now: ContinuousClock.Instant = .now) {
        if since == nil { since = now }
    }
}
