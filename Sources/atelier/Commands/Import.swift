import ArgumentParser
import AtelierKit
import Foundation

extension Atelier {
    /// `atelier import KIND FILE`: brings a CSV file into the workshop, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import participants, items, categories, criteria, ballots, scores or actions from CSV.",
            discussion: """
                CSV files are UTF-8 (with or without BOM), separated by commas or semicolons. A file with one bad record changes nothing; the error names its line and column.

                Columns (those in brackets may be left out):
                  participants  id, name, [group], [role]
                  items         [id], text, kind, [category], [author], [builds_on],
                                [addresses], [dimension], [position]
                  categories    [id], name, [description]
                  criteria      id, [name], [min], [max], [weight], [direction]
                  ballots       [participant], item, dots (no participant: a paper round)
                  scores        [participant|group], item, criterion, value
                                or: item, then one column per criterion
                  actions       [id], title, [description], [problem], [carrier], [owner],
                                [partners], [horizon], [rank], [budget], [status], [items]

                A brainwriting idea's position is group/sheet/round/slot, for example 1/2/3/1.

                Example:
                  atelier import participants participants.csv
                  atelier import ballots votes.csv --step day2-vote
                """)

        @OptionGroup var options: WorkshopOptions

        @Argument(help: ArgumentHelp("What the file holds: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
        var kind: ImportKind

        @Argument(help: "The CSV file.")
        var file: String

        @Option(help: ArgumentHelp("The agenda step the ballots, scores or items belong to.", valueName: "step"))
        var step: String?

        func run() throws {
            try reportingErrors {
                let store = try options.openStore()
                let table = try CSVTable(contentsOf: URL(fileURLWithPath: file), displayPath: file)
                let runner = try? options.runner()
                let (_, agenda) = try store.infoAndAgenda()
                if let step, agenda.step(step) == nil {
                    throw ValidationError("--step \(step): no such step in the agenda (\(agenda.steps.map(\.id).joined(separator: ", ")))")
                }
                let importer = Importer(kind: kind, table: table, file: file, step: step)
                var summary = ""
                // Cards brought in for a step without a method (the vision round, say) complete that step.
                let completes = step.flatMap { agenda.step($0)?.method == nil ? $0 : nil }
                try store.change(command: "import \(kind.rawValue) \(file)", step: completes) { workshop in
                    let result = try importer.changes(for: workshop, extraChecks: runner.map { runner in
                        { changes, workshop in runner.importIssues(changes, step: step, workshop: workshop) }
                    })
                    summary = result.summary
                    return result
                }
                print(summary)
            }
        }
    }
}

extension ImportKind: ExpressibleByArgument {}
