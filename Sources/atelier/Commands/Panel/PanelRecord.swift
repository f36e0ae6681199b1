import ArgumentParser
import AtelierExport
import AtelierKit
import AtelierPanel
import Foundation

extension Atelier.Panel {
    /// `atelier panel record --title T --date D --language L`.
    struct Record: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write the official record of the last draw as .odt and .ods, for the bailiff to sign.",
            discussion: """
                The record gives the inputs' SHA-256, the seed, the method, the quotas and how many members each counts, the panel, the alternates in order, every respondent's chance of selection, and signature fields. It is strictly valid ODF 1.3; the same draw, title, date and language give the same bytes. Files: record-<language>.odt and .ods in the output folder.

                Example:
                  atelier panel record --title "Bürgerdialog Ostbelgien 2027" --date 2027-03-07 --language de
                """)

        @OptionGroup var options: PanelOptions

        @Option(help: "The panel's name, the record's title.")
        var title: String

        @Option(help: ArgumentHelp("The day of the draw.", valueName: "yyyy-mm-dd"))
        var date: CalendarDate

        @Option(help: "The record's language: en, fr, nl or de.")
        var language: Language = .en

        @Option(help: ArgumentHelp("The folder the record is written to.", valueName: "dir"))
        var output = "exports/panel"

        func run() throws {
            try reportingErrors {
                let (draw, inputs) = try options.read().verifiedDraw(display: options.display)
                let files = try record(draw, inputs).write(language: language, to: URL(fileURLWithPath: output), name: "record-\(language.rawValue)")
                print("Wrote \(Console.clean(files.map(\.path).joined(separator: " and "))).")
            }
        }

        /// The record's values, from the draw and its inputs.
        private func record(_ draw: PanelDraw, _ inputs: PanelInputs) -> PanelRecord {
            let members = Set(draw.panel)
            let people = inputs.pool.respondents
            let quotas = inputs.quotas.quotas.map { quota in
                let feature = inputs.quotas.features.firstIndex(of: quota.feature)!
                let seated = people.filter { members.contains($0.id) && $0.values[feature] == quota.value }.count
                return PanelRecord.Quota(feature: quota.feature, value: quota.value, min: quota.min, max: quota.max, seated: seated)
            }
            return PanelRecord(
                title: title, date: date, method: PanelRecord.Method(rawValue: draw.settings.algorithm.rawValue)!,
                seats: draw.settings.seats, lotteryPanels: draw.lotteryPanels,
                solver: draw.settings.algorithm == .legacy ? nil : PanelSolver.name, seed: draw.seed, inputsHash: draw.inputsHash,
                quotas: quotas,
                respondents: zip(people, draw.probabilities).map { .init(id: $0.id, probability: $1, selected: members.contains($0.id)) },
                alternates: draw.alternates.map { .init(id: $0.id, replaces: $0.replaces) })
        }
    }
}
