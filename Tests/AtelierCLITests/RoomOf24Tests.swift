import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// A 24-person workshop held in Dutch from the two-day template — proposals scored by everyone on
/// the matrix, a dot vote with a tie at the cut-off, the action plan — exported in the four languages:
/// each document speaks the export's language and is accessible, and the report's figures for every
/// action equal the vote table of the same report.
@Suite struct RoomOf24Tests {
    static let people = 24
    static let proposals = 10

    /// The workshop written into a fresh folder, every step run.
    static func workshop() throws -> CLI {
        let cli = try CLI()
        func ok(_ arguments: String...) throws {
            let output = try cli.run(arguments)
            try #require(output.status == 0, "\(arguments.joined(separator: " ")): \(output.stderr)")
        }
        try ok("init", "--template", "two-day", "--title", "Dienstverlening 2030", "--language", "nl", "--language", "fr",
               "--start", "2026-05-04")
        try cli.write("participants.csv", "id,name,group\n" + (1...people).map { "p\($0),Deelnemer \($0),\($0 % 4)" }
            .joined(separator: "\n") + "\n")
        try cli.write("items.csv", "id,text,kind\n" + (1...proposals).map { "v\($0),Voorstel nummer \($0),proposal" }
            .joined(separator: "\n") + "\n")
        // Everyone scores every proposal: impact falls with the proposal's number, feasibility varies.
        var scores = "participant,item,impact,feasibility\n"
        for person in 1...people {
            for proposal in 1...proposals {
                let impact = max(1, min(5, 5 - proposal / 3 + (person % 3 == 0 ? -1 : 0)))
                let feasibility = 1 + (proposal + person) % 5
                scores += "p\(person),v\(proposal),\(impact),\(feasibility)\n"
            }
        }
        try cli.write("scores.csv", scores)
        // Each person places five dots: v1 leads, v2 and v3 tie.
        var ballots = "participant,item,dots\n"
        for person in 1...people {
            ballots += "p\(person),v1,2\np\(person),v\(person % 2 == 0 ? 2 : 3),2\np\(person),v\(4 + person % 6),1\n"
        }
        try cli.write("ballots.csv", ballots)
        try ok("import", "participants", "participants.csv")
        try ok("import", "items", "items.csv", "--step", "day2-matrix")
        try ok("import", "scores", "scores.csv", "--step", "day2-matrix")
        try ok("run", "day2-matrix")
        try ok("import", "ballots", "ballots.csv", "--step", "day2-vote")
        try ok("run", "day2-vote", "--param", "select_top=2")
        try ok("run", "day2-actions")
        return cli
    }

