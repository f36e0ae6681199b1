import AtelierKit
import Foundation

/// The sample two-day workshop: twenty civil servants, a SWOT, four challenge categories, a
/// brainwriting round, a scored matrix, a dot vote and the agreed action list, built through the
/// same imports and method runs a facilitator uses.
public struct DemoWorkshop: Sendable {
    /// The workshop's description.
    public static let info = WorkshopInfo(
        title: "Simplifier l'accès aux services publics numériques",
        organisation: "Service public fédéral Simplification administrative",
        place: "Bruxelles, Centre de conférences",
        startDate: CalendarDate(year: 2026, month: 3, day: 10),
        endDate: CalendarDate(year: 2026, month: 3, day: 11),
        languages: [.fr, .nl, .de, .en])

    /// One thing the demo does: an import of a bundled file, or a run of an agenda step.
    public enum Stage: Sendable, Equatable {
        case importFile(ImportKind, file: String, step: String?)
        /// Runs an agenda step, with parameters as typed after `--param`.
        case run(step: String, parameters: [String: String] = [:])
    }

    /// The programme of the demo, in order.
    public static let stages: [Stage] = [
        .importFile(.participants, file: "participants.csv", step: nil),
        .importFile(.categories, file: "categories.csv", step: nil),
        .importFile(.criteria, file: "criteria.csv", step: nil),
        .importFile(.items, file: "vision.csv", step: "day1-vision"),
        .importFile(.items, file: "swot.csv", step: "day1-swot"),
        .run(step: "day1-swot"),
        .importFile(.items, file: "challenges.csv", step: "day1-challenges"),
        .importFile(.items, file: "ideas.csv", step: "day1-brainwriting"),
        .run(step: "day1-brainwriting"),
        .importFile(.items, file: "proposals.csv", step: "day2-matrix"),
        .importFile(.scores, file: "scores.csv", step: "day2-matrix"),
        // Eighteen raters: flag only items some rated 1 and others 5.
        .run(step: "day2-matrix", parameters: ["disagreement_threshold": "0.75"]),
        .importFile(.ballots, file: "ballots.csv", step: "day2-vote"),
        .run(step: "day2-vote", parameters: ["select_threshold": "1"]),
        .run(step: "day2-actions", parameters: ["merge": "P16+P17,P11+P12"]),
        .importFile(.actions, file: "actions.csv", step: nil),
    ]

    /// The folder of the bundled CSV files.
    public static var dataFolder: URL {
        Bundle.module.resourceURL!.appendingPathComponent("demo")
    }

    public init() {}

    /// What the live room's rehearsal starts from: the people, the SWOT and the challenges typed in from
    /// the paper wall, and the proposals; the vision round and the vote are left to the phones.
    public static let roomStages: [Stage] = [
        .importFile(.participants, file: "participants.csv", step: nil),
        .importFile(.categories, file: "categories.csv", step: nil),
        .importFile(.criteria, file: "criteria.csv", step: nil),
        .importFile(.items, file: "swot.csv", step: "day1-swot"),
        .importFile(.items, file: "challenges.csv", step: "day1-challenges"),
        .importFile(.items, file: "proposals.csv", step: nil),
    ]

    /// Creates the workshop at `url` (replacing an earlier demo there) and plays the stages.
    /// - Parameters:
    ///   - runner: Runs the agenda's steps with the registry's methods.
    ///   - template: The two-day template the agenda comes from.
    ///   - stages: The stages to play: all of them, or ``roomStages``.
    ///   - report: Called with one line for each stage done.
    /// - Returns: The store holding the finished workshop.
    public func build(
        at url: URL, runner: Runner, template: WorkshopTemplate, stages: [Stage] = Self.stages, report: (String) -> Void
    ) throws -> WorkshopStore {
        if FileManager.default.fileExists(atPath: url.path) {
            _ = try WorkshopStore.open(at: url)
            try FileManager.default.removeItem(at: url)
        }
        var info = Self.info
        info.criterionNames = template.criterionNames
        let store = try WorkshopStore.create(at: url, info: info, agenda: template.agenda(startingOn: info.startDate, language: info.language))
        for stage in stages {
            switch stage {
            case .importFile(let kind, let file, let step):
                // Dated the workshop's last day, not today, so the history and the follow-up report
                // are the same bytes whenever the demo runs.
                let outcome = try WorkshopImport(kind: kind, url: Self.dataFolder.appendingPathComponent(file), file: file, step: step,
                                                 date: info.endDate)
                    .run(in: store) { runner }
                report(outcome.summary)
            case .run(let step, let parameters):
                let command = (["run", step] + parameters.sorted { $0.key < $1.key }.flatMap { ["--param", "\($0.key)=\($0.value)"] })
                    .joined(separator: " ")
                let outcome = try runner.run(step, overrides: parameters, in: store, command: command)
                report("\(step) (\(outcome.method.id)): \(outcome.summary)")
            }
        }
        return store
    }
}
