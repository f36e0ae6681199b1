import ArgumentParser
import AtelierKit

extension Atelier {
    /// `atelier log`: the history of changes.
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the history of changes, oldest first, with what each return changed in the follow-up.",
            discussion: """
                Under an import of returns, each changed field of each action: its old and new value, the day it is dated and the file, sheet and row it came from. With --action, only that action's timeline.

                Example:
                  atelier log
                  atelier log --action A03
                """)

        @OptionGroup var options: WorkshopOptions

        @Option(help: ArgumentHelp("Show only the follow-up timeline of this action.", valueName: "id"))
        var action: String?

        func run() throws {
            try reportingErrors {
                let store = try options.openStore()
                let history = try store.history()
                if let action {
                    let timeline = history.filter { $0.action == action }
                    print(Console.bold("\(action): \(timeline.count) change\(timeline.count == 1 ? "" : "s")"))
                    for record in timeline { print(Console.clean("  \(record.date)  \(record.change)  (\(record.place))")) }
                    return
                }
                let byEntry = Dictionary(grouping: history, by: { $0.entry ?? 0 })
                for entry in try store.journal() {
                    let mark = entry.undone ? " (undone)" : ""
                    print("#\(entry.id)  \(Console.dim(entry.at))  \(Console.bold(entry.command))\(mark)")
                    print("     \(Console.clean(entry.summary))")
                    for record in byEntry[entry.id] ?? [] {
                        print(Console.clean("     \(record.date)  \(record.action)  \(record.change)  (\(record.place))"))
                    }
                }
            }
        }
    }
}
