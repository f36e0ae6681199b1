import ArgumentParser
import AtelierPanel
import Foundation

extension Atelier.Panel {
    /// `atelier panel invite REGISTER --letters N --seed S --output FILE`.
    struct Invite: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the addresses that get an invitation letter from a population register.",
            discussion: """
                Every set of N addresses is equally likely. With --area-column, each area gets its share of the letters in proportion to its addresses in the register, drawn at random within it. The letters' list is the register's rows drawn, in register order, with its header. The same register and seed give the same list.

                Example:
                  atelier panel invite register.csv --letters 3000 --area-column municipality --seed 20260301 --output letters.csv
                """)

        @Argument(help: "The register: a CSV file, one address per row.")
        var register: String

        @Option(help: "How many letters.")
        var letters: Int

        @Option(help: "The seed: any text.")
        var seed: String

        @Option(help: ArgumentHelp("The register's area column, to share the letters among areas by population.", valueName: "name"))
        var areaColumn: String?

        @Option(help: ArgumentHelp("The letters' list to write (CSV).", valueName: "file"))
        var output: String

        func run() throws {
            try reportingErrors {
                let table = try PanelTable(contentsOf: URL(fileURLWithPath: register), display: register)
                let rows = try Invitation.draw(table, letters: letters, seed: seed, areaColumn: areaColumn)
                let text = PanelCSV.text(header: table.header, rows: rows.map { table.records[$0].fields })
                do {
                    try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
                } catch {
                    throw PanelFile.FileError(file: output, message: "cannot write the letters' list (\((error as NSError).localizedDescription))")
                }
                print("Drew \(rows.count) of \(table.records.count) addresses; wrote \(Console.clean(output)).")
            }
        }
    }
}
