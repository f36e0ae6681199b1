import ArgumentParser
import AtelierKit

extension Atelier {
    /// `atelier undo`: reverts the last change.
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Revert the last change exactly (repeat to go further back).",
            discussion: "Example:\n  atelier undo")

        @OptionGroup var options: WorkshopOptions

        func run() throws {
            try reportingErrors {
                let entry = try options.openStore().undo()
                print(Console.clean("Undid #\(entry.id) \(entry.command): \(entry.summary)"))
            }
        }
    }
}
