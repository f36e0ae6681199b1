import Foundation
@testable import AtelierKit

/// Paths, sample messages and helpers shared by the external method tests.
enum ExternalFixtures {
    /// The package's root folder.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let scripts = packageRoot.appendingPathComponent("Tests/AtelierKitTests/Fixtures/external")
    static let methods = packageRoot.appendingPathComponent("methods")

    static func script(_ name: String) -> URL { scripts.appendingPathComponent(name) }

    /// A new empty folder standing for the workshop's folder; removed by ``discard(_:)``.
    static func workshopFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-external-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    static func discard(_ folder: URL) {
        try? FileManager.default.removeItem(at: folder)
    }

    /// A method running one of the fixture scripts in `folder`.
    static func method(
        _ script: String, in folder: URL, timeout: Duration = .seconds(60), maxOutputBytes: Int = 1_000_000,
        environment: [String] = []
    ) -> ExternalMethod {
        ExternalMethod(
            name: script.replacingOccurrences(of: ".sh", with: ""), executable: self.script(script), timeout: timeout,
            maxOutputBytes: maxOutputBytes, environment: environment, workingDirectory: folder)
    }

    /// A small request over ``workshop``.
    static func request(_ workshop: Workshop = workshop, method: String = "fixture",
                        parameters: [String: ParameterValue] = [:], language: Language = .en) -> MethodRequest {
        MethodRequest(method: method, step: AgendaStep(id: "retro", title: "Rétrospective", method: method, parameters: parameters),
                      parameters: parameters, language: language, workshop: workshop)
    }

    /// A workshop in which every optional field of every part holds a value.
    static let workshop = Workshop(
        info: WorkshopInfo(
            title: "Simplifier l'accueil « guichet »", organisation: "SPF Intérieur", place: "Bruxelles",
            startDate: CalendarDate(year: 2026, month: 3, day: 9), endDate: CalendarDate(year: 2026, month: 3, day: 10),
            languages: [.fr, .nl], pseudonymise: true),
        agenda: Agenda(days: [AgendaDay(number: 1, title: "Jour 1", date: CalendarDate("2026-03-09"), steps: [
            AgendaStep(id: "vote", title: "Vote", method: "dot-voting",
                       parameters: ["dots": .integer(5), "share": .number(0.5), "mode": .string("paper"),
                                    "anonymous": .bool(true), "kinds": .list(["idea", "proposal"])],
                       minutes: 30, status: .done),
            AgendaStep(id: "pause", title: "Pause ☕", method: nil),
        ])]),
        participants: [Participant(id: "p1", name: "Anne-Marie D'Hondt", group: "A", role: .facilitator),
                       Participant(id: "p2", name: "Jürgen 🙂", role: .participant)],
        items: [
            Item(id: "i1", text: "Un guichet unique", kind: .idea, category: "c1", author: "p1", buildsOn: "i2",
                 step: "vote", addresses: "i2", dimension: "impact", duplicateOf: "i2",
                 position: SheetPosition(group: 1, sheet: 2, round: 3, slot: 1)),
            Item(id: "i2", text: "Files d'attente", kind: .challenge),
        ],
        categories: [Category(id: "c1", name: "Accueil", description: "Ce qui touche au guichet")],
        criteria: [Criterion(id: "impact", name: "Impact", scaleMin: 1, scaleMax: 5, weight: 2, direction: .lowerIsBetter)],
        scores: [Score(item: "i1", criterion: "impact", value: 4.5, participant: "p1", group: "A", step: "vote")],
        ballots: [Ballot(participant: "p2", item: "i1", dots: 3, step: "vote")],
        results: [StepResult(step: "vote", method: "dot-voting", summary: "1 idée retenue", entries: [
            ResultEntry(item: "i1", rank: 1, value: 3, values: ["dots": 3], group: "A", flags: ["selected"], members: ["i2"]),
        ], groups: [ParticipantGroup(name: "A", members: ["p1", "p2"], rotation: [["p1", "p2"], ["p2", "p1"]])],
        metrics: ["turnout": 1], notes: ["p1 n'a pas voté"])],
        actions: [Action(
            id: "A1", title: "Ouvrir un guichet unique", description: "Un seul point de contact", problem: "Files",
            carrier: .other("Région de Bruxelles-Capitale"), owner: "DG Accueil", partners: ["CPAS"],
            horizon: Horizon("2027-06"), rank: 1, budget: "40 k€", status: .limited,
            milestones: [Milestone(title: "Plan", due: Horizon("2026-12-31"), done: true)], sources: ["i1"], dots: 3,
            score: 4.5)]
    )

    /// A result that writes every part, with every optional field given.
    static let result = MethodResult(changes: ChangeSet(
        participants: Edits(upsert: [workshop.participants[0]], remove: ["p9"]),
        items: Edits(upsert: workshop.items, remove: ["i9"]),
        categories: Edits(upsert: workshop.categories, remove: ["c9"]),
        criteria: Edits(upsert: workshop.criteria, remove: ["x"]),
        actions: Edits(upsert: workshop.actions + [Action(id: "A2", title: "Former", carrier: .government)], remove: ["A9"]),
        scores: workshop.scores, ballots: workshop.ballots + [Ballot(item: "i2", dots: 1)], results: workshop.results),
        summary: "Tout est « prêt » 🎉")

    /// Runs a program to completion with the test's environment, for tools the tests call (Python).
    static func run(_ program: URL, _ arguments: [String], input: Data = Data()) throws -> (status: Int32, output: String, errors: String) {
        let child = ChildProcess(executable: program, arguments: arguments, environment: ProcessInfo.processInfo.environment,
                                 workingDirectory: packageRoot, timeout: .seconds(300), maxOutputBytes: 50_000_000)
        let outcome = try child.run(input: Array(input))
        let status: Int32 = switch outcome.ending {
        case .exited(let code): code
        case .signalled(let signal): 128 + signal
        }
        return (status, String(decoding: outcome.output, as: UTF8.self), String(decoding: outcome.errorTail, as: UTF8.self))
    }

    /// Bubblewrap from the test's PATH, if any.
    static let sandbox = Sandbox.find(searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")

    /// Python 3 from the test's PATH, if any.
    static let python = ExternalMethod.locate("python3", searchPath: ProcessInfo.processInfo.environment["PATH"] ?? "")

    /// Whether Python 3 with the `jsonschema` package can be run.
    static let hasJSONSchema: Bool = {
        guard let python else { return false }
        return (try? run(python, ["-c", "import jsonschema"]).status) == 0
    }()
}
