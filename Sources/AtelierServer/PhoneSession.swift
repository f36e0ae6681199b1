/// One phone in the room, known by its random cookie. The link between the phone and the participant
/// lives in memory only: nothing of it reaches the workshop file or an export.
struct PhoneSession: Sendable {
    /// The participant the phone stands for: the person who picked their name, or a guest.
    var participant: String
    /// Whether the person picked their own name (their cards then carry it as author).
    var named: Bool
    /// The anti-forgery token every form of this phone carries.
    var formToken: String
    /// When the phone's recent submissions came, oldest first.
    var recent: [ContinuousClock.Instant] = []

    /// Notes a submission now, or refuses it when `limit` were made within `window`.
    mutating func admit(limit: Int, window: Duration, now: ContinuousClock.Instant = .now) throws(RoomError) {
        recent.removeAll { now - $0 > window }
        guard recent.count < limit else { throw .tooFast }
        recent.append(now)
    }
}
