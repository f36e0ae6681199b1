import Foundation
import GRDB
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
            if request.optional("label")?.stringValue == "elsewhere" { changes.results[0].step = "other" }
            if request.optional("label")?.stringValue == "impostor" { changes.results[0].method = "swot" }
            return MethodResult(changes: changes, summary: "Ranked \(items.count) items.")
        }
    }

    /// A runner over the Tally fixture, and `extraManifest` with its program (`program`, a fixture script)
    /// when given, trusted unless `trusted` is false; consent is recorded in `folder`.
    func runner(extraManifest: String? = nil, program: String = "print-beside.sh", trusted: Bool = true, in folder: URL) throws -> Runner {
        let registry = folder.appendingPathComponent("methods")
        try FileManager.default.createDirectory(at: registry, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: fixture("registry/good/tally.yaml"), to: registry.appendingPathComponent("tally.yaml"))
        if let extraManifest {
            _ = try write(extraManifest, to: "outside.yaml", in: registry)
            try FileManager.default.copyItem(at: ExternalFixtures.script(program), to: registry.appendingPathComponent("outside.sh"))
        }
        let runner = Runner(registry: try Registry.load(from: registry, builtinModules: ["Tally"]), builtins: [Tally()],
                            trust: TrustStore(file: folder.appendingPathComponent("config/trusted.json")))
        if trusted, let outside = runner.registry.manifest("outside") { try runner.trust?.trust(outside) }
        return runner
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

    /// The `--param` values of a run are stored with its result and used again by the next run of the
    /// step, unless given again; undo takes them back with the result.
    @Test func aStepRemembersItsCommandLineParametersUntilUndone() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try runner(in: folder)
        let first = try runner.run("vote", overrides: ["limit": "1", "mode": "top"], in: store, command: "run")
        #expect(first.reused.isEmpty)
        #expect(try store.workshop().result(forStep: "vote")?.parameters == ["limit": "1", "mode": "top"])

        let again = try runner.run("vote", overrides: [:], in: store, command: "run")
        #expect(again.reused == ["limit": "1", "mode": "top"])
        #expect(again.parameters == ["limit": .integer(1), "mode": .string("top")])
        #expect(try store.workshop().result(forStep: "vote")?.entries.map(\.item) == ["i2"])

        let overridden = try runner.run("vote", overrides: ["limit": "2"], in: store, command: "run")
        #expect(overridden.reused == ["mode": "top"])
        #expect(overridden.parameters == ["limit": .integer(2), "mode": .string("top")])
        #expect(try store.workshop().result(forStep: "vote")?.parameters == ["limit": "2", "mode": "top"])

        try store.undo()
        #expect(try store.workshop().result(forStep: "vote")?.parameters == ["limit": "1", "mode": "top"])
        try store.undo()
        try store.undo()
        #expect(try store.workshop().result(forStep: "vote") == nil)
        let afresh = try runner.run("vote", overrides: [:], in: store, command: "run")
        #expect(afresh.reused.isEmpty)
        #expect(afresh.parameters == ["limit": .integer(3), "mode": .string("all")])
    }

    /// A result stored before results carried their parameters still loads, and the step runs again
    /// with nothing to reuse.
    @Test func aResultStoredWithoutParametersStillLoads() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try runner(in: folder)
        _ = try runner.run("vote", overrides: ["limit": "1"], in: store, command: "run")
        let old = #"{"step":"vote","method":"tally","summary":"ranked","entries":[{"item":"i2","rank":1}],"groups":[],"metrics":{},"notes":[]}"#
        try store.queue.write { db in try db.execute(sql: "UPDATE results SET body = ?", arguments: [old]) }
        let loaded = try #require(try store.workshop().result(forStep: "vote"))
        #expect(loaded.parameters.isEmpty)
        #expect(loaded.entries.map(\.item) == ["i2"])
        let again = try runner.run("vote", overrides: [:], in: store, command: "run")
        #expect(again.reused.isEmpty)
        #expect(again.parameters["limit"] == .integer(3))
    }

    /// A remembered value the method no longer accepts (planted in the file here) stops the run with
    /// an error saying where the value came from; a new `--param` for it runs the step.
    @Test func aRememberedValueThatNoLongerFitsIsNamedAsTheLastRuns() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try runner(in: folder)
        _ = try runner.run("vote", overrides: ["limit": "1"], in: store, command: "run")
        let planted = #"{"step":"vote","method":"tally","summary":"ranked","parameters":{"limit":"99","colour":"red"}}"#
        try store.queue.write { db in try db.execute(sql: "UPDATE results SET body = ?", arguments: [planted]) }
        let before = try store.workshop()
        #expect(throws: ParameterError(method: "tally", parameter: "limit", message:
            "99 is above the maximum 10 (the value of the last run of vote; give --param limit=VALUE)")) {
            try runner.run("vote", overrides: [:], in: store, command: "run")
        }
        #expect(try store.workshop() == before)
        let fixed = try runner.run("vote", overrides: ["limit": "2"], in: store, command: "run")
        #expect(fixed.reused.isEmpty)
        #expect(try store.workshop().result(forStep: "vote")?.parameters == ["limit": "2"])
    }

    /// Each way a run can go wrong, and the words the error must carry. The workshop must be unchanged.
    static let failures: [(String, [String: String], String)] = [
        ("vote", ["label": "overreach"], "writes actions, which its manifest does not declare in 'writes'"),
        ("vote", ["label": "fail"], "tally: the room is empty"),
        ("vote", ["label": "elsewhere"], "results[0].step: a result for step 'other', but the method was run for step 'vote'"),
        ("vote", ["label": "impostor"], "results[0].method: a result signed by method 'swot', but 'tally' was run"),
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

    /// An external module whose output is given by `result.json` in its own folder (the registry's).
    static let external = """
        id: outside
        version: 1.0.0
        name: {en: Outside, fr: Dehors, nl: Buiten, de: Draußen}
        summary: {en: Fixture., fr: Fixture., nl: Fixture., de: Fixture.}
        implementation:
          executable: outside.sh
          timeout_seconds: 10
        writes: [results, items]

        """

    /// An external module is sent only the parts its manifest reads, with info and agenda; its changes
    /// are still checked against the parts they touch.
    @Test func anExternalRequestHoldsOnlyTheDeclaredParts() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let manifest = Self.external.replacingOccurrences(of: "writes: [results, items]", with: "reads: [criteria]\nwrites: [results, items]")
        let runner = try runner(extraManifest: manifest, program: "keep-request-beside.sh", in: folder)
        try Data(#"{"version":1,"summary":"x","changes":{"items":{"upsert":[{"id":"n1","text":"T","kind":"idea","buildsOn":"i9"}]}}}"#.utf8)
            .write(to: folder.appendingPathComponent("methods/result.json"))
        #expect {
            try runner.run("outside", overrides: [:], in: store, command: "run outside")
        } throws: { error in
            String(describing: error).contains("item 'n1' refers to unknown item 'i9'")
        }
        try Data(#"{"version":1,"summary":"x","changes":{"items":{"upsert":[{"id":"n1","text":"T","kind":"idea","buildsOn":"i1"}]}}}"#.utf8)
            .write(to: folder.appendingPathComponent("methods/result.json"))
        try runner.run("outside", overrides: [:], in: store, command: "run outside")
        #expect(try store.workshop().item("n1")?.buildsOn == "i1")
        let request = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: folder.appendingPathComponent("methods/request.json"))) as? [String: Any])
        let workshop = try #require(request["workshop"] as? [String: Any])
        #expect((workshop["criteria"] as? [[String: Any]])?.map { $0["id"] as? String } == ["impact"])
        #expect((workshop["info"] as? [String: Any])?["title"] as? String == "Atelier « accueil »")
        #expect(((workshop["agenda"] as? [String: Any])?["days"] as? [Any])?.count == 1)
        for part in ["participants", "items", "categories", "scores", "ballots", "results", "actions"] {
            #expect((workshop[part] as? [Any] ?? []).isEmpty, "\(part)")
        }
    }

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
            (#"{"version":1,"summary":"x","changes":{"results":[{"step":"vote","method":"outside"}]}}"#,
             "outside returned changes that cannot be applied; the workshop is unchanged:\n  - results[0].step: a result for step 'vote'"),
            (#"{"version":1,"summary":"x","changes":{"results":[{"step":"outside","method":"tally"}]}}"#,
             "results[0].method: a result signed by method 'tally', but 'outside' was run"),
            ("not json", "external method 'outside'"),
        ]
        for (output, message) in cases {
            try Data(output.utf8).write(to: folder.appendingPathComponent("methods/result.json"))
            #expect {
                try runner.run("outside", overrides: [:], in: store, command: "run outside")
            } throws: { error in
                String(describing: error).contains(message)
            }
            #expect(try store.workshop() == before, "\(message)")
        }
        try Data(#"{"version":1,"summary":"Une idée ajoutée.","changes":{"items":{"upsert":[{"id":"n1","text":"Écouter","kind":"idea"}]}}}"#.utf8)
            .write(to: folder.appendingPathComponent("methods/result.json"))
        let outcome = try runner.run("outside", overrides: [:], in: store, command: "run outside")
        #expect(outcome.summary == "Une idée ajoutée.")
        #expect(try store.workshop().item("n1")?.text == "Écouter")
        #expect(try store.journal().last?.command == "run outside")
    }

    @Test func removingItemsThatAnotherStepsResultRanksIsRefused() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try runner(extraManifest: Self.external, in: folder)
        try runner.run("vote", overrides: [:], in: store, command: "run vote")
        let before = try store.workshop()
        try Data(#"{"version":1,"summary":"x","changes":{"items":{"remove":["i1","i2"]}}}"#.utf8)
            .write(to: folder.appendingPathComponent("methods/result.json"))
        #expect {
            try runner.run("outside", overrides: [:], in: store, command: "run outside")
        } throws: { error in
            String(describing: error).contains("items.id: cannot remove items 'i2', 'i1': the result of step 'vote' ranks them")
        }
        #expect(try store.workshop() == before)
        // The step's own result may drop what it ranked when it is run again.
        let fresh = ChangeSet(items: Edits(remove: ["i2"]), results: [StepResult(step: "vote", method: "tally", summary: "", entries: [
            ResultEntry(item: "i1", rank: 1),
        ])])
        #expect(ChangeValidator().issues(in: fresh, for: before).isEmpty)
    }

    @Test func anExternalMethodRunsOnlyOnceTrustedAndUntilItChanges() throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let runner = try runner(extraManifest: Self.external, trusted: false, in: folder)
        let manifest = try #require(runner.registry.manifest("outside"))
        let manifestFile = try #require(manifest.file)
        let registryFolder = try #require(runner.registry.directory)
        try Data(#"{"version":1,"summary":"Rien.","changes":{}}"#.utf8).write(to: folder.appendingPathComponent("methods/result.json"))
        let before = try store.workshop()
        let program = try #require(ManifestLoader.realPath(folder.appendingPathComponent("methods/outside.sh").path))
        #expect {
            try runner.run("outside", overrides: [:], in: store, command: "run outside")
        } throws: { error in
            String(describing: error) == "external method 'outside' is not trusted yet: it would run the program \(program), declared by "
                + "\(Registry.display(manifestFile)); read them, then allow it with:\n  atelier methods trust outside --methods "
                + Registry.display(registryFolder)
        }
        #expect(try store.workshop() == before)
        #expect(try runner.trust?.standing(of: manifest) == .unknown)
        #expect(try runner.trust?.standing(of: try #require(runner.registry.manifest("tally"))) == .trusted)

        try runner.trust?.trust(manifest)
        #expect(try runner.run("outside", overrides: [:], in: store, command: "run outside").summary == "Rien.")
        let recorded = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("config/trusted.json"))) as? [String: Any]
        #expect(recorded?.keys.sorted() == [try #require(ManifestLoader.realPath(manifestFile.path))])

        for changed in [program, manifestFile.path] {
            let original = try Data(contentsOf: URL(fileURLWithPath: changed))
            try (original + Data("\n# changed\n".utf8)).write(to: URL(fileURLWithPath: changed))
            #expect(try runner.trust?.standing(of: manifest) == .changed)
            #expect {
                try runner.run("outside", overrides: [:], in: store, command: "run outside")
            } throws: { error in
                String(describing: error).hasPrefix("external method 'outside' has changed since it was trusted")
            }
            try original.write(to: URL(fileURLWithPath: changed))
            #expect(try runner.trust?.standing(of: manifest) == .trusted)
        }
    }

    @Test func aShellQuotedWordReadsBackTheSame() {
        #expect(Runner.shellQuoted("methods/start-stop-continue") == "methods/start-stop-continue")
        #expect(Runner.shellQuoted("/tmp/my methods") == "'/tmp/my methods'")
        #expect(Runner.shellQuoted("l'atelier") == #"'l'\''atelier'"#)
        #expect(Runner.shellQuoted("") == "''")
    }
}