    @Test func everyLanguageGivesAccessibleDocumentsInThatLanguageWithTrueFigures() throws {
        let cli = try Self.workshop()
        defer { cli.remove() }
        for language in ["nl", "fr", "de", "en"] {
            let export = try cli("export", "--language", language, "--output", language)
            try #require(export.status == 0, "\(export.stderr)")
            let folder = cli.folder.appendingPathComponent(language)
            var texts: Set<String> = []
            for document in try AccessibleDocumentTests.parts(in: folder) {
                let name = "\(language) \(document.name)"
                #expect(try document.meta.string("//dc:language").hasPrefix("\(language)-"), "\(name): language")
                #expect(try document.content.number("count(//table:table[not(table:table-header-rows/table:table-row)])") == 0,
                        "\(name): a table without a header row")
                let levels = try document.content.strings("//text:h/@text:outline-level").compactMap(Int.init)
                #expect(zip([0] + levels, levels).allSatisfy { $1 <= $0 + 1 }, "\(name): heading levels skip: \(levels)")
                try AccessibleDocumentTests.checkFrames(document.content, name)
                try AccessibleDocumentTests.checkContrast([document.content, document.styles], name)
                texts.formUnion(try document.content.strings("//text:p | //text:h | //text:span"))
            }
            let own = Set(DocumentLanguageTests.telltales[language]!)
            for (other, words) in DocumentLanguageTests.telltales where other != language {
                let leaked = Set(words).subtracting(own).intersection(texts)
                #expect(leaked.isEmpty, "the \(language) documents print \(other) texts: \(leaked.sorted())")
            }
            #expect(texts.contains(DocumentLanguageTests.telltales[language]![0]), "the method trail is headed in \(language)")

            // The action list's dots are the vote's dots for the action's proposal.
            let report = try ExportedPart.xml("content.xml", of: "actions.odt", in: folder)
            let voteRows = try report.number("count(//table:table[@table:name='Result2']/table:table-row)")
            #expect(voteRows == Double(Self.proposals), "the vote table lists every proposal")
            let xmlFile = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".xml") })
            let xml = try SafeXMLDocument(contentsOf: folder.appendingPathComponent(xmlFile), namespaces: ["a": "urn:atelier:actions:1"])
            let voted = try xml.strings("/a:actions/a:result[@step='day2-vote']/a:entry/@item")
            let dots = try xml.strings("/a:actions/a:result[@step='day2-vote']/a:entry/@value")
            let votes = Dictionary(uniqueKeysWithValues: zip(voted, dots.compactMap(Double.init)))
            let actions = try xml.number("count(/a:actions/a:action)")
            #expect(actions == 3, "v1 and the tie v2, v3 at the cut-off")
            for index in 1...Int(actions) {
                let source = try xml.string("/a:actions/a:action[\(index)]/a:provenance/a:source/@item")
                let actionDots = try xml.string("/a:actions/a:action[\(index)]/a:provenance/@dots")
                #expect(Double(actionDots) == votes[source], "action \(index) from \(source)")
            }
        }
    }

    /// After the facilitator relinks an action to another proposal, the report's figures for that
    /// action are the new proposal's, as its own vote table prints them.
    @Test func aRelinkedActionCarriesItsNewProposalsFiguresInTheReport() throws {
        let cli = try Self.workshop()
        defer { cli.remove() }
        try cli.write("relink.csv", "id,title,items\nA01,Voorstel nummer 4 uitwerken,v4\n")
        let relink = try cli("import", "actions", "relink.csv")
        #expect(relink.status == 0, "\(relink.stderr)")
        #expect(relink.stdout.contains("relinked (A01: v1 → v4)"), "\(relink.stdout)")
        #expect(try cli("export", "--format", "odt", "--output", "doc").status == 0)
        let report = try ExportedPart.xml("content.xml", of: "actions.odt", in: cli.folder.appendingPathComponent("doc"))
        let voteRow = "//table:table[@table:name='Result2']/table:table-row[table:table-cell[2] = 'Voorstel nummer 4']"
        let dots = try report.string("\(voteRow)/table:table-cell[3]")
        #expect(!dots.isEmpty)
        let provenance = try report.strings(
            "//text:h[contains(., '(A01)')]/following-sibling::table:table[1]/table:table-row[last()]/table:table-cell[2]/text:p")
        #expect(provenance.contains("Voorstel nummer 4"), "\(provenance)")
        #expect(provenance.contains("Stippen: \(dots)"), "the action's dots are the vote table's: \(provenance)")
        #expect(!provenance.contains("Voorstel nummer 1"))
    }
}

/// The hackathon template: mixed teams, then brainwriting per team, and the report shows the teams.
@Suite struct HackathonTemplateTests {
    @Test func teamsFormedOnDayOneRunTheirBrainwritingPerTeamAndReachTheReport() throws {
        let cli = try CLI()
        defer { cli.remove() }
        func ok(_ arguments: String...) throws -> CLI.Output {
            let output = try cli.run(arguments)
            try #require(output.status == 0, "\(arguments.joined(separator: " ")): \(output.stderr)")
            return output
        }
        _ = try ok("init", "--template", "hackathon", "--title", "Hackathon 2026", "--language", "en")
        try cli.write("participants.csv", "id,name,group\n" + (1...12).map { "p\($0),Person \($0),service \($0 % 3)" }
            .joined(separator: "\n") + "\n")
        try cli.write("challenges.csv", "id,text,kind\nc1,Faster permits,challenge\nc2,Plain letters,challenge\n")
        _ = try ok("import", "participants", "participants.csv")
        _ = try ok("import", "items", "challenges.csv", "--step", "day1-challenges")
        _ = try ok("run", "day1-teams", "--param", "team_size_min=6", "--param", "team_size_max=6")
        let brainwriting = try ok("run", "day1-brainwriting")
        #expect(brainwriting.stdout.contains("  Team 1 (6): "), "\(brainwriting.stdout)")
        #expect(brainwriting.stdout.contains("  Team 2 (6): "), "\(brainwriting.stdout)")
        _ = try ok("export", "--format", "odt", "--output", "doc")
        let report = try ExportedPart.xml("content.xml", of: "actions.odt", in: cli.folder.appendingPathComponent("doc"))
        let headings = try report.strings("//text:h[@text:outline-level='2']")
        #expect(headings.contains("Teams") && headings.contains("Brainwriting 6-3-5"), "\(headings)")
        #expect(try report.strings("//table:table[@table:name='Groups1']/table:table-row/table:table-cell[1]") == ["Team 1", "Team 2"])
    }
}
