import ArgumentParser
import AtelierPanel

extension Atelier.Panel {
    /// `atelier panel check --seats K`.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Say whether a panel of this size can meet the quotas from this pool, and if not, the smallest change that lets it.",
            discussion: """
                The change is computed, not guessed: the fewest places by which minimums are lowered and maximums raised, in total, so that some panel meets every quota (a mixed-integer program).

                Example:
                  atelier panel check --seats 30
                """)

        @OptionGroup var options: PanelOptions

        @Option(help: "The number of seats.")
        var seats: Int

        func validate() throws {
            guard seats >= 1 else { throw ValidationError("--seats \(seats): a panel has at least one seat") }
        }

        func run() throws {
            try reportingErrors {
                let inputs = try options.read().inputs(display: options.display)
                guard let relaxation = try Relaxation.smallest(inputs, seats: seats) else {
                    let households = Set(inputs.pool.respondents.map { $0.household ?? "\u{0}\($0.id)" }).count
                    throw PanelFile.FileError(file: options.display, message: """
                        no change of the quotas helps: \(seats) seats need \(seats) people from different households, \
                        and the pool has \(households)
                        """)
                }
                if relaxation.changes.isEmpty {
                    print(Console.green("Feasible:") + " a panel of \(seats) seats from \(inputs.pool.respondents.count) respondents can meet every quota.")
                    return
                }
                print("Not feasible: no panel of \(seats) seats meets every quota. The smallest change that makes it feasible:")
                for change in relaxation.changes { print("  \(Console.clean(change.description))  (\(Console.clean(inputs.quotas.file)):\(change.quota.line))") }
                throw ExitCode.failure
            }
        }
    }
}
