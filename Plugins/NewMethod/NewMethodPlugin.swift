import PackagePlugin

/// `swift package --allow-writing-to-package-directory new-method --id ID --name NAME`: creates a
/// built-in method module and wires it into the package and into `atelier`.
///
/// It checks everything first (see ``ScaffoldPlan``) and writes nothing when one check fails: each
/// problem is reported as an error and the command fails.
@main
struct NewMethodPlugin: CommandPlugin {
    func performCommand(context: PluginContext, arguments: [String]) async throws {
        do throws(ScaffoldRefusal) {
            let options = try NewMethodOptions(arguments)
            if options.help {
                print(NewMethodOptions.usage)
                return
            }
            let package = PackageFolder(root: context.package.directoryURL)
            let plan = try ScaffoldPlan(options, in: package)
            try ScaffoldWriter.write(plan, in: package)
            print(Self.report(plan))
        } catch {
            for problem in error.problems { Diagnostics.error(problem) }
            if let usage = error.usage { print(usage) }
            throw error
        }
    }

    /// What was created and changed, and what to do next.
    static func report(_ plan: ScaffoldPlan) -> String {
        let method = plan.method
        return (["Created method '\(method.id)' (module \(method.module), target \(method.target)):"]
            + plan.newFiles.map { "  new      \($0.path)" }
            + plan.changedFiles.map { "  changed  \($0.path)" }
            + [
                "Next: change run(_:) in Sources/Methods/\(method.module)/\(method.module).swift, the page and the test, then",
                "  swift test --filter \(method.module)Tests",
                "  swift build --product atelier && .build/debug/atelier run \(method.id)",
            ]).joined(separator: "\n")
    }
}
