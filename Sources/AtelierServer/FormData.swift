import Foundation

/// The fields of a submitted form (`application/x-www-form-urlencoded`), read from a body already cut
/// to the room's size limit.
struct FormData: Sendable {
    private var fields: [String: String] = [:]

    /// Decodes `a=1&b=x+y`; a name given twice keeps its first value, a malformed escape stays as typed.
    init(_ body: String) {
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            if fields[name] == nil { fields[name] = parts.count > 1 ? Self.decode(parts[1]) : "" }
        }
    }

    /// A form filled in by the room itself (the rehearsal's phones).
    init(_ fields: [String: String]) {
        self.fields = fields
    }

    subscript(_ name: String) -> String? { fields[name] }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
