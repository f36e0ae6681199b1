import Foundation
import ODFSchemas
import Testing

/// `atelier panel` through the built binary: the two-stage draw end to end, reproducible from its
/// seed, and the hostile or mistaken inputs it refuses without changing the panel file.
@Suite struct PanelCommandTests {
    static let features = "feature,value,min,max\ngender,female,2,3\ngender,male,2,3\nage,young,1,3\nage,old,1,3\n"
    static let respondents = "id,name,gender,age,address\n" + (1...16).map {
        "p\($0),Person \($0),\($0 % 3 == 0 ? "male" : "female"),\($0 % 4 == 0 ? "old" : "young"),Street \($0 % 14)"
    }.joined(separator: "\n") + "\n"

    /// A folder with the quotas and respondents imported.
    static func imported() throws -> CLI {
        let cli = try CLI()
        try Data(features.utf8).write(to: cli.folder.appendingPathComponent("features.csv"))
        try Data(respondents.utf8).write(to: cli.folder.appendingPathComponent("respondents.csv"))
        #expect(try cli("panel", "import", "quotas", "features.csv").status == 0)
        let pool = try cli("panel", "import", "respondents", "respondents.csv", "--address-columns", "address")
        #expect(pool.stdout == "Imported 16 respondents from 14 households.\n")
        return cli
    }

    func contents(_ cli: CLI, _ path: String) throws -> Data { try Data(contentsOf: cli.folder.appendingPathComponent(path)) }

    @Test func commitAndRevealGiveTheSameFilesOnTwoRuns() throws {
        var outputs: [[Data]] = []
        for _ in 0..<2 {
            let cli = try Self.imported()
            let commit = try cli("panel", "commit", "--seats", "5", "--algorithm", "leximin", "--canonical", "inputs.txt")
            #expect(commit.status == 0, "\(commit.stderr)")
            let reveal = try cli("panel", "reveal", "--seed", "Lotto 4 11 23 35 41 44")
            #expect(reveal.status == 0, "\(reveal.stderr)")
            let files = ["selected.csv", "remaining.csv", "alternates.csv", "probabilities.csv"].map { "exports/panel/\($0)" }
            outputs.append(try (files + ["inputs.txt", "panel.json"]).map { try contents(cli, $0) })
            let selected = String(decoding: try contents(cli, files[0]), as: UTF8.self)
            #expect(selected.hasPrefix("id,name,gender,age,address\r\n"))
            #expect(selected.split(separator: "\r\n").count == 6)
        }
        #expect(outputs[0] == outputs[1])
    }

