import Foundation
import Testing
@testable import AtelierKit

/// The runner: parameters from the manifest, the method's changes checked against the workshop and the
/// manifest's `writes`, applied in one journalled transaction — for built-in and external methods alike.
@Suite struct RunnerTests {
    /// A built-in method that ranks the items by text length and may be told to write more than it declares.
    struct Tally: WorkshopMethod {
        static let moduleName = "Tally"

        func run(_ request: MethodRequest) throws -> MethodResult {
            let limit = try request.integer("limit")
            let items = request.workshop.items.sorted { ($0.text.count, $0.id) > ($1.text.count, $1.id) }.prefix(limit)
            var changes = ChangeSet(results: [StepResult(
                step: request.step.id, method: request.method, summary: "ranked",
                entries: items.enumerated().map { ResultEntry(item: $1.id, rank: $0 + 1, value: Double($1.text.count)) })])
            if request.optional("label")?.stringValue == "overreach" {
                changes.actions.upsert = [Action(id: "A1", title: "Not declared", carrier: .administration)]
            }
            if request.optional("label")?.stringValue == "fail" { throw MethodError("the room is empty") }
            return MethodResult(changes: changes, summary: "Ranked \(items.count) items.")
        }
    }

    func runner(extraManifest: String? = nil, in folder: URL) throws -> Runner {
        let registry = folder.appendingPathComponent("methods")
        try FileManager.default.createDirectory(at: registry, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture("registry/good/tally.yaml"), to: registry.appendingPathComponent("tally.yaml"))
        if let extraManifest { _ = try write(extraManifest, to: "outside.yaml", in: registry) }
        return Runner(registry: try Registry.load(from: registry, builtinModules: ["Tally"]), builtins: [Tally()])
    }

    @Test func runsAStepWithDefaultsAndOverridesAndUndoRestores() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try store.workshop()
        let outcome = try runner(in: folder).run("vote", overrides: ["limit": "1"], in: store, command: "run vote --param limit=1")
        #expect(outcome.parameters == ["limit": .integer(1), "mode": .string("all")])
        #expect(outcome.summary == "Ranked 1 items.")
        let after = try store.workshop()
        #expect(after.result(forStep: "vote")?.entries.map(\.item) == ["i2"])
        #expect(after.agenda.step("vote")?.status == .done)
        try store.undo()
        #expect(try store.workshop() == before)
    }

    /// Each way a run can go wrong, and the words the error must carry. The workshop must be unchanged.
    static let failures: [(String, [String: String], String)] = [
        ("vote", ["label": "overreach"], "writes actions, which its manifest does not declare in 'writes'"),
        ("vote", ["label": "fail"], "tally: the room is empty"),
        ("vote", ["limit": "99"], "99 is above the maximum 10"),
        ("vote", ["colour": "red"], "unknown parameter"),
        ("nowhere", [:], "'nowhere' is neither a step of the agenda (vote) nor a registered method (tally)"),
    ]

    @Test(arguments: failures)
    func aFailingRunChangesNothing(_ target: String, _ overrides: [String: String], _ message: String) throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try store.workshop()
        let journal = try store.journal()
        #expect {
            try runner(in: folder).run(target, overrides: overrides, in: store, command: "run")
        } throws: { error in
            String(describing: error).contains(message)
        }
        #expect(try store.workshop() == before)
        #expect(try store.journal() == journal)
    }

    /// An external module whose output is given by `result.json` in the workshop's folder.
    static let external = """
        id: outside
        version: 1.0.0
        name: {en: Outside, fr: Dehors, nl: Buiten, de: Draußen}
        summary: {en: Fixture., fr: Fixture., nl: Fixture., de: Fixture.}
        implementation:
          executable: \(ExternalFixtures.script("print-result.sh").path)
          timeout_seconds: 10
        writes: [results, items]

        """

    @Test func externalResultsGoThroughTheSameChecks() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try runner(extraManifest: Self.external, in: folder)
        let before = try store.workshop()
        let cases: [(String, String)] = [
            (#"{"version":1,"summary":"x","changes":{"actions":{"upsert":[{"id":"A1","title":"T","carrier":{"kind":"government"}}]}}}"#,
             "writes actions, which its manifest does not declare"),
            (#"{"version":1,"summary":"x","changes":{"items":{"upsert":[{"id":"n1","text":"T","kind":"idea","category":"nope"}]}}}"#,
             "item 'n1' refers to unknown category 'nope'"),
            (#"{"version":1,"summary":"x","changes":{"items":{"remove":["i9"]}}}"#, "cannot remove unknown id 'i9'"),
            (#"{"version":1,"summary":"x","changes":{"items":{"upsert":[{"id":"i1\u200B","text":"T","kind":"idea"}]}}}"#,
             "items[0].id: 'i1<U+200B>' holds U+200B, a control or invisible character; ids must be visible text"),
            (#"{"version":1,"summary":"x","changes":{"items":{"upsert":[{"id":"n1","text":"T\u0000","kind":"idea"}]}}}"#,
             "items[0].text: holds a NUL character (U+0000), which no text may hold"),
            ("not json", "external method 'outside'"),
        ]
        for (output, message) in cases {
            try Data(output.utf8).write(to: folder.appendingPathComponent("result.json"))
            #expect {
                try runner.run("outside", overrides: [:], in: store, command: "run outside")
            } throws: { error in
                String(describing: error).contains(message)
            }
            #expect(try store.workshop() == before, "\(message)")
        }
        try Data(#"{"version":1,"summary":"Une idée ajoutée.","changes":{"items":{"upsert":[{"id":"n1","text":"Écouter","kind":"idea"}]}}}"#.utf8)
            .write(to: folder.appendingPathComponent("result.json"))
        let outcome = try runner.run("outside", overrides: [:], in: store, command: "run outside")
        #expect(outcome.summary == "Une idée ajoutée.")
        #expect(try store.workshop().item("n1")?.text == "Écouter")
        #expect(try store.journal().last?.command == "run outside")
    }
}
