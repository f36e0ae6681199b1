import Foundation
import Testing
@testable import AtelierKit

@Suite struct RegistryTests {
    @Test func loadsAManifestWithItsParameters() throws {
        let registry = try Registry.load(from: fixture("registry/good"), builtinModules: ["Tally"])
        let tally = try #require(registry.manifest("tally"))
        #expect(tally.version == "1.2.0")
        #expect(tally.name[.fr] == "Décompte")
        #expect(tally.implementation == .module("Tally"))
        #expect(tally.writes == [.results])
        #expect(tally.parameters.map(\.name) == ["limit", "mode", "label"])
        #expect(tally.parameters[0].defaultValue == .integer(3))
        #expect(tally.parameters[1].help[.fr] == "Quelles cartes.")
        #expect(tally.parameters[1].help[.de] == "Which cards.")
    }

    static let base = """
        id: tally
        version: 1.0.0
        name: {en: Tally, fr: Décompte, nl: Telling, de: Zählung}
        summary: {en: Counts., fr: Compte., nl: Telt., de: Zählt.}
        implementation:
          module: Tally
        writes: [results]

        """

    /// Broken manifests: the text, then the line, key and message the error must give.
    static let broken: [(String, String, Int?, String?, String)] = [
        ("unknown key", base + "colour: blue\n", 8, "colour", "unknown key"),
        ("YAML syntax", base + "parameters: [\n", nil, nil, "YAML syntax"),
        ("missing implementation", base.replacingOccurrences(of: "implementation:\n  module: Tally\n", with: ""), 1, "implementation", "missing required key"),
        ("unknown module", base.replacingOccurrences(of: "module: Tally", with: "module: Nope"), 6, "implementation.module", "no built-in module 'Nope'"),
        ("missing executable", base.replacingOccurrences(of: "module: Tally", with: "executable: nowhere.py"), 6, "implementation.executable",
         "nowhere.py does not exist"),
        ("not executable", base.replacingOccurrences(of: "module: Tally", with: "executable: tally.yaml"), 6, "implementation.executable",
         "tally.yaml is not executable (chmod +x, or name an interpreter)"),
        ("both implementations", base.replacingOccurrences(of: "module: Tally", with: "module: Tally\n  executable: x.py"), 7, "implementation", "not both"),
        ("bad id", base.replacingOccurrences(of: "id: tally", with: "id: Tally_1"), 1, "id", "not a valid id"),
        ("bad version", base.replacingOccurrences(of: "1.0.0", with: "one"), 2, "version", "MAJOR.MINOR.PATCH"),
        ("missing language", base.replacingOccurrences(of: ", de: Zählung", with: ""), 3, "name.de", "missing required key"),
        ("unknown part", base.replacingOccurrences(of: "[results]", with: "[results, votes]"), 7, "writes", "unknown model part 'votes'"),
        ("default above max", base + "parameters:\n  - {name: dots, type: integer, default: 12, min: 1, max: 10}\n", 9, "parameters[0].default", "12 is above the maximum 10"),
        ("default wrong type", base + "parameters:\n  - {name: dots, type: integer, default: five}\n", 9, "parameters[0].default", "whole number"),
        ("unknown type", base + "parameters:\n  - {name: dots, type: float}\n", 9, "parameters[0].type", "unknown type 'float'"),
        ("choice default", base + "parameters:\n  - {name: mode, type: choice, choices: [a, b], default: c}\n", 9, "parameters[0].default", "'c' is not one of a, b"),
        ("duplicate parameter", base + "parameters:\n  - {name: a, type: string}\n  - {name: a, type: string}\n", 10, "parameters[1].name", "declared twice"),
        ("duplicate key", base + "id: again\n", 8, "id", "key given twice; it is first given on line 1"),
        ("anchored empty key", "&writes: nt", 1, nil, "YAML anchors and aliases (&writes, *writes) are not accepted"),
        ("complex key", "?  interpreter: >", 1, nil, "keys must be text"),
        ("empty key twice", "?\n?\n", 1, nil, "an empty key is given twice"),
        ("empty nested key", base.replacingOccurrences(of: "module: Tally", with: "module: Tally\n  \"\": x"), 7, "implementation",
         "a key is empty"),
        ("unknown shape", base + "result: {shape: pie}\n", 8, "result.shape", "unknown value 'pie'; use one of ranking, scatter, groups, cards"),
        ("result without shape", base + "result: {value: {en: V, fr: V, nl: V, de: V}}\n", 8, "result.shape", "missing required key"),
        ("value in one language", base + "result: {shape: ranking, value: {en: Dots}}\n", 8, "result.value.fr", "missing required key"),
        ("unknown result key", base + "result: {shape: ranking, colour: red}\n", 8, "result.colour", "unknown key"),
        ("group twice", base + "result:\n  shape: cards\n  groups:\n    - {id: a, name: {en: A, fr: A, nl: A, de: A}}\n"
            + "    - {id: a, name: {en: B, fr: B, nl: B, de: B}}\n", 12, "result.groups[1].id", "'a' is listed twice"),
        ("scatter group without corner", base + "result:\n  shape: scatter\n  groups:\n    - {id: a, name: {en: A, fr: A, nl: A, de: A}}\n",
         11, "result.groups[0].corner", "missing required key"),
        ("corner taken twice", base + "result:\n  shape: scatter\n  groups:\n"
            + "    - {id: a, corner: top-left, name: {en: A, fr: A, nl: A, de: A}}\n"
            + "    - {id: b, corner: top-left, name: {en: B, fr: B, nl: B, de: B}}\n", 11, "result.groups", "two groups take the top-left corner"),
        ("corner outside a scatter", base + "result:\n  shape: cards\n  groups:\n    - {id: a, corner: top-left, name: {en: A, fr: A, nl: A, de: A}}\n",
         11, "result.groups[0].corner", "only the groups of a scatter sit in corners"),
        ("canvas without notes", base + "result:\n  shape: cards\n  worksheet: canvas\n  groups:\n    - {id: a, name: {en: A, fr: A, nl: A, de: A}}\n",
         10, "result.worksheet", "a canvas draws a box for each group with a note"),
        ("summary not a list", base + "result: {shape: ranking, summary: {en: x}}\n", 8, "result.summary", "must be a list of sentences"),
        ("summary naming other figures", base + "result: {shape: ranking, summary: [{en: '{a}', fr: '{a}', nl: '{b}', de: '{a}'}]}\n", 8,
         "result.summary[0].nl", "names other figures than the English sentence"),
        ("summary in one language", base + "result: {shape: ranking, summary: [{en: x}]}\n", 8, "result.summary[0].fr", "missing required key"),
        ("terms not a list", base + "result: {shape: ranking, metrics: {voters: Voters}}\n", 8, "result.metrics", "must be a list of entries"),
    ]

