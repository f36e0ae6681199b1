import ArgumentParser
import AtelierKit
import Foundation

/// The `atelier` command: runs participatory workshops and exports their action lists.
@main
struct Atelier: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atelier",
        abstract: "Run participatory workshops and export the agreed actions as OpenDocument and XML.",
        version: AtelierVersion.current,
        subcommands: [Init.self, Methods.self, Plan.self, Import.self, Run.self, Show.self, Status.self, Log.self, FollowUpCommand.self, Undo.self, Export.self, Panel.self, Serve.self, Demo.self]
    )

    /// Exit statuses: 0 success, 1 a user error (reported on standard error), 2 a usage error.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
            Interruption.awaitInterruption()
        } catch {
            Interruption.awaitInterruption()
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
