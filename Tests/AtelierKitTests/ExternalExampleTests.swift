import Foundation
import Testing
@testable import AtelierKit

/// The Start / Stop / Continue example of `methods/examples/`, run as the host runs it.
@Suite(.enabled(if: ExternalFixtures.python != nil, "needs python3 on the PATH: install python3"))
struct ExternalExampleTests {
    static let folder = ExternalFixtures.methods.appendingPathComponent("examples/start-stop-continue")

    /// The method as its manifest (`methods/start-stop-continue.yaml`) declares it.
    func method(in workshopFolder: URL) -> ExternalMethod {
        ExternalMethod(name: "start-stop-continue", executable: Self.folder.appendingPathComponent("start_stop_continue.py"),
                       interpreter: "python3", timeout: .seconds(30), maxOutputBytes: 10_000_000, environment: [],
                       workingDirectory: workshopFolder)
    }

    func retrospective() -> Workshop {
        Workshop(
            info: WorkshopInfo(title: "Rétrospective du guichet", languages: [.fr]),
            participants: ["Anne", "Bart", "Chloé"].enumerated().map { Participant(id: "p\($0.offset + 1)", name: $0.element) },
            items: [
                Item(id: "i1", text: "Commencer : les réunions « debout »", kind: .idea, author: "p1", step: "retro"),
                Item(id: "i2", text: "commencer: les réunions « Debout »", kind: .idea, author: "p2", step: "retro"),
                Item(id: "i3", text: "Commencer : un accueil sans rendez-vous", kind: .idea, author: "p3", step: "retro"),
                Item(id: "i4", text: "Le rapport hebdomadaire", kind: .idea, category: "arreter", author: "p1"),
                Item(id: "i5", text: "Le rapport de chaque semaine", kind: .idea, author: "p3", duplicateOf: "i4"),
                Item(id: "i6", text: "Continuer : le café du lundi ☕", kind: .idea),
                Item(id: "i7", text: "Une idée sans rubrique", kind: .idea, author: "p2"),
                Item(id: "i8", text: "Stop: silos", kind: .weakness),
            ],
            categories: [Category(id: "arreter", name: "Arrêter")])
    }

    @Test func groupsCardsCountsSupportAndProposesTheBestStart() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        let request = MethodRequest(
            method: "start-stop-continue", step: AgendaStep(id: "retro", title: "Rétro", method: "start-stop-continue"),
            parameters: ["kinds": .list(["idea"]), "proposals": .integer(1)], language: .fr, workshop: retrospective())
        let result = try method(in: folder).run(request)

        let step = try #require(result.changes.results.first)
        #expect(step.step == "retro")
        #expect(step.method == "start-stop-continue")
        #expect(step.entries == [
            ResultEntry(item: "i1", rank: 1, value: 2, values: ["cards": 2, "support": 2], group: "start", flags: ["selected"], members: ["i2"]),
            ResultEntry(item: "i3", rank: 2, value: 1, values: ["cards": 1, "support": 1], group: "start"),
            ResultEntry(item: "i4", rank: 1, value: 2, values: ["cards": 2, "support": 2], group: "stop", members: ["i5"]),
            ResultEntry(item: "i6", rank: 1, value: 1, values: ["cards": 1, "support": 1], group: "continue"),
        ])
        #expect(step.metrics == ["cards": 6, "left_out": 1, "proposals": 1, "start": 2, "stop": 1, "continue": 1])
        #expect(step.notes == ["1 carte ne dit ni commencer, ni arrêter, ni continuer et a été laissée de côté : i7."])
        #expect(result.summary == "6 cartes : 2 à commencer, 1 à arrêter, 1 à continuer. 1 proposition tirée du « commencer » le plus soutenu.")
        #expect(result.changes.items == Edits(upsert: [
            Item(id: "proposal-i1", text: "les réunions « debout »", kind: .proposal, buildsOn: "i1", step: "retro"),
        ]))
        #expect(result.changes.writtenParts == [.items, .results])
    }

    @Test func declinesAWorkshopWithoutStartStopOrContinueCards() throws {
        let folder = try ExternalFixtures.workshopFolder()
        defer { ExternalFixtures.discard(folder) }
        var workshop = retrospective()
        workshop.items = [Item(id: "i1", text: "Une idée", kind: .idea)]
        let request = MethodRequest(method: "start-stop-continue", step: AgendaStep(id: "start-stop-continue", title: "", method: nil),
                                    parameters: ["kinds": .list(["idea"]), "proposals": .integer(3)], language: .en, workshop: workshop)
        #expect(throws: ExternalMethodError(method: "start-stop-continue", reason: .refused(
            "no card is marked start, stop or continue: give the cards the category start, stop or continue, or begin their "
                + "text with 'Start:', 'Stop:' or 'Continue:' (or Commencer, Arrêter, Continuer)"))) {
            try method(in: folder).run(request)
        }
    }

    @Test func itsPythonTestsPass() throws {
        let run = try ExternalFixtures.run(ExternalFixtures.python!, ["-m", "unittest", "discover", "-s", Self.folder.path, "-t", Self.folder.path])
        #expect(run.status == 0, "\(run.errors)")
        #expect(run.errors.contains("\nOK"), "\(run.errors)")
    }
}