    @Test func aPanelFileChangedAfterTheCommitmentIsRefused() throws {
        let cli = try Self.imported()
        #expect(try cli("panel", "commit", "--seats", "5").status == 0)
        let url = cli.folder.appendingPathComponent("panel.json")
        let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\"Street 5\"", with: "\"Street 6\"")
        try Data(text.utf8).write(to: url)
        let reveal = try cli("panel", "reveal", "--seed", "7")
        #expect(reveal.status == 1)
        #expect(reveal.stderr.contains("panel.json: error: the inputs changed since the commitment: their SHA-256 is "))
        #expect(!FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("exports/panel/selected.csv").path))
        #expect(try cli("panel", "import", "quotas", "features.csv").stderr.contains("the panel is committed"))
    }

    @Test func anOutputFolderThatIsAFileIsRefusedAndTheDrawNotKept() throws {
        let cli = try Self.imported()
        let before = try contents(cli, "panel.json")
        try Data("not a folder".utf8).write(to: cli.folder.appendingPathComponent("outfile"))
        let draw = try cli("panel", "draw", "--seats", "5", "--seed", "1", "--output", "outfile")
        #expect(draw.status == 1)
        #expect(draw.stderr.hasPrefix("outfile: error: cannot write the draw's files"), "\(draw.stderr)")
        #expect(try contents(cli, "panel.json") == before)
        #expect(try contents(cli, "outfile") == Data("not a folder".utf8))
    }

    @Test func aBadRespondentChangesNothing() throws {
        let cli = try Self.imported()
        let before = try contents(cli, "panel.json")
        try Data("id,name,gender,age,address\nq1,Q,female,young,X\nq2,R,femme,old,Y\n".utf8)
            .write(to: cli.folder.appendingPathComponent("bad.csv"))
        let refused = try cli("panel", "import", "respondents", "bad.csv")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("bad.csv:3: error: gender: `femme` is not a value of `gender` in features.csv; it lists female, male"))
        #expect(try contents(cli, "panel.json") == before)
    }

    @Test func aPanelFileWithRowsCutShortIsRefused() throws {
        let cli = try Self.imported()
        let url = cli.folder.appendingPathComponent("panel.json")
        var json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var respondents = json["respondents"] as! [String: Any]
        var records = respondents["records"] as! [[String: Any]]
        records[2]["fields"] = ["p3"]
        respondents["records"] = records
        json["respondents"] = respondents
        try JSONSerialization.data(withJSONObject: json).write(to: url)
        let draw = try cli("panel", "draw", "--seats", "5", "--seed", "1")
        #expect(draw.status == 1)
        #expect(draw.stderr.contains("panel.json: error: its copy of respondents.csv has 1 fields on line 4 under 5 columns"))
    }

    @Test func infeasibleQuotasGetTheirSmallestRelaxation() throws {
        let cli = try Self.imported()
        let check = try cli("panel", "check", "--seats", "7")
        #expect(check.status == 1)
        #expect(check.stdout.contains("Not feasible"))
        #expect(check.stdout.contains("raise `gender:female` max from 3 to 4"))
        #expect(try cli("panel", "check", "--seats", "5").stdout.contains("Feasible"))
    }

    @Test func theRecordAndTheSeatingComeFromTheDraw() throws {
        let cli = try Self.imported()
        #expect(try cli("init", "--title", "Panel", "--language", "nl").status == 0)
        #expect(try cli("panel", "draw", "--seats", "5", "--seed", "3").status == 0)
        let record = try cli("panel", "record", "--title", "Burgerpanel 2027", "--date", "2027-03-07", "--language", "nl")
        #expect(record.status == 0, "\(record.stderr)")
        for name in ["record-nl.odt", "record-nl.ods"] {
            #expect(FileManager.default.fileExists(atPath: cli.folder.appendingPathComponent("exports/panel/\(name)").path))
        }
        let facts = try ExportedPart.xml("content.xml", of: "nl.odt", in: cli.folder.appendingPathComponent("exports/panel"))
            .strings("//table:table[1]//table:table-row")
        #expect(facts.contains { $0.hasPrefix("Solver") && $0.contains("GLPK ") }, "the solver and its version are named: \(facts)")
        let seat = try cli("panel", "seat", "--name-column", "name")
        #expect(seat.stdout == "Seated the 5 members of the panel drawn with seed \"3\" as participants.\n")
        #expect(try cli("status").stdout.contains("participants 5"))
    }

    @Test func invitationsAreReproducibleAndShareTheLettersByArea() throws {
        let cli = try CLI()
        let register = "id,address,area\n" + (1...100).map { "r\($0),Street \($0),\($0 <= 70 ? "Liège" : "Eupen")" }.joined(separator: "\n")
        try Data(register.utf8).write(to: cli.folder.appendingPathComponent("register.csv"))
        for output in ["a.csv", "b.csv"] {
            #expect(try cli("panel", "invite", "register.csv", "--letters", "10", "--area-column", "area", "--seed", "s", "--output", output).status == 0)
        }
        let letters = String(decoding: try contents(cli, "a.csv"), as: UTF8.self)
        #expect(try contents(cli, "a.csv") == contents(cli, "b.csv"))
        #expect(letters.components(separatedBy: "Liège").count - 1 == 7)
        #expect(letters.components(separatedBy: "Eupen").count - 1 == 3)
        let tooMany = try cli("panel", "invite", "register.csv", "--letters", "101", "--seed", "s", "--output", "c.csv")
        #expect(tooMany.stderr.contains("register.csv: error: --letters 101: the register has only 100 addresses"))
    }

    @Test func aCommitmentIsFinalAndRevealedOnce() throws {
        let cli = try Self.imported()
        #expect(try cli("panel", "commit", "--seats", "5").status == 0)
        #expect(try cli("panel", "commit", "--seats", "6").stderr.contains("panel.json: error: already committed (inputs "))
        #expect(try cli("panel", "draw", "--seats", "5", "--seed", "1").stderr.contains("the panel is committed"))
        #expect(try cli("panel", "reveal", "--seed", "A").status == 0)
        #expect(try cli("panel", "reveal", "--seed", "A").status == 0)
        let other = try cli("panel", "reveal", "--seed", "B")
        #expect(other.status == 1)
        #expect(other.stderr.contains("panel.json: error: already revealed with the seed \"A\""))
    }

    @Test func seatsBeyondThePoolAndALinkedPanelFileAreRefused() throws {
        let cli = try Self.imported()
        let seats = try cli("panel", "draw", "--seats", "1000000", "--seed", "1")
        #expect(seats.status == 1)
        #expect(seats.stderr.contains("1000000 seats: a panel has from 1 seat to as many as the 16 respondents"))
        try FileManager.default.createSymbolicLink(atPath: cli.folder.appendingPathComponent("linked.json").path, withDestinationPath: "panel.json")
        let linked = try cli("panel", "check", "--seats", "5", "--panel", "linked.json")
        #expect(linked.status == 1)
        #expect(linked.stderr.contains("linked.json: error: not a regular file"))
    }
}
