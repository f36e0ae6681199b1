/// Why `atelier run` did not change the workshop.
public enum RunError: Error, Sendable, CustomStringConvertible {
    /// Neither a step of the agenda nor a registered method.
    case unknownTarget(String, steps: [String], methods: [String])
    /// The step has no method to run.
    case stepWithoutMethod(step: String)
    /// The step names a method the registry does not declare.
    case unregisteredMethod(step: String, method: String)
    /// The method refused to run.
    case methodFailed(method: String, message: String)
    /// The method's result does not fit the workshop or its manifest.
    case invalidResult(method: String, issues: [ChangeIssue])

    public var description: String {
        switch self {
        case .unknownTarget(let target, let steps, let methods):
            "'\(target)' is neither a step of the agenda (\(steps.isEmpty ? "none" : steps.joined(separator: ", "))) nor a registered method (\(methods.joined(separator: ", ")))"
        case .stepWithoutMethod(let step):
            "step '\(step)' has no method to run"
        case .unregisteredMethod(let step, let method):
            "step '\(step)' names method '\(method)', which the registry does not declare (see 'atelier methods')"
        case .methodFailed(let method, let message):
            "\(method): \(message)"
        case .invalidResult(let method, let issues):
            "\(method) returned changes that cannot be applied; the workshop is unchanged:\n"
                + issues.prefix(20).map { "  - \($0)" }.joined(separator: "\n")
                + (issues.count > 20 ? "\n  … and \(issues.count - 20) more" : "")
        }
    }
}
