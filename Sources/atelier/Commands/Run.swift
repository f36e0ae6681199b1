import ArgumentParser
import AtelierKit
import Foundation

extension Atelier {
    /// `atelier run`: runs a step of the agenda or a method.
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run a step of the agenda, or a method by id, over the workshop.",
            discussion: """
                Parameters come from the step, then from --param, then from the method's defaults; 'atelier methods show ID' lists them. The --param values of a step's last run are used again, and named, unless given anew. A method that fails changes nothing. The run ends with the top of its result and the selection; 'atelier show STEP' shows all of it.

                Example:
                  atelier run day2-vote --param dots=3 --param max_per_item=2
                  atelier run day2-matrix --param aggregate=median
                """)

        @OptionGroup var options: WorkshopOptions

        @Argument(help: "A step id (see 'atelier plan') or a method id (see 'atelier methods').")
        var target: String

        @Option(name: .customLong("param"), help: ArgumentHelp("A parameter, KEY=VALUE; repeat for several.", valueName: "key=value"))
        var parameters: [String] = []

        /// The `--param` values by key: each must be KEY=VALUE, each key given once (a usage error otherwise).
        func overrides() throws -> [String: String] {
            var overrides: [String: String] = [:]
            for p in parameters {
                let parts = p.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, !parts[0].isEmpty else {
                    throw ValidationError("--param '\(p)' must be of the form KEY=VALUE")
                }
                guard overrides[String(parts[0])] == nil else {
                    throw ValidationError("--param \(parts[0]) is given twice")
                }
                overrides[String(parts[0])] = String(parts[1])
            }
            return overrides
        }

        func validate() throws {
            _ = try overrides()
        }

        func run() throws {
            try reportingErrors {
                let overrides = try overrides()
                let store = try options.openStore()
                let runner = try options.runner()
                if runner.sandbox == nil, case .executable = try runner.resolve(target, in: store.infoAndAgenda().1).0.implementation {
                    Console.warning(Sandbox.missingWarning)
                }
                let outcome = try runner.run(target, overrides: overrides, in: store,
                                                        command: (["run", target] + parameters.flatMap { ["--param", $0] }).joined(separator: " "))
                if !outcome.reused.isEmpty {
                    let language = try store.infoAndAgenda().0.language
                    let params = outcome.reused.sorted { $0.key < $1.key }.map { "--param \($0.key)=\($0.value)" }.joined(separator: " ")
                    print(Console.clean(ResultLabels.in(language).reusing.replacingOccurrences(of: "{params}", with: params)
                        .replacingOccurrences(of: "{step}", with: outcome.step.id)))
                }
                if let result = outcome.result {
                    let workshop = try store.workshop(leavingOut: [.ballots, .scores, .actions])
                    ResultTable(result: result, presentation: outcome.method.presentation, workshop: workshop,
                                language: workshop.info.language).shortLines.forEach { print($0) }
                } else {
                    print("\(Console.bold(outcome.step.id)) \(Console.clean("(\(outcome.method.id)): \(outcome.summary)"))")
                }
            }
        }
    }
}
