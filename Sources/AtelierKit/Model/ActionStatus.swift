/// How far an action has come, on the four-step scale administrations report progress with.
public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case notStarted = "not-started"
    case limited
    case substantial
    case completed
}
