import Foundation
import Testing

/// The action list after `atelier import actions`: the exported CSV comes back unchanged in every
/// language, an action linked to other proposals carries their dots and score, the import says
/// what it changed, and running the action plan again never gives two actions one rank.
@Suite struct ActionRoundTripTests {
    /// The demo workshop, the current workshop of the CLI.
    func demo() throws -> CLI {
        var cli = try CLI()
        cli.environment["ATELIER_WORKSHOP"] = cli.folder.appendingPathComponent("out/demo.atelier").path
        let demo = try cli("demo", "--output", "out")
        try #require(demo.status == 0, "\(demo.stderr)")
        return cli
    }

    /// The actions of the exported XML action list with their rank, dots, score and sources, and the
    /// value of each entry of each method's result: the figures the report's action pages and its
    /// vote and matrix tables print.
    struct ActionList {
        var actions: [(id: String, rank: Int?, dots: Int?, score: Double?, sources: [String])] = []
        var results: [String: [String: Double]] = [:]

        init(_ cli: CLI) throws {
            let xml = try cli.snapshot()
            var method = ""
            for line in xml.split(separator: "\n") {
                if let found = line.firstMatch(of: /<result step="[^"]*" method="([^"]*)"/) { method = String(found.1) }
                if let entry = line.firstMatch(of: /<entry item="([^"]*)" rank="\d+" value="([^"]*)"/) {
                    results[method, default: [:]][String(entry.1)] = Double(entry.2)
                }
                if let action = line.firstMatch(of: /<action id="([^"]*)"(?: rank="(\d+)")?/) {
                    actions.append((String(action.1), action.2.flatMap { Int($0) }, nil, nil, []))
                }
                if let provenance = line.firstMatch(of: /<provenance(?: dots="(\d+)")?(?: score="([^"]*)")?/) {
                    actions[actions.count - 1].dots = provenance.1.flatMap { Int($0) }
                    actions[actions.count - 1].score = provenance.2.flatMap { Double($0) }
                }
                if let source = line.firstMatch(of: /<source item="([^"]*)"/) { actions[actions.count - 1].sources.append(String(source.1)) }
            }
        }
    }

    @Test(arguments: ["fr", "nl", "de", "en"])
    func theExportedCSVImportsBackUnchangedAndRecordsNothing(language: String) throws {
        let cli = try demo()
        defer { cli.remove() }
        let before = try cli.snapshot()
        let journal = try cli("log").stdout
        let export = try cli("export", "--format", "csv", "--language", language, "--output", language)
        try #require(export.status == 0, "\(export.stderr)")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent(language).path).first)
        let result = try cli("import", "actions", "\(language)/\(name)")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == "Nothing to import: the 19 actions of \(name) are those of the workshop; no change recorded.\n")
        #expect(try cli.snapshot() == before)
        #expect(try cli("log").stdout == journal, "no journal entry")
    }

    @Test func aStatusIsReadInAnyLanguageAndARefusalHintsInTheWorkshopsLanguage() throws {
        let cli = try demo()
        defer { cli.remove() }
        try cli.write("statuses.csv", "id,title,status\nA01,Pré-remplir les formulaires avec les données déjà connues,En cours\n"
            + "A02,\"Faire du langage clair un réflexe : formation, relecteurs et panel d'usagers\",in uitvoering\n"
            + "A03,Changement d'adresse « Dites-le-nous une fois »,in Bearbeitung\nA04,\"Des aidants numériques\",Beperkte voortgang\n")
        let imported = try cli("import", "actions", "statuses.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "Imported statuses.csv: 0 added, 3 updated (title, status), 1 unchanged.\n", "A02 was limited already")
        let after = try cli.snapshot()
        for id in ["A01", "A02", "A03", "A04"] { #expect(after.contains("<action id=\"\(id)\" rank=\"\(id.dropFirst(2))\" status=\"limited\">")) }
        try cli.write("wrong.csv", "id,title,status\nA01,Titre,En progrès\n")
        let refused = try cli("import", "actions", "wrong.csv")
        #expect(refused.status == 1)
        #expect(refused.stderr == "wrong.csv:2: error: status: 'En progrès' is not a status; use one of Pas commencée, "
            + "Avancement limité, Avancement substantiel, Terminée\n")
    }

    @Test func anEditedExportedCSVNamesTheColumnAsItsHeaderWritesIt() throws {
        let cli = try demo()
        defer { cli.remove() }
        let before = try cli.snapshot()
        try #require(try cli("export", "--format", "csv", "--output", "csv").status == 0)
        let folder = cli.folder.appendingPathComponent("csv")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first)
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        let lines = text.components(separatedBy: "\r\n")
        try #require(lines[2].contains(",A02,") && lines[2].contains(",Avancement limité,"))
        try cli.write("edited.csv", ([lines[0], lines[2].replacingOccurrences(of: ",Avancement limité,", with: ",à moitié,")]).joined(separator: "\r\n"))
        let refused = try cli("import", "actions", "edited.csv")
        #expect(refused.status == 1)
        #expect(refused.stderr == "edited.csv:2: error: État d'avancement: 'à moitié' is not a status; use one of Pas commencée, "
            + "Avancement limité, Avancement substantiel, Terminée\n")
        #expect(try cli.snapshot() == before)
    }

    @Test func relinkedActionsCarryTheFiguresOfTheirNewSources() throws {
        let cli = try demo()
        defer { cli.remove() }
        // A02 moves from P16 and P17 to P05; A03 from P07 to P12 and P16; A20 is new, from P03.
        try cli.write("relinked.csv", """
            id,title,carrier,items
            A02,"Faire du langage clair un réflexe : formation, relecteurs et panel d'usagers",administration,P05
            A03,Changement d'adresse « Dites-le-nous une fois »,administration,P12 P16
            A20,Une permanence mobile,administration,P03

            """)
        let imported = try cli("import", "actions", "relinked.csv")
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "Imported relinked.csv: 1 added, 2 updated (items), 0 unchanged, "
            + "2 relinked (A02: P16 P17 → P05; A03: P07 → P12 P16).\n")
        let list = try ActionList(cli)
        let votes = try #require(list.results["dot-voting"]), scores = try #require(list.results["prioritisation-matrix"])
        #expect(list.actions.count == 20)
        for action in list.actions {
            let proposals = action.sources.filter { votes[$0] != nil || scores[$0] != nil }
            let dots = proposals.compactMap { votes[$0] }
            #expect(action.dots == (dots.isEmpty ? nil : Int(dots.reduce(0, +))), "dots of \(action.id) from \(proposals)")
            #expect(action.score == proposals.compactMap { scores[$0] }.max(), "score of \(action.id) from \(proposals)")
        }
        let a02 = try #require(list.actions.first { $0.id == "A02" })
        #expect(a02.dots == votes["P05"].map { Int($0) } && a02.score == scores["P05"])
    }

    @Test func runningThePlanAgainAfterAnImportGivesEveryActionItsOwnRank() throws {
        let cli = try demo()
        defer { cli.remove() }
        try cli.write("ranks.csv", """
            id,title,carrier,rank
            A19,Une action remontée,administration,2
            A21,Une action ajoutée,administration,2
            """)
        #expect(try cli("import", "actions", "ranks.csv").status == 0)
        let run = try cli("run", "day2-actions", "--param", "merge=P16+P17,P11+P12")
        #expect(run.status == 0, "\(run.stderr)")
        let actions = try ActionList(cli).actions
        let ranks = actions.compactMap(\.rank)
        #expect(actions.count == 20 && ranks.count == actions.count, "the demo's 19 agreed actions and the one added")
        #expect(run.stdout.contains(": 0 nouvelles,"), "no action made again of a proposal the facilitator relinked: \(run.stdout)")
        #expect(ranks.sorted() == Array(1...actions.count), "\(actions.map { "\($0.id)=\($0.rank ?? 0)" })")
    }
}
