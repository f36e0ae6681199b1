import ArgumentParser
import AtelierPanel
import Foundation

extension Atelier.Panel {
    /// `atelier panel import quotas|respondents FILE`.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import the quotas or the respondents into the panel file.",
            discussion: """
                quotas: feature,value,min,max (or category,name,min,max), optionally min_flex,max_flex; other columns are left aside.
                respondents: an id column (--id-column) and one column per feature of the quotas; other columns are kept and written back with the draw. With --address-columns, people at the same address are one household, and at most one person per household sits on the panel.

                Import the quotas first: the respondents are checked against them. A bad record changes nothing; the error names its line and column. Once the panel is committed, its inputs can no longer change.

                Example:
                  atelier panel import quotas features.csv
                  atelier panel import respondents respondents.csv --address-columns address,postcode
                """)

        enum Kind: String, ExpressibleByArgument, CaseIterable { case quotas, respondents }

        @OptionGroup var options: PanelOptions

        @Argument(help: "What the file holds: quotas or respondents.")
        var kind: Kind

        @Argument(help: "The CSV file.")
        var file: String

        @Option(help: ArgumentHelp("The respondents' id column.", valueName: "name"))
        var idColumn = "id"

        @Option(help: ArgumentHelp("The respondents' address columns, separated by commas (one person per household).", valueName: "names"))
        var addressColumns: String?

        func run() throws {
            try reportingErrors {
                var panel = try options.read()
                if let commitment = panel.commitment {
                    throw PanelFile.FileError(file: options.display, message: "the panel is committed (inputs \(commitment.inputsHash.prefix(12))…); its inputs can no longer change")
                }
                let table = try PanelTable(contentsOf: URL(fileURLWithPath: file), display: file)
                switch kind {
                case .quotas:
                    panel.quotas = table
                    let quotas = try panel.checkedQuotas(display: options.display)
                    if panel.respondents != nil { _ = try panel.inputs(display: options.display) }
                    print("Imported \(quotas.quotas.count) quotas on \(quotas.features.count) features (\(Console.clean(quotas.features.joined(separator: ", ")))).")
                case .respondents:
                    panel.respondents = table
                    panel.idColumn = idColumn
                    panel.addressColumns = addressColumns.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
                    let pool = try panel.inputs(display: options.display).pool
                    let households = Set(pool.respondents.compactMap(\.household)).count
                    print("Imported \(pool.respondents.count) respondents" + (pool.addressColumns.isEmpty ? "." : " from \(households) households."))
                }
                panel.draw = nil
                try options.write(panel)
            }
        }
    }
}
