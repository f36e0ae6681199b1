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

    /// The registry folder (see ``RegistryLocation``).
    var registryURL: URL { RegistryLocation.resolve(methods) }

    /// Loads and checks the registry.
    func loadRegistry() throws -> Registry { try RegistryLocation.load(registryURL) }

    /// A runner over the registry and the built-in modules.
    func runner() throws -> Runner { try RegistryLocation.runner(registryURL) }
}
