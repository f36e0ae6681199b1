import ArgumentParser
import AtelierKit
import Foundation

/// Where the workshop file and the registry of method modules are.
struct WorkshopOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workshop file (default: $ATELIER_WORKSHOP or ./workshop.atelier).", valueName: "path"))
    var workshop: String?

    @Option(name: .long, help: ArgumentHelp("The registry folder of method modules (default: $ATELIER_METHODS, ./methods, or the one beside atelier).", valueName: "dir"))
    var methods: String?

    /// The workshop file's location.
    var workshopURL: URL {
        let path = workshop ?? ProcessInfo.processInfo.environment["ATELIER_WORKSHOP"] ?? "workshop.atelier"
        return URL(fileURLWithPath: path).standardizedFileURL
    }

    /// The path as messages show it.
    var workshopDisplay: String { workshop ?? ProcessInfo.processInfo.environment["ATELIER_WORKSHOP"] ?? "workshop.atelier" }

    /// Opens the workshop.
    func openStore() throws -> WorkshopStore { try WorkshopStore.open(at: workshopURL) }

    /// The registry folder: the option, the environment, `./methods`, or the first `methods/` folder
    /// above the executable (so a built `atelier` finds its package's registry from anywhere).
    var registryURL: URL {
        if let methods { return URL(fileURLWithPath: methods).standardizedFileURL }
        if let env = ProcessInfo.processInfo.environment["ATELIER_METHODS"], !env.isEmpty {
            return URL(fileURLWithPath: env).standardizedFileURL
        }
        let fm = FileManager.default
        let local = URL(fileURLWithPath: "methods").standardizedFileURL
        if Self.isRegistry(local) { return local }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("methods")
            if Self.isRegistry(candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        _ = fm
        return local
    }

    private static func isRegistry(_ url: URL) -> Bool {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return files.contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
    }

    /// Loads and checks the registry.
    func loadRegistry() throws -> Registry {
        try Registry.load(from: registryURL, builtinModules: Set(BuiltinMethods.all.map { type(of: $0).moduleName }))
    }

    /// A runner over the registry and the built-in modules.
    func runner() throws -> Runner {
        Runner(registry: try loadRegistry(), builtins: BuiltinMethods.all)
    }
}
