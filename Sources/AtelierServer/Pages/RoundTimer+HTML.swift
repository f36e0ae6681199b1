import AtelierKit

extension RoundTimer {
    /// The time left as text that is right when drawn (`Time left: 4:59`, or paused); the wall's script
    /// counts down from `data-left` while the timer runs.
    func html(_ language: Language, now: ContinuousClock.Instant = .now) -> String {
        let seconds = secondsLeft(at: now)
        let clock = "\(seconds / 60):\(seconds % 60 < 10 ? "0" : "")\(seconds % 60)"
        return "<p class=\"timer\" data-left=\"\(seconds)\"\(running ? " data-running=\"1\"" : "")>"
            + "\(HTML.labelled(language(.timeLeft), language))<strong>\(clock)</strong>"
            + (running ? "" : " (\(HTML.escape(language(.paused))))") + "</p>"
    }
}