    @Test(arguments: broken)
    func refusesABrokenManifestNamingLineAndKey(_ name: String, _ text: String, _ line: Int?, _ key: String?, _ message: String) throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(text, to: "tally.yaml", in: folder)
        do {
            _ = try Registry.load(from: folder, builtinModules: ["Tally"])
            Issue.record("\(name): accepted")
        } catch let error as RegistryError {
            #expect(error.file.hasSuffix("tally.yaml"), "\(name)")
            if let line { #expect(error.line == line, "\(name): \(error)") } else if key == nil { #expect(error.line != nil, "\(name)") }
            #expect(error.key == key, "\(name): \(error)")
            #expect(error.message.contains(message), "\(name): \(error)")
        }
    }

    /// A manifest's `result` declares how documents draw the method's result, in every language.
    @Test func readsHowTheResultIsShown() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.base + """
            result:
              shape: scatter
              value: {en: Score, fr: Score, nl: Score, de: Punktzahl}
              groups:
                - {id: best, corner: top-right, name: {en: Best, fr: Meilleurs, nl: Beste, de: Beste}}
              flags:
                - {id: odd, name: {en: odd, fr: étrange, nl: vreemd, de: seltsam}}

            """, to: "tally.yaml", in: folder)
        let presentation = try #require(try Registry.load(from: folder, builtinModules: ["Tally"]).manifest("tally")).presentation
        #expect(presentation.shape == .scatter)
        #expect(presentation.value?[.de] == "Punktzahl")
        #expect(presentation.groups == [ResultPresentation.Term(
            id: "best", name: LocalizedText([.en: "Best", .fr: "Meilleurs", .nl: "Beste", .de: "Beste"]), corner: .topRight)])
        #expect(ResultPresentation.name(of: "odd", in: presentation.flags, language: .fr) == "étrange")
        #expect(ResultPresentation.name(of: "other", in: presentation.flags, language: .fr) == "other", "an undeclared key as written")
        let plain = try Registry.load(from: fixture("registry/good"), builtinModules: ["Tally"]).manifest("tally")
        #expect(plain?.presentation == .ranking, "a manifest without result is drawn as a ranking")
    }

    /// A summary is the method's own sentence in the language it ran in, and in another the first
    /// declared sentence whose figures the result has; without one, nothing rather than a mixed language.
    @Test func summariesAreInTheLanguageAskedFor() {
        let result = StepResult(step: "s", method: "m", summary: "3 cartes.", metrics: ["cards": 3, "share": 0.5])
        let presentation = ResultPresentation(shape: .ranking, summaries: [
            LocalizedText([.en: "{cards} cards, {missing} missing.", .nl: "{cards} kaarten, {missing} ontbreken."]),
            LocalizedText([.en: "Cards: {cards}; share {share}.", .nl: "Kaarten: {cards}; aandeel {share}."]),
        ])
        #expect(presentation.summary(of: result, in: .fr, ranIn: .fr) == "3 cartes.")
        #expect(presentation.summary(of: result, in: .en, ranIn: .fr) == "Cards: 3; share 0.5.")
        #expect(presentation.summary(of: result, in: .nl, ranIn: .fr) == "Kaarten: 3; aandeel 0,5.")
        #expect(ResultPresentation.ranking.summary(of: result, in: .de, ranIn: .fr) == "")
    }

    /// The modules a folder's manifests name, for tools that load the built-in folder as a registry.
    @Test func modulesAreNamedByTheManifestsOfAFolder() throws {
        #expect(Registry.modulesNamed(in: fixture("registry/good")) == ["Tally"])
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.base, to: "tally.yaml", in: folder)
        _ = try write("id: [\n", to: "broken.yaml", in: folder)
        #expect(Registry.modulesNamed(in: folder) == ["Tally"], "a broken manifest names none")
    }

    @Test func refusesTwoManifestsWithTheSameID() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try write(Self.base, to: "a.yaml", in: folder)
        _ = try write(Self.base, to: "b.yaml", in: folder)
        #expect {
            try Registry.load(from: folder, builtinModules: ["Tally"])
        } throws: { error in
            let e = error as? RegistryError
            return e?.file.hasSuffix("b.yaml") == true && e?.line == 1 && e?.column == 5 && e?.key == "id"
                && e?.message.contains("already declared by") == true
        }
    }

    @Test func aManifestThatIsNotUTF8IsRefusedNamingTheLine() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let latin1 = Data(Self.base.replacingOccurrences(of: "Décompte", with: "D_compte").utf8).map { $0 == 0x5F ? 0xE9 : $0 }
        try Data(latin1).write(to: folder.appendingPathComponent("tally.yaml"))
        #expect {
            try Registry.load(from: folder, builtinModules: ["Tally"])
        } throws: { error in
            let e = error as? RegistryError
            return e?.line == 3 && e?.message.contains("not UTF-8") == true && "\(error)".contains("tally.yaml:3: error:")
        }
    }

    @Test func resolvesParametersFromDefaultsStepAndCommandLine() throws {
        let manifest = try #require(try Registry.load(from: fixture("registry/good"), builtinModules: ["Tally"]).manifest("tally"))
        #expect(try manifest.resolveParameters(step: [:], overrides: [:]) == ["limit": .integer(3), "mode": .string("all")])
        #expect(try manifest.resolveParameters(step: ["limit": .integer(5)], overrides: ["mode": "top", "label": "x"])
                == ["limit": .integer(5), "mode": .string("top"), "label": .string("x")])
        #expect(try manifest.resolveParameters(step: ["limit": .integer(5)], overrides: ["limit": "7"])["limit"] == .integer(7))
        let cases: [([String: String], String)] = [
            (["dots": "3"], "unknown parameter"),
            (["limit": "three"], "'three' is not a whole number"),
            (["limit": "11"], "11 is above the maximum 10"),
            (["limit": "0"], "0 is below the minimum 1"),
            (["mode": "some"], "'some' is not one of all, top"),
        ]
        for (overrides, message) in cases {
            #expect {
                try manifest.resolveParameters(step: [:], overrides: overrides)
            } throws: { error in
                (error as? ParameterError)?.description.contains(message) == true
            }
        }
    }
}
