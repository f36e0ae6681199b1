import ArgumentParser
import AtelierPanel
import Foundation

extension Atelier.Panel {
    /// `atelier panel commit --seats K --algorithm A`.
    struct Commit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fix the inputs and settings before the seed is known, and print their SHA-256 to publish.",
            discussion: """
                The hash covers the quotas, every respondent's id, features and household, and the settings. Publish it (and, with --canonical, the text it is the hash of) before the seed exists, e.g. before the next national lottery draw; anyone can then check that `reveal` drew from these inputs. After commit, the inputs can no longer change.

                Example:
                  atelier panel commit --seats 30 --algorithm leximin --canonical panel-inputs.txt
                """)

        @OptionGroup var options: PanelOptions
        @OptionGroup var drawing: DrawOptions

        @Option(help: ArgumentHelp("Also write the text the hash is computed from to this file.", valueName: "file"))
        var canonical: String?

        func run() throws {
            try reportingErrors {
                var panel = try options.read()
                if let commitment = panel.commitment {
                    throw PanelFile.FileError(file: options.display, message: "already committed (inputs \(commitment.inputsHash)); a commitment cannot be changed")
                }
                let inputs = try panel.inputs(display: options.display)
                let settings = drawing.settings
                try inputs.check(settings)
                if let canonical {
                    do {
                        try Data(inputs.canonicalText(settings).utf8).write(to: URL(fileURLWithPath: canonical), options: .atomic)
                    } catch {
                        throw PanelFile.FileError(file: canonical, message: "cannot write the file (\((error as NSError).localizedDescription))")
                    }
                }
                panel.commitment = PanelFile.Commitment(settings: settings, inputsHash: inputs.hash(settings))
                panel.draw = nil
                try options.write(panel)
                print("Committed \(settings.seats) seats by \(settings.algorithm.rawValue) from \(inputs.pool.respondents.count) respondents.")
                print("SHA-256 of the inputs: \(panel.commitment!.inputsHash)")
            }
        }
    }

    /// `atelier panel reveal --seed S`.
    struct Reveal: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Draw the committed panel from the seed now made public.",
            discussion: """
                The inputs are checked against the commitment first: a panel file changed since `commit` is refused. The same seed gives the same draw on any machine; a second reveal with another seed is refused.

                Example:
                  atelier panel reveal --seed "Lotto 2026-03-07: 4 11 23 35 41 44"
                """)

        @OptionGroup var options: PanelOptions

        @Option(help: "The public seed.")
        var seed: String

        @OptionGroup var files: DrawFolderOption

        func run() throws {
            try reportingErrors {
                var panel = try options.read()
                guard let commitment = panel.commitment else {
                    throw PanelFile.FileError(file: options.display, message: "not committed; run `atelier panel commit` before the seed is known")
                }
                if let earlier = panel.draw, earlier.seed != seed {
                    throw PanelFile.FileError(file: options.display, message: "already revealed with the seed \"\(earlier.seed)\"")
                }
                let inputs = try panel.inputs(display: options.display)
                let hash = inputs.hash(commitment.settings)
                guard hash == commitment.inputsHash else {
                    throw PanelFile.FileError(file: options.display, message: """
                        the inputs changed since the commitment: their SHA-256 is \(hash), the commitment \(commitment.inputsHash)
                        """)
                }
                let draw = try PanelDraw.make(inputs, settings: commitment.settings, seed: seed)
                try DrawReport.write(draw, inputs: inputs, folder: files.output)
                panel.draw = draw
                try options.write(panel)
            }
        }
    }
}
