import ArgumentParser
import AtelierKit
import AtelierPanel

extension Atelier.Panel {
    /// `atelier panel seat`: the drawn panel becomes the workshop's participants.
    struct Seat: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Make the drawn panel the workshop's participants, in one change (atelier undo takes it back).",
            discussion: """
                Each member becomes a participant with their id, a name (from --name-column, else the id) and their value of each feature as attributes, which methods such as teams read and no document exports. A participant with the same id is replaced; the others stay. The draw is made again from the panel file's inputs and seed first.

                Example:
                  atelier panel seat --name-column name
                """)

        @OptionGroup var options: PanelOptions
        @OptionGroup var workshop: WorkshopOptions

        @Option(help: ArgumentHelp("The respondents file's column holding names (default: people are named by their id).", valueName: "name"))
        var nameColumn: String?

        func run() throws {
            try reportingErrors {
                let (draw, inputs) = try options.read().verifiedDraw(display: options.display)
                let participants = try PanelSeating.participants(draw, inputs: inputs, nameColumn: nameColumn)
                let store = try workshop.openStore()
                let summary = "Seated the \(participants.count) members of the panel drawn with seed \"\(draw.seed)\" as participants."
                try store.change(command: "panel seat", loading: [.participants]) { _ in
                    (ChangeSet(participants: Edits(upsert: participants)), summary)
                }
                print(Console.clean(summary))
            }
        }
    }
}
