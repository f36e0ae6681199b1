import AtelierKit
import DotVotingMethod
import Foundation
import PrioritisationMatrixMethod

/// A workshop file prepared for the vote and matrix benchmarks: a `vote` step (dot voting, 5 dots, at
/// most 2 per item) and a `matrix` step (impact × feasibility), with the participants and proposals
/// of a generated folder imported. The same programme as `scripts/bench-peers`' `bench` template.
struct VoteWorkshop {
    let store: WorkshopStore
    let runner: Runner
    let folder: String

    static let agenda = Agenda(days: [
        AgendaDay(number: 1, title: "Vote", steps: [
            AgendaStep(id: "matrix", title: "Matrice", method: "prioritisation-matrix"),
            AgendaStep(id: "vote", title: "Vote", method: "dot-voting",
                       parameters: ["dots": .integer(GeneratedVote.dots), "max_per_item": .integer(GeneratedVote.maxPerItem)]),
        ]),
    ])

    static let criteria = [
        Criterion(id: "impact", name: "Impact", scaleMin: 1, scaleMax: 5, weight: 1, direction: .higherIsBetter),
        Criterion(id: "feasibility", name: "Faisabilité", scaleMin: 1, scaleMax: 5, weight: 1, direction: .higherIsBetter),
    ]

    /// Creates the workshop at `url` and imports `participants.csv` and `proposals.csv` from `folder`.
    init(at url: URL, folder: String, registry: URL) throws {
        self.folder = folder
        let registry = try Registry.load(from: registry, builtinModules: Registry.modulesNamed(in: registry))
        runner = Runner(registry: registry, builtins: [DotVoting(), PrioritisationMatrix()])
        store = try WorkshopStore.create(at: url, info: BenchSource.info, agenda: Self.agenda)
        try store.change(command: "criteria") { _ in (ChangeSet(criteria: Edits(upsert: Self.criteria)), "Criteria.") }
        try importFile(.participants, "participants.csv")
        try importFile(.items, "proposals.csv")
    }

    /// Imports one file of the folder as `atelier import` does, with the step's own checks.
    func importFile(_ kind: ImportKind, _ name: String, step: String? = nil) throws {
        let path = "\(folder)/\(name)"
        let table = try CSVTable(contentsOf: URL(fileURLWithPath: path), displayPath: path)
        try importTable(table, kind: kind, name: name, step: step)
    }

    func importTable(_ table: CSVTable, kind: ImportKind, name: String, step: String?) throws {
        let importer = Importer(kind: kind, table: table, file: name, step: step)
        try store.change(command: "import \(kind.rawValue) \(name)") { workshop in
            try importer.changes(for: workshop, extraChecks: runner.importIssues)
        }
    }
}
