import ArgumentParser
import AtelierKit
import Foundation

/// Where the workshop file and the registry of method modules are.
struct WorkshopOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The workshop file (default: $ATELIER_WORKSHOP or ./workshop.atelier).", valueName: "path"))
    var workshop: String?

    @Option(name: .long, help: ArgumentHelp("A registry folder adding method modules and templates to the built-in ones (default: $ATELIER_METHODS, or ./methods when it holds any).", valueName: "dir"))
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

    /// Loads and checks the registry: the built-ins and the folder's additions (see ``RegistryLocation``).
    func loadRegistry() throws -> Registry { try RegistryLocation.load(RegistryLocation.resolve(methods)) }

    /// A runner over the registry and the built-in modules.
    func runner() throws -> Runner { RegistryLocation.runner(try loadRegistry()) }
}
