import Foundation
import Testing

/// Through the built binary: a step's `--param` values are named and used again on its next run, and a
/// vote or matrix with nothing imported says what to import.
@Suite struct RememberedParameterTests {
    /// A two-day workshop with two participants and two proposals, nothing voted or scored yet.
    func seeded(language: String = "en") throws -> CLI {
        let cli = try CLI()
        #expect(try cli("init", "--template", "two-day", "--language", language).status == 0)
        try cli.write("p.csv", "id,name,role\np1,Anne,participant\np2,Jan,participant\n")
        try cli.write("i.csv", "id,text,kind\nP1,Guichet unique,proposal\nP2,Formulaire en ligne,proposal\n")
        #expect(try cli("import", "participants", "p.csv").status == 0)
        #expect(try cli("import", "items", "i.csv").status == 0)
        return cli
    }

    @Test func aVoteAndAMatrixWithNothingImportedSayWhatToImport() throws {
        let cli = try seeded()
        defer { cli.remove() }
        let before = try cli.snapshot()
        let vote = try cli("run", "day2-vote")
        #expect(vote.status == 1)
        #expect(vote.stderr.contains(
            "no ballots for step 'day2-vote' yet; import them first: atelier import ballots FILE --step day2-vote"), "\(vote.stderr)")
        let matrix = try cli("run", "day2-matrix")
        #expect(matrix.status == 1)
        #expect(matrix.stderr.contains(
            "no scores for step 'day2-matrix' yet; import them first: atelier import scores FILE --step day2-matrix"), "\(matrix.stderr)")
        #expect(try cli.snapshot() == before)
    }

    @Test func theVoteMessageIsInTheWorkshopLanguage() throws {
        let cli = try seeded(language: "nl")
        defer { cli.remove() }
        let vote = try cli("run", "day2-vote")
        #expect(vote.status == 1)
        #expect(vote.stderr.contains(
            "nog geen stemmen voor stap 'day2-vote'; importeer ze eerst: atelier import ballots BESTAND --step day2-vote"), "\(vote.stderr)")
    }

    @Test func aRunNamesAndReusesTheParametersOfTheLastRunUntilUndone() throws {
        let cli = try seeded()
        defer { cli.remove() }
        try cli.write("votes.csv", "participant,item,dots\np1,P1,3\np1,P2,2\np2,P2,4\n")
        #expect(try cli("import", "ballots", "votes.csv", "--step", "day2-vote").status == 0)
        let first = try cli("run", "day2-vote", "--param", "select_top=1")
        #expect(first.status == 0, "\(first.stderr)")
        #expect(!first.stdout.contains("Reusing"), "\(first.stdout)")
        #expect(first.stdout.contains("; 1 selected."), "\(first.stdout)")

        let again = try cli("run", "day2-vote")
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stdout.hasPrefix("Reusing --param select_top=1 from the last run of day2-vote.\n"), "\(again.stdout)")
        #expect(again.stdout.contains("; 1 selected."), "\(again.stdout)")

        let overridden = try cli("run", "day2-vote", "--param", "select_top=2")
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(!overridden.stdout.contains("Reusing"), "\(overridden.stdout)")
        #expect(overridden.stdout.contains("; 2 selected."), "\(overridden.stdout)")
        let stored = try JSONSerialization.jsonObject(with: Data(cli("show", "day2-vote", "--json").stdout.utf8)) as? [String: Any]
        #expect(stored?["parameters"] as? [String: String] == ["select_top": "2"])

        for _ in 0..<3 { #expect(try cli("undo").status == 0) }
        let afresh = try cli("run", "day2-vote")
        #expect(afresh.status == 0, "\(afresh.stderr)")
        #expect(!afresh.stdout.contains("Reusing"), "\(afresh.stdout)")
        #expect(try !cli("show", "day2-vote", "--json").stdout.contains("select_top"))
    }
}
