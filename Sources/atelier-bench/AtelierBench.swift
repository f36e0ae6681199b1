import ArgumentParser

/// `atelier-bench`: the benchmarks of BENCHMARKS.md. It generates the data Atelier and its peers
/// read (`generate`), and times Atelier's work on it phase by phase (`export`, `tally`, `scores`).
/// `scripts/bench-peers` runs it beside the peers. A benchmark, not a test: it asserts nothing.
@main
struct AtelierBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "atelier-bench",
        abstract: "Generate benchmark data and time Atelier's export, vote count and matrix on it.",
        discussion: """
            Every timing line is tab-separated: benchmark, size, phase, seconds.

            Examples:
              atelier-bench generate actions --count 100000 --output actions.csv
              atelier-bench export --actions 100000 --format ods --format xml
              atelier-bench tally --rows 1000000
              atelier-bench teams --people 300
            """,
        subcommands: [Generate.self, ExportBench.self, VoteBench.self, ScoresBench.self, TeamsBench.self, RoomBench.self])
}
