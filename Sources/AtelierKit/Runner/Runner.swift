import Foundation

/// Runs a registered method over a workshop: resolves the step, checks the parameters against the
/// manifest, calls the method with a snapshot of the parts its manifest reads (with info and agenda),
/// checks its changes against the workshop and the manifest's `writes`, and applies them in one
/// journalled transaction.
///
/// Built-in and external methods go through the same path; a method that throws, or returns changes
/// that do not fit, leaves the workshop exactly as it was.
public struct Runner: Sendable {
    public var registry: Registry
    /// Built-in modules by ``WorkshopMethod/moduleName``.
    public var builtins: [String: any WorkshopMethod]
    /// Where the user's consent to run external methods is recorded; without it no external method runs.
    public var trust: TrustStore?
    /// Bubblewrap to confine external methods in; nil runs them unconfined.
    public var sandbox: Sandbox?

    public init(registry: Registry, builtins: [any WorkshopMethod], trust: TrustStore? = nil, sandbox: Sandbox? = nil) {
        self.registry = registry
        self.trust = trust
        self.sandbox = sandbox
        var table: [String: any WorkshopMethod] = [:]
        for method in builtins { table[type(of: method).moduleName] = method }
        self.builtins = table
    }

    /// What a run did.
    public struct Outcome: Sendable {
        public var method: MethodManifest
        public var step: AgendaStep
        public var parameters: [String: ParameterValue]
        /// The `--param` values of the step's last run that this run reused, the command line not
        /// giving those keys again.
        public var reused: [String: String]
        public var summary: String
        public var entry: JournalEntry
        /// The result the run wrote for its step; nil when the method writes none.
        public var result: StepResult?
    }

    /// Runs a step of the agenda, or a method by id.
    ///
    /// A method id runs the agenda's step for that method when there is exactly one; otherwise it runs
    /// as an ad-hoc step whose id is the method id. The `--param` values of the step's last run are
    /// applied again, under the ones of this command line, and stored with the new result.
    /// - Parameters:
    ///   - target: A step id or a method id.
    ///   - overrides: `KEY=VALUE` parameters from the command line.
    ///   - store: The workshop.
    ///   - command: The command line, for the journal.
    /// - Throws: ``RunError``, ``ParameterError`` or ``StoreError``; the workshop is then unchanged.
    public func run(_ target: String, overrides: [String: String], in store: WorkshopStore, command: String) throws -> Outcome {
        let (_, agenda) = try store.infoAndAgenda()
        let (manifest, step) = try resolve(target, in: agenda)
        var parameters: [String: ParameterValue] = [:]
        var reused: [String: String] = [:]
        var summary = ""
        var stepResult: StepResult?
        // The method is handed the parts it reads; the check of its changes needs those they can touch,
        // and the parameters remembered from the last run are in the results.
        let reads = Set(manifest.reads)
        let loading = reads.union(ChangeValidator.partsRead(checking: Set(manifest.writes))).union([.results])
        let entry = try store.change(command: command, step: step.id, loading: loading) { workshop in
            reused = Self.remembered(for: step.id, of: manifest, in: workshop).filter { overrides[$0.key] == nil }
            let used = overrides.merging(reused) { given, _ in given }
            do {
                parameters = try manifest.resolveParameters(step: step.parameters, overrides: used)
            } catch var error as ParameterError where reused[error.parameter] != nil {
                error.message += " (the value of the last run of \(step.id); give --param \(error.parameter)=VALUE)"
                throw error
            }
            let request = MethodRequest(method: manifest.id, step: step, parameters: parameters,
                                        language: workshop.info.language, workshop: workshop.keeping(reads))
            var result = try invoke(manifest, request)
            let issues = Self.stepIssues(result.changes, step: step, method: manifest.id)
                + ChangeValidator(allowedParts: Set(manifest.writes)).issues(in: result.changes, for: workshop)
            guard issues.isEmpty else { throw RunError.invalidResult(method: manifest.id, issues: issues) }
            result.changes.results.indices.forEach { result.changes.results[$0].parameters = used }
            summary = result.summary
            stepResult = result.changes.results.first
            return (result.changes, result.summary.isEmpty ? "Ran \(manifest.id)." : result.summary)
        }
        return Outcome(method: manifest, step: step, parameters: parameters, reused: reused, summary: summary, entry: entry,
                       result: stepResult)
    }

