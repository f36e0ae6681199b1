import ArgumentParser
import AtelierPanel
import Foundation

extension Atelier.Panel {
    /// `atelier panel draw --seats K --algorithm A --seed S`.
    struct Draw: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the panel now, from a seed given here (for a draw in public, commit first and reveal).",
            discussion: """
                legacy: the greedy draw of sortition-algorithms, for comparison (its probabilities estimated from \(PanelDraw.legacyRuns) draws).
                maximin: the lottery over all panels that meet the quotas that makes the smallest selection probability as large as possible (Flanigan et al., Nature 2021).
                leximin: the same, then the next smallest, and so on.

                The draw writes selected.csv and remaining.csv (in the respondents file's shape), alternates.csv (in order: when a member drops out, the first alternate who can replace them takes the seat) and probabilities.csv. The same inputs and seed give the same files, byte for byte.

                Example:
                  atelier panel draw --seats 30 --algorithm leximin --seed 20260301
                """)

        @OptionGroup var options: PanelOptions
        @OptionGroup var drawing: DrawOptions

        @Option(help: "The seed: any text, such as the lottery numbers drawn on a given day.")
        var seed: String

        @OptionGroup var files: DrawFolderOption

        func run() throws {
            try reportingErrors {
                var panel = try options.read()
                if let commitment = panel.commitment {
                    throw PanelFile.FileError(file: options.display, message: """
                        the panel is committed (inputs \(commitment.inputsHash.prefix(12))…); draw it with `atelier panel reveal --seed S`
                        """)
                }
                let inputs = try panel.inputs(display: options.display)
                let draw = try PanelDraw.make(inputs, settings: drawing.settings, seed: seed)
                try DrawReport.write(draw, inputs: inputs, folder: files.output)
                panel.draw = draw
                try options.write(panel)
            }
        }
    }
}

/// Where a draw's files go, as `draw` and `reveal` take it.
struct DrawFolderOption: ParsableArguments {
    @Option(help: ArgumentHelp("The folder the draw's files are written to.", valueName: "dir"))
    var output = "exports/panel"
}

/// The settings of a draw, as `draw` and `commit` take them.
struct DrawOptions: ParsableArguments {
    @Option(help: "The number of seats.")
    var seats: Int

    @Option(help: "legacy, maximin or leximin.")
    var algorithm: DrawAlgorithm = .maximin

    @Option(help: "How many alternates to list.")
    var alternates = 10

    func validate() throws {
        guard seats >= 1 else { throw ValidationError("--seats \(seats): a panel has at least one seat") }
        guard (0...DrawSettings.mostAlternates).contains(alternates) else {
            throw ValidationError("--alternates \(alternates): from 0 to \(DrawSettings.mostAlternates)")
        }
    }

    var settings: DrawSettings { DrawSettings(seats: seats, algorithm: algorithm, alternates: alternates) }
}

/// Writes a draw's files and prints what it drew.
enum DrawReport {
    static func write(_ draw: PanelDraw, inputs: PanelInputs, folder: String) throws {
        let url = URL(fileURLWithPath: folder)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (name, text) in DrawFiles.contents(draw, inputs: inputs) {
                try Data(text.utf8).write(to: url.appendingPathComponent(name), options: .atomic)
            }
        } catch {
            throw PanelFile.FileError(file: folder, message: "cannot write the draw's files (\((error as NSError).localizedDescription))")
        }
        let lowest = draw.probabilities.min() ?? 0
        let settings = draw.settings
        print("Drew \(settings.seats) of \(inputs.pool.respondents.count) respondents by \(settings.algorithm.rawValue), seed \"\(Console.clean(draw.seed))\", inputs \(draw.inputsHash).")
        let source = settings.algorithm == .legacy ? "estimated from \(draw.lotteryPanels) draws" : "\(draw.lotteryPanels) panels in the lottery"
        print("Smallest selection probability \(String(format: "%.4f", lowest)) (\(source)).")
        print("Panel: \(Console.clean(draw.panel.joined(separator: " ")))")
        for (index, alternate) in draw.alternates.enumerated() {
            print("  alternate \(index + 1): \(Console.clean(alternate.id)), can replace \(Console.clean(alternate.replaces.joined(separator: " ")))")
        }
        print("Wrote selected.csv, remaining.csv, alternates.csv and probabilities.csv into \(Console.clean(folder)).")
    }
}
