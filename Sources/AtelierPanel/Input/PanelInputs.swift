import Crypto
import Foundation

/// What a draw is made from: the quotas and the pool, both checked.
public struct PanelInputs: Sendable, Equatable {
    public var quotas: Quotas
    public var pool: Pool

    public init(quotas: Quotas, pool: Pool) {
        self.quotas = quotas
        self.pool = pool
    }

    /// Checks settings against the inputs: seats from 1 to the respondents, alternates from 0 to
    /// ``DrawSettings/mostAlternates``, and quotas whose minimums and maximums can add up to the seats.
    /// - Throws: ``PanelError``, or ``ImportError`` naming the quotas file.
    public func check(_ settings: DrawSettings) throws {
        let people = pool.respondents.count
        guard (1...people).contains(settings.seats) else { throw PanelError.seats(settings.seats, people: people) }
        guard (0...DrawSettings.mostAlternates).contains(settings.alternates) else { throw PanelError.alternates(settings.alternates) }
        try quotas.check(seats: settings.seats)
    }

    /// The inputs and settings as one text, the same bytes on every machine: what the commitment
    /// hashes, and what can be published beside it for anyone to hash again.
    ///
    /// One line per item, fields separated by tabs, with backslash, tab, carriage return and line
    /// feed written `\\`, `\t`, `\r`, `\n`: the format and settings, each quota in file order, then
    /// each respondent in file order with their id, their value of each feature and their household.
    public func canonicalText(_ settings: DrawSettings) -> String {
        var lines = [
            ["atelier-panel-inputs", "1"],
            ["seats", String(settings.seats)],
            ["algorithm", settings.algorithm.rawValue],
            ["alternates", String(settings.alternates)],
            ["features"] + quotas.features,
            ["households"] + pool.addressColumns,
        ]
        lines += quotas.quotas.map { ["quota", $0.feature, $0.value, String($0.min), String($0.max)] }
        lines += pool.respondents.map { ["person", $0.id] + $0.values + [$0.household ?? ""] }
        return lines.map { $0.map(Self.escaped).joined(separator: "\t") + "\n" }.joined()
    }

    /// The SHA-256 of ``canonicalText(_:)``, in lower-case hexadecimal.
    public func hash(_ settings: DrawSettings) -> String {
        SHA256.hash(data: Data(canonicalText(settings).utf8)).map { String(format: "%02x", $0) }.joined()
    }

    private static func escaped(_ field: String) -> String {
        guard field.contains(where: { "\\\t\r\n".contains($0) }) else { return field }
        return field.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\n", with: "\\n")
    }
}