    /// The `--param` values stored with the step's last result by the same method, for parameters the
    /// method still takes.
    static func remembered(for step: String, of manifest: MethodManifest, in workshop: Workshop) -> [String: String] {
        guard let last = workshop.results.first(where: { $0.step == step }), last.method == manifest.id else { return [:] }
        let known = Set(manifest.parameters.map(\.name))
        return last.parameters.filter { known.contains($0.key) }
    }

    /// Results that are not the one of the step run: a method writes at most one result, for its own
    /// step and under its own id, and so never replaces another step's result.
    static func stepIssues(_ changes: ChangeSet, step: AgendaStep, method: String) -> [ChangeIssue] {
        changes.results.enumerated().flatMap { index, result in
            var issues: [ChangeIssue] = []
            if result.step != step.id {
                issues.append(ChangeIssue(part: .results, index: index, field: "step", message:
                    "a result for step '\(result.step)', but the method was run for step '\(step.id)'; it may write only that step's result"))
            }
            if result.method != method {
                issues.append(ChangeIssue(part: .results, index: index, field: "method",
                                          message: "a result signed by method '\(result.method)', but '\(method)' was run"))
            }
            return issues
        }
    }

    /// The manifest and step a target names.
    public func resolve(_ target: String, in agenda: Agenda) throws -> (MethodManifest, AgendaStep) {
        if let step = agenda.step(target) {
            guard let methodID = step.method else { throw RunError.stepWithoutMethod(step: step.id) }
            guard let manifest = registry.manifest(methodID) else {
                throw RunError.unregisteredMethod(step: step.id, method: methodID)
            }
            return (manifest, step)
        }
        guard let manifest = registry.manifest(target) else {
            throw RunError.unknownTarget(target, steps: agenda.steps.map(\.id), methods: registry.manifests.map(\.id))
        }
        let steps = agenda.steps.filter { $0.method == target }
        if steps.count == 1 { return (manifest, steps[0]) }
        return (manifest, AgendaStep(id: target, title: manifest.name[.en], method: target))
    }

    /// Refuses an external method the user has not trusted, or that changed since.
    private func checkTrust(_ manifest: MethodManifest, program: URL) throws {
        let standing = try trust?.standing(of: manifest) ?? .unknown
        guard standing != .trusted else { return }
        let folder = registry.directory.map { ["--methods", Registry.display($0)] } ?? []
        let command = (["atelier", "methods", "trust", manifest.id] + folder).map(Self.shellQuoted).joined(separator: " ")
        throw RunError.untrusted(method: manifest.id, manifest: manifest.file.map(Registry.display) ?? manifest.id, program: program.path,
                                 standing: standing, command: command)
    }

    /// A word as a shell reads it back: quoted when it holds anything but letters, digits and `-_./=:@`.
    static func shellQuoted(_ word: String) -> String {
        let plain = word.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "-_./=:@".unicodeScalars.contains($0)) }
        return plain && !word.isEmpty ? word : "'" + word.replacingOccurrences(of: "'", with: #"'\''"#) + "'"
    }

    private func invoke(_ manifest: MethodManifest, _ request: MethodRequest) throws -> MethodResult {
        switch manifest.implementation {
        case .module(let name):
            guard let method = builtins[name] else {
                throw RunError.methodFailed(method: manifest.id, message: "built-in module '\(name)' is not part of this atelier")
            }
            do {
                return try method.run(request)
            } catch let error as MethodError {
                throw RunError.methodFailed(method: manifest.id, message: error.message)
            }
        case .executable(let spec):
            try checkTrust(manifest, program: spec.path)
            // An empty folder of its own, away from the workshop's file, removed once it has run.
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-\(manifest.id)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            defer { try? FileManager.default.removeItem(at: scratch) }
            let method = ExternalMethod(
                name: manifest.id, executable: spec.path, interpreter: spec.interpreter, arguments: spec.arguments,
                timeout: .milliseconds(Int(spec.timeoutSeconds * 1000)), maxOutputBytes: spec.maxOutputBytes,
                environment: spec.environment, workingDirectory: scratch, sandbox: sandbox)
            return try method.run(request)
        }
    }
}

