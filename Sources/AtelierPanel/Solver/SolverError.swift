/// A problem the solver could not be asked, or could not answer.
public enum SolverError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A coefficient, bound or index that GLPK would abort on, refused before calling it.
    case invalidInput(String)
    /// GLPK stopped without an answer (its return code and what it means).
    case failed(String)

    public var description: String {
        switch self {
        case .invalidInput(let what): "the solver was given \(what)"
        case .failed(let what): "the solver failed: \(what)"
        }
    }
}
