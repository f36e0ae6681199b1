import Foundation
import Testing
import AtelierKit
@testable import atelier

/// What `atelier` prints from the workshop, from modules and from imported files reaches the
/// terminal without its escape sequences, control characters or bidirectional overrides.
@Suite struct TerminalOutputTests {
    @Test(arguments: [
        ("Plan\u{1B}]0;pwned\u{07} B", "Plan B"),
        ("Plan\u{1B}]2;pwned\u{1B}\\ B", "Plan B"),
        ("\u{1B}[2J\u{1B}[1;1HPlan B", "Plan B"),
        ("Plan\u{9B}31m B\u{9D}8;;http://evil\u{9C}", "Plan B"),
        ("Plan\u{1B}c B\u{7F}\u{8}\r", "Plan B"),
        ("\u{202E}B nalP\u{202C} \u{2067}x\u{2069}", "B nalP x"),
        ("Ligne 1\n\tLigne 2 « é » 📚", "Ligne 1\n\tLigne 2 « é » 📚"),
        ("unterminated \u{1B}]0;pwned", "unterminated "),
    ])
    func escapeSequencesAndControlsAreRemoved(_ text: String, _ shown: String) {
        #expect(Console.clean(text) == shown)
    }

    /// A module's summary and a workshop title carrying a terminal title change and a screen clear:
    /// `run`, `log`, `status`, `plan` and `undo` print them without the escapes, and an import's
    /// error quotes a hostile value without them.
    @Test func whatTheWorkshopAndModulesHoldPrintsWithoutEscapes() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let registry = cli.folder.appendingPathComponent("registry")
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("methods"), to: registry)
        try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent("Tests/AtelierKitTests/Fixtures/external/print-beside.sh"),
                                         to: registry.appendingPathComponent("print-beside.sh"))
        try Data("""
            id: outside
            version: 1.0.0
            name: {en: "Outside\\e[2J", fr: Dehors, nl: Buiten, de: Draußen}
            summary: {en: "Fixture.\\e]0;pwned\\a", fr: Fixture., nl: Fixture., de: Fixture.}
            implementation:
              executable: print-beside.sh
              timeout_seconds: 10
            writes: [results]

            """.utf8).write(to: registry.appendingPathComponent("outside.yaml"))
        var cli2 = cli
        cli2.environment["ATELIER_METHODS"] = registry.path
        #expect(try cli2("init", "--template", "two-day", "--title", "Atelier\u{1B}]0;pwned\u{07} accueil").status == 0)
        #expect(try cli2("methods", "trust", "outside").status == 0)
        try cli2.write("registry/result.json", #"""
            {"version":1,"summary":"Classé\u001b]0;pwned\u0007 \u001b[2J3 idées \u202Eok","changes":{}}
            """#)
        var outputs = [try cli2("run", "outside")]
        outputs += try [["log"], ["status"], ["plan"], ["methods"], ["methods", "show", "outside"]].map { try cli2.run($0) }
        try cli2.write("actions.csv", "id,title,carrier,status\nA1,T,administration,\"\u{1B}[2Jhalf\"\n")
        let refused = try cli2("import", "actions", "actions.csv")
        #expect(refused.stderr == "actions.csv:2: error: status: 'half' is not a status; use one of Not started, Limited progress, Substantial progress, Completed\n")
        outputs.append(try cli2("undo"))
        #expect(outputs[0].stdout == "outside (outside): Classé 3 idées ok\n")
        #expect(outputs[1].stdout.contains("     Classé 3 idées ok\n"))
        #expect(outputs[2].stdout.hasPrefix("Atelier accueil\n") && outputs[3].stdout.hasPrefix("Atelier accueil\n"))
        #expect(outputs[4].stdout.contains("Outside [registry/outside.yaml] (external, trusted)"))
        #expect(outputs[5].stdout.hasPrefix("Outside (outside 1.0.0)\nFixture.\n"))
        #expect(outputs.last?.stdout.hasSuffix(" run outside: Classé 3 idées ok\n") == true)
        #expect(outputs.allSatisfy { $0.status == 0 }, "\(outputs.map(\.stderr))")
        for output in outputs + [refused] {
            for text in [output.stdout, output.stderr] {
                #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" }, "\(text.debugDescription)")
            }
        }
    }
}

extension TerminalOutputTests {
    /// A result whose group, flag, note and item text carry escapes prints without them.
    @Test func aResultTablePrintsWorkshopAndMethodTextsWithoutEscapes() {
        var workshop = Workshop(info: WorkshopInfo(title: "T"))
        workshop.items = [Item(id: "i1", text: "Carte\u{1B}]0;pwned\u{07} propre", kind: .idea)]
        let result = StepResult(step: "s", method: "m\u{1B}[2J", summary: "Fait\u{1B}[31m.", entries: [
            ResultEntry(item: "i1", rank: 1, value: 2, group: "g\u{1B}[2J", flags: ["x\u{9B}31m"]),
        ], notes: ["Note\u{202E}"])
        let lines = ResultTable(result: result, presentation: .ranking, workshop: workshop, language: .en).lines
        #expect(lines == [
            "s (m): Fait.",
            "  Rank  Item  Text          Value  Group  Flags",
            "  1     i1    Carte propre  2      g      x",
            "Notes:",
            "  - Note",
        ])
    }
}