extension Runner {
    /// Checks the methods of the steps an import names add for their data (a voter's dot budget, say),
    /// so an import is refused before anything is applied.
    ///
    /// Each step named by an imported ballot or score (with `--step` or in a `step` column) is checked
    /// against that step's ballots and scores; the issues found point into the whole change set. Empty
    /// when no named step's method has such checks.
    public func importIssues(_ changes: ChangeSet, workshop: Workshop) -> [ChangeIssue] {
        let steps = Self.steps(of: changes.ballots.lazy.map(\.step)).union(Self.steps(of: changes.scores.lazy.map(\.step)))
        for step in steps.sorted() {
            guard let agendaStep = workshop.agenda.step(step), let methodID = agendaStep.method,
                  let manifest = registry.manifest(methodID), case .module(let name) = manifest.implementation,
                  let checker = builtins[name] as? any ImportChecking
            else { continue }
            let parameters: [String: ParameterValue]
            do {
                parameters = try manifest.resolveParameters(step: agendaStep.parameters, overrides: [:])
            } catch {
                return [ChangeIssue(part: changes.ballots.isEmpty ? .scores : .ballots, index: nil, field: nil,
                                    message: "step '\(step)' cannot check what is imported into it: \(error)")]
            }
            let ballots = changes.ballots.indices.filter { changes.ballots[$0].step == step }
            let scores = changes.scores.indices.filter { changes.scores[$0].step == step }
            var ofStep = changes
            if ballots.count != changes.ballots.count { ofStep.ballots = ballots.map { changes.ballots[$0] } }
            if scores.count != changes.scores.count { ofStep.scores = scores.map { changes.scores[$0] } }
            let issues = checker.issues(inImport: ofStep, step: agendaStep, parameters: parameters, workshop: workshop)
            guard issues.isEmpty else {
                return issues.map { issue in
                    var issue = issue
                    switch issue.part {
                    case .ballots: issue.index = issue.index.flatMap { ballots.indices.contains($0) ? ballots[$0] : nil }
                    case .scores: issue.index = issue.index.flatMap { scores.indices.contains($0) ? scores[$0] : nil }
                    default: break
                    }
                    return issue
                }
            }
        }
        return []
    }

    /// Lets the method of each agenda step that writes actions derive what it owns of the imported
    /// actions (see ``ImportDeriving``), in agenda order, with the step's parameters and those of its
    /// last run; the result is checked as a method's result is.
    /// - Throws: ``ParameterError``, ``MethodError`` or ``RunError/invalidResult(method:issues:)``.
    public func deriving(_ changes: ChangeSet, workshop: Workshop) throws -> ChangeSet {
        var changes = changes
        for step in workshop.agenda.steps {
            guard let methodID = step.method, let manifest = registry.manifest(methodID),
                  manifest.writes.contains(.actions), case .module(let name) = manifest.implementation,
                  let method = builtins[name] as? any ImportDeriving
            else { continue }
            let parameters = try manifest.resolveParameters(
                step: step.parameters, overrides: Self.remembered(for: step.id, of: manifest, in: workshop))
            changes = try method.derive(inImport: changes, step: step, parameters: parameters, workshop: workshop)
            let issues = ChangeValidator(allowedParts: Set(manifest.writes)).issues(in: changes, for: workshop)
            guard issues.isEmpty else { throw RunError.invalidResult(method: manifest.id, issues: issues) }
        }
        return changes
    }

    /// The steps named, looked up once for each run of rows of the same step: a million ballots of
    /// one vote cost one insertion.
    private static func steps(of steps: some Sequence<String?>) -> Set<String> {
        var found = Set<String>()
        var previous: String?
        for step in steps where step != previous {
            if let step { found.insert(step) }
            previous = step
        }
        return found
    }
}
