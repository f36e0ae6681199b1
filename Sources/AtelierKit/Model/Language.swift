/// A working language of Atelier: labels, method names and exports exist in each.
public enum Language: String, Codable, Sendable, CaseIterable, Comparable {
    case en, fr, nl, de

    /// The BCP 47 country-qualified tag exports declare (`fo:language` and `fo:country`).
    public var country: String {
        switch self {
        case .en: "GB"
        case .fr: "BE"
        case .nl: "BE"
        case .de: "BE"
        }
    }

    public static func < (lhs: Language, rhs: Language) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
