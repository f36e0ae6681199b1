import ArgumentParser
import AtelierPanel
import Foundation

extension Atelier {
    /// `atelier panel`: a citizens' panel drawn by stratified lottery, in a panel file of its own.
    struct Panel: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw a citizens' panel by stratified lottery: letters, quotas, a fair and auditable draw.",
            discussion: """
                A panel is drawn in two stages: letters go to addresses drawn from a population register (invite); the people who answer are the pool, and the panel is drawn from them so that each group is within its quotas (draw). The panel's quotas, pool, commitment and draw are kept in a panel file (panel.json, or --panel PATH, or $ATELIER_PANEL), plain JSON, apart from the workshop file.

                The quotas and respondents files are those of sortition-algorithms (feature,value,min,max; an id column and one column per feature), so files move between the two tools unchanged.

                Example:
                  atelier panel invite register.csv --letters 3000 --seed "2026-03-01 Lotto 4 11 23 35 41 44" --output letters.csv
                  atelier panel import quotas features.csv
                  atelier panel import respondents respondents.csv --address-columns address,postcode
                  atelier panel check --seats 30
                  atelier panel commit --seats 30 --algorithm leximin
                  atelier panel reveal --seed "Lotto 7 12 19 28 33 40"
                """,
            subcommands: [Invite.self, Import.self, Check.self, Draw.self, Commit.self, Reveal.self, Record.self, Seat.self])
    }
}

/// Where the panel file is.
struct PanelOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The panel file (default: $ATELIER_PANEL or ./panel.json).", valueName: "path"))
    var panel: String?

    /// The path as messages show it.
    var display: String { panel ?? ProcessInfo.processInfo.environment["ATELIER_PANEL"] ?? "panel.json" }

    var url: URL { URL(fileURLWithPath: display) }

    func read() throws -> PanelFile { try PanelFile.read(url, display: display) }

    func write(_ file: PanelFile) throws { try file.write(to: url, display: display) }
}

extension DrawAlgorithm: ExpressibleByArgument {}
