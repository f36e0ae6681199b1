import AtelierKit
import Foundation

/// Finds and loads the registry of method modules.
enum RegistryLocation {
    /// The registry folder: the one named, `$ATELIER_METHODS`, `./methods`, or the first `methods/`
    /// folder above the executable (so a built `atelier` finds its package's registry from anywhere).
    static func resolve(_ explicit: String?) -> URL {
        if let explicit { return URL(fileURLWithPath: explicit).standardizedFileURL }
        if let env = ProcessInfo.processInfo.environment["ATELIER_METHODS"], !env.isEmpty {
            return URL(fileURLWithPath: env).standardizedFileURL
        }
        let local = URL(fileURLWithPath: "methods").standardizedFileURL
        if isRegistry(local) { return local }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("methods")
            if isRegistry(candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        return local
    }

    private static func isRegistry(_ url: URL) -> Bool {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    }

    /// Loads and checks the registry against the built-in modules.
    static func load(_ url: URL) throws -> Registry {
        try Registry.load(from: url, builtinModules: Set(BuiltinMethods.all.map { type(of: $0).moduleName }))
    }

    /// A runner over the registry and the built-in modules, with the user's trusted external methods,
    /// confined by bubblewrap when it is on the `PATH`.
    static func runner(_ url: URL) throws -> Runner {
        Runner(registry: try load(url), builtins: BuiltinMethods.all, trust: trustStore,
               sandbox: Sandbox.find(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? ""))
    }

    /// The user's record of trusted external methods (see ``TrustStore/user(environment:)``).
    static var trustStore: TrustStore { TrustStore.user(environment: ProcessInfo.processInfo.environment) }
}
