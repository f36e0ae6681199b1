import AtelierKit
import Foundation

/// Finds and loads the registry: the built-in method modules and templates, and those a registry folder adds.
enum RegistryLocation {
    /// The registry folder adding modules: the one named, `$ATELIER_METHODS`, or `./methods` when it
    /// holds manifests or templates; nil for the built-ins alone.
    static func resolve(_ explicit: String?) -> URL? {
        if let explicit { return URL(fileURLWithPath: explicit).standardizedFileURL }
        if let env = ProcessInfo.processInfo.environment["ATELIER_METHODS"], !env.isEmpty {
            return URL(fileURLWithPath: env).standardizedFileURL
        }
        let local = URL(fileURLWithPath: "methods").standardizedFileURL
        let files = (try? FileManager.default.contentsOfDirectory(atPath: local.path)) ?? []
        return files.contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") || $0 == "templates" } ? local : nil
    }

    /// Loads and checks the built-in registry and the folder's additions.
    static func load(_ url: URL?) throws -> Registry {
        try Registry.load(from: url, builtIn: builtInRegistryFiles, builtinModules: Set(BuiltinMethods.all.map { type(of: $0).moduleName }))
    }

    /// A runner over the registry and the built-in modules, with the user's trusted external methods,
    /// confined by bubblewrap when it is on the `PATH`.
    static func runner(_ registry: Registry) -> Runner {
        Runner(registry: registry, builtins: BuiltinMethods.all, trust: trustStore,
               sandbox: Sandbox.find(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? ""))
    }

    /// The user's record of trusted external methods (see ``TrustStore/user(environment:)``).
    static var trustStore: TrustStore { TrustStore.user(environment: ProcessInfo.processInfo.environment) }
}
