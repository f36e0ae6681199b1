import ArgumentParser
import AtelierKit

/// The `atelier` command: runs participatory workshops and exports their action lists.
@main
struct Atelier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atelier",
        abstract: "Run participatory workshops and export the agreed actions as OpenDocument and XML.",
        version: AtelierVersion.current,
        subcommands: []
    )
}
