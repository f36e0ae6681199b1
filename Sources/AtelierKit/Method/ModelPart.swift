/// A part of the shared workshop model. Manifests declare which parts a method reads and writes;
/// the host refuses a result that writes a part its manifest did not declare.
public enum ModelPart: String, Codable, Sendable, CaseIterable, Comparable {
    case info
    case agenda
    case participants
    case items
    case categories
    case criteria
    case scores
    case ballots
    case results
    case actions

    public static func < (lhs: ModelPart, rhs: ModelPart) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
