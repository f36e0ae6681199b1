import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// Whole workshops through the command line: the registry, the methods, the demo.
@Suite struct WorkshopFlowTests {
    @Test func methodsListsEveryRegisteredModuleInTheWorkshopLanguage() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let list = try cli("methods", "--language", "fr")
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        for id in ["swot", "brainwriting", "prioritisation-matrix", "dot-voting", "action-plan"] {
            #expect(lines.contains { $0.hasPrefix(id + " ") && $0.hasSuffix(" [built-in]") }, "\(id) missing or not marked built-in")
        }
        #expect(list.stdout.contains("Vote par gommettes [built-in]"))
        let external = CLI.packageRoot.appendingPathComponent("methods/start-stop-continue.yaml").path
        #expect(lines.contains { $0.hasPrefix("start-stop-continue ") && $0.hasSuffix("[\(external)] (external, not trusted)") }, "\(list.stdout)")
        let show = try cli("methods", "show", "dot-voting")
        #expect(show.stdout.contains("dots (integer, default 5, min 1, max 100)"))
        #expect(show.stdout.contains("Writes: results"))
        #expect(show.stdout.contains("# Dot voting"), "the method's page is printed")
    }

    @Test func theDemoRunsEndToEndAndWritesEveryFormat() throws {
        let cli = try CLI()
        defer { cli.remove() }
        let demo = try cli("demo", "--output", "out")
        #expect(demo.status == 0, "\(demo.stderr)")
        #expect(demo.stdout.contains("day2-vote (dot-voting): 16 participants sur 18 ont placé 80 gommettes"))
        #expect(demo.stdout.contains("Imported actions.csv: 1 added, 18 updated ("), "the agreed list relinks the planned actions")
        let files = try FileManager.default.contentsOfDirectory(atPath: cli.folder.appendingPathComponent("out").path)
        for suffix in ["actions.odt", "actions.ods", "actions.fodt", "actions.fods", "actions.xml", "actions.csv",
                       "worksheets-a4.odt", "worksheets-a3.odt", "demo.atelier"] {
            #expect(files.contains { $0.hasSuffix(suffix) }, "no \(suffix)")
        }
        let status = try cli("status", "--workshop", "out/demo.atelier")
        #expect(status.stdout.contains("participants 20"))
        #expect(status.stdout.contains("actions      19"))
        #expect(status.stdout.contains("Agenda: 7 of 8 steps done"))
        let csv = try String(contentsOf: cli.folder.appendingPathComponent("out").appendingPathComponent(
            files.first { $0.hasSuffix("actions.csv") }!), encoding: .utf8)
        for rank in 1...19 { #expect(csv.contains("\r\n\(rank),A\(rank < 10 ? "0" : "")\(rank),"), "action \(rank) missing from the CSV") }
        // Running it again replaces the earlier demo and gives the same documents.
        let xml = files.first { $0.hasSuffix("actions.xml") }!
        let first = try Data(contentsOf: cli.folder.appendingPathComponent("out/\(xml)"))
        #expect(try cli("demo", "--output", "out").status == 0)
        #expect(try Data(contentsOf: cli.folder.appendingPathComponent("out/\(xml)")) == first)
    }

    @Test func ballotsOverTheBudgetAreRefusedAtImportNamingTheLine() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--template", "two-day").status == 0)
        try cli.write("p.csv", "id,name,role\np1,Anne,participant\np2,Jan,participant\nf1,Sophie,facilitator\n")
        try cli.write("i.csv", "id,text,kind\nP1,Guichet unique,proposal\nP2,Formulaire en ligne,proposal\n")
        #expect(try cli("import", "participants", "p.csv").status == 0)
        #expect(try cli("import", "items", "i.csv").status == 0)
        let before = try cli.snapshot()
        let cases: [(String, String)] = [
            ("participant,item,dots\np1,P1,3\np1,P2,3\n", "votes.csv:3: error: dots: participant 'p1' places 6 dots (P1: 3, P2: 3) but each participant has 5"),
            ("participant,item,dots\np2,P1,1\nf1,P2,1\n", "votes.csv:3: error: item: participant 'f1' (facilitator) places dots on item 'P2'"),
            ("participant,item,dots\np2,P1,1\np2,P1,1\n", "votes.csv:3: error: item: duplicate ballot"),
        ]
        for (text, message) in cases {
            try cli.write("votes.csv", text)
            let result = try cli("import", "ballots", "votes.csv", "--step", "day2-vote")
            #expect(result.status == 1)
            #expect(result.stderr.contains(message), "\(result.stderr)")
            #expect(try cli.snapshot() == before)
        }
        try cli.write("votes.csv", "participant,item,dots\np1,P1,3\np1,P2,2\np2,P2,4\n")
        #expect(try cli("import", "ballots", "votes.csv", "--step", "day2-vote").status == 0)
        let vote = try cli("run", "day2-vote", "--param", "select_top=1")
        #expect(vote.status == 0, "\(vote.stderr)")
        #expect(vote.stdout.contains("2 of 2 eligible participants placed 9 dots on 2 items; 1 selected."), "\(vote.stdout)")
        let over = try cli("run", "day2-vote", "--param", "dots=3")
        #expect(over.status == 1)
        #expect(over.stderr.contains("participant 'p2' places 4 dots on item 'P2' but each participant has 3 in all (dots)"), "\(over.stderr)")
    }

    @Test func theExternalExampleRunsThroughAtelierRun() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--language", "fr").status == 0)
        try cli.write("cards.csv", """
            id,text,kind
            c1,Commencer : publier les délais de traitement,idea
            c2,Arrêter : les envois papier en double,idea
            c3,Continuer : les permanences du jeudi,idea
            c4,commencer : publier les délais de traitement,idea
            """)
        #expect(try cli("import", "items", "cards.csv").status == 0)
        #expect(try cli("methods", "trust", "start-stop-continue").status == 0)
        let run = try cli("run", "start-stop-continue")
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try cli("log").stdout.contains("run start-stop-continue"))

        // Its result reaches every document, drawn as its manifest declares: cards under start, stop, continue.
        let export = try cli("export", "--format", "odt", "--format", "ods", "--format", "xml", "--output", "out")
        #expect(export.status == 0, "\(export.stderr)")
        let out = cli.folder.appendingPathComponent("out")
        let report = try ExportedPart.xml("content.xml", of: "actions.odt", in: out)
        #expect(try report.strings("//text:h[@text:outline-level='2']").contains("Commencer, arrêter, continuer"))
        #expect(try report.strings("//table:table[@table:name='Cards1-1']/table:table-header-rows//table:table-cell")
                == ["Commencer", "Arrêter"])
        #expect(try report.strings("//table:table[@table:name='Cards1-1']/table:table-row[1]/table:table-cell[1]//text:p")
                == ["Commencer : publier les délais de traitement"])
        let workbook = try ExportedPart.xml("content.xml", of: "actions.ods", in: out)
        let sheet = "//table:table[@table:name='Commencer, arrêter, continuer']"
        #expect(try workbook.strings("\(sheet)/table:table-header-rows//text:p") == ["Rang", "ID", "Élément", "Personnes", "Cartes", "Colonne", "Remarques"])
        #expect(try workbook.strings("\(sheet)/table:table-row/table:table-cell[6]") == ["Commencer", "Arrêter", "Continuer"])
        let xmlFile = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".xml") })
        let xml = try SafeXMLDocument(contentsOf: out.appendingPathComponent(xmlFile), namespaces: ["a": "urn:atelier:actions:1"])
        #expect(try xml.string("/a:actions/a:result/@method") == "start-stop-continue")
        #expect(try xml.string("/a:actions/a:result/@shape") == "cards")
        #expect(try xml.strings("/a:actions/a:result/a:entry/@group") == ["start", "stop", "continue"])

        let undo = try cli("undo")
        #expect(undo.stdout.contains("run start-stop-continue"))
    }

    /// A broken registry folder never stops an export: it is named in a warning, and the documents are
    /// written with the built-in methods.
    @Test func aBrokenRegistryFolderDoesNotStopAnExport() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Atelier").status == 0)
        try FileManager.default.createDirectory(at: cli.folder.appendingPathComponent("reg"), withIntermediateDirectories: true)
        try cli.write("reg/bad.yaml", "id: [\n")
        let export = try cli("export", "--methods", "reg", "--format", "xml", "--output", "out")
        #expect(export.status == 0)
        #expect(export.stdout == "out/atelier-actions.xml\n")
        #expect(export.stderr.hasPrefix("warning: the registry folder was not read, so the documents draw its methods' results as rankings: "
                                        + "reg/bad.yaml:2:1: error: YAML syntax"), "\(export.stderr)")
        let run = try cli("run", "dot-voting", "--methods", "reg")
        #expect(run.status == 1, "commands that run methods still refuse the broken folder")
    }
}
