import Foundation

/// How far an action has come, on the four-step scale administrations report progress with.
public enum ActionStatus: String, Codable, Sendable, CaseIterable {
    case notStarted = "not-started"
    case limited
    case substantial
    case completed

    /// Reads a status as people type it: `not started`, `not-started`, or the French, Dutch or German label.
    public init?(parsing text: String) {
        let key = text.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
        switch key {
        case "not started", "notstarted", "pas commencé", "pas commence", "non commencé", "niet gestart",
             "niet begonnen", "nicht begonnen", "nicht gestartet":
            self = .notStarted
        case "limited", "limité", "limite", "beperkt", "begrenzt", "gering":
            self = .limited
        case "substantial", "substantiel", "substantiële", "substantieel", "aanzienlijk", "erheblich", "wesentlich":
            self = .substantial
        case "completed", "complete", "done", "terminé", "termine", "achevé", "voltooid", "afgerond",
             "abgeschlossen":
            self = .completed
        default:
            return nil
        }
    }
}
