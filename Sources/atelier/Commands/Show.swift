import ArgumentParser
import AtelierKit
import Foundation

extension Atelier {
    /// `atelier show`: the latest result of a step, or of the latest step run with a method.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the latest result of a step, or of the latest step run with a method.",
            discussion: """
                A table of the entries — rank (ties as =2), item and text, value, named values, group, flags such as selected or tie — then the notes and the groups with their members and sheet rotation. With --json, the stored result as JSON (its shape: methods/schema/step-result-1.schema.json).

                Example:
                  atelier show day2-vote
                  atelier show day2-matrix --json
                """)

        @OptionGroup var options: WorkshopOptions

        @Argument(help: "A step id (see 'atelier plan') or a method id (see 'atelier methods').")
        var target: String

        @Option(help: ArgumentHelp("Language of the labels (default: the workshop's).", valueName: "code"))
        var language: Language?

        @Flag(help: "Print the stored result as JSON.")
        var json = false

        func run() throws {
            try reportingErrors {
                let workshop = try options.openStore().workshop(leavingOut: [.ballots, .scores, .actions])
                guard let result = workshop.result(forStep: target) ?? workshop.latestResult(ofMethod: target) else {
                    throw NoResult(target: target, steps: workshop.results.map(\.step))
                }
                if json {
                    let encoder = JSONEncoder()
                    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                    print(String(decoding: try encoder.encode(result), as: UTF8.self))
                } else {
                    let presentation = try options.loadRegistry().manifest(result.method)?.presentation ?? .ranking
                    let language = language ?? workshop.info.language
                    ResultTable(result: result, presentation: presentation, workshop: workshop.localized(to: language),
                                language: language).lines.forEach { print($0) }
                }
            }
        }
    }
}

/// A step or method with no result in the workshop.
struct NoResult: Error, CustomStringConvertible {
    var target: String
    /// The steps that have a result.
    var steps: [String]

    var description: String {
        "'\(target)' has no result: it is neither a step that has run nor a method that has; "
            + (steps.isEmpty ? "no step has run yet (atelier run STEP)" : "steps with a result: \(steps.joined(separator: ", "))")
    }
}
