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
    /// The external method has not been trusted, or has changed since (``TrustStore/Standing``).
    /// `command` is the command line that trusts it.
    case untrusted(method: String, manifest: String, program: String, standing: TrustStore.Standing, command: String)

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
        case .untrusted(let method, let manifest, let program, let standing, let command):
            (standing == .changed
                ? "external method '\(method)' has changed since it was trusted (its manifest \(manifest) or its program \(program))"
                : "external method '\(method)' is not trusted yet: it would run the program \(program), declared by \(manifest)")
                + "; read them, then allow it with:\n  \(command)"
        }
    }
}
