import ArgumentParser
import AtelierKit

extension Atelier {
    /// `atelier log`: the history of changes.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the history of changes, oldest first.",
            discussion: "Example:\n  atelier log")

        @OptionGroup var options: WorkshopOptions

        func run() throws {
            try reportingErrors {
                for entry in try options.openStore().journal() {
                    let mark = entry.undone ? " (undone)" : ""
                    print("#\(entry.id)  \(Console.dim(entry.at))  \(Console.bold(entry.command))\(mark)")
                    print("     \(Console.clean(entry.summary))")
                }
            }
        }
    }
}
