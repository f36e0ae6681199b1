import Foundation
import Testing

/// `atelier follow-up` and `atelier log` over returns: the deadlines set with the workshop, the
/// overdue, due-soon and unanswered lists, the changes since a day, the timeline of an action,
/// and a parent's progress as the weighted mean of its children's, weights printed.
@Suite struct FollowUpCommandTests {
    /// A workshop ending 2026-03-11 with four recommendations, and a first return dated 2026-10-01.
    func workshop(_ initOptions: [String] = []) throws -> CLI {
        let cli = try CLI()
        let created = try cli.run(["init", "--title", "Assemblée", "--start", "2026-03-10", "--end", "2026-03-11", "--language", "fr"] + initOptions)
        try #require(created.status == 0, "\(created.stderr)")
        try cli.write("a.csv", "id,title,carrier\nR1,Transports,administration\nR2,Logement,government\nR3,Bus,administration\nR4,Train,administration\n")
        try #require(try cli("import", "actions", "a.csv").status == 0)
        try cli.write("ret1.csv", """
            id,title,Réponse,Justification,Progression (%),Fait partie de,Poids,Échéance de réponse,Prochain examen
            R1,Transports,adoptée,,,,,2026-12-31,
            R3,Bus,adoptée,,40,R1,1,,2027-02-01
            R4,Train,partiellement adoptée,Budget limité,70,R1,2,,

            """)
        let imported = try cli("import", "actions", "ret1.csv", "--dated", "2026-10-01")
        try #require(imported.status == 0, "\(imported.stderr)")
        return cli
    }

    @Test func theListsFollowTheDeadlinesAndTheProgressAddsUpWithItsWeights() throws {
        let cli = try workshop()
        defer { cli.remove() }
        let result = try cli("follow-up", "--as-of", "2027-01-15", "--since", "2026-09-30")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout == """
            Follow-up as of 2027-01-15: answers due 2026-12-11 (9 months after the workshop), report due 2027-03-11 (12 months)

            Overdue (2)
              R1  Transports — work due 2026-12-31, not started (15 days late)
              R2  Logement — answer due 2026-12-11 (35 days late)

            Due within 30 days (1)
              R3  Bus — next review 2027-02-01

            Without response (1)
              R2  Logement — no response

            Changed since 2026-09-30 (11)
              2026-10-01  R1  response: — → adopted  (ret1.csv:2)
              2026-10-01  R1  due: — → 2026-12-31  (ret1.csv:2)
              2026-10-01  R3  response: — → adopted  (ret1.csv:3)
              2026-10-01  R3  progress: — → 40  (ret1.csv:3)
              2026-10-01  R3  next_review: — → 2027-02-01  (ret1.csv:3)
              2026-10-01  R3  parent: — → R1  (ret1.csv:3)
              2026-10-01  R4  response: — → partly-adopted  (ret1.csv:4)
              2026-10-01  R4  justification: — → Budget limité  (ret1.csv:4)
              2026-10-01  R4  progress: — → 70  (ret1.csv:4)
              2026-10-01  R4  parent: — → R1  (ret1.csv:4)
              2026-10-01  R4  weight: 1 → 2  (ret1.csv:4)

            Progress (3)
              R1  60 % = (40 × 1 + 70 × 2) / 3 (R3, R4)
              R3  40 %
              R4  70 %

            """)
        let later = try cli("follow-up", "--as-of", "2027-01-15", "--since", "2026-10-01")
        #expect(later.stdout.contains("Changed since 2026-10-01 (0)"), "a change dated on the day is not after it")
    }

    @Test func theResponseDeadlineIsSetWithTheWorkshop() throws {
        let cli = try workshop(["--response-months", "6", "--report-months", "18"])
        defer { cli.remove() }
        let result = try cli("follow-up", "--as-of", "2026-10-02")
        #expect(result.stdout.hasPrefix("Follow-up as of 2026-10-02: answers due 2026-09-11 (6 months after the workshop), report due 2027-09-11 (18 months)\n"))
        #expect(result.stdout.contains("  R2  Logement — answer due 2026-09-11 (21 days late)\n"))
        let refused = try cli("init", "--workshop", "other.atelier", "--response-months", "0")
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("--response-months 0: give a number of months from 1 to 120"))
    }

    @Test func theLogShowsWhatEachReturnChangedAndTheTimelineOfAnAction() throws {
        let cli = try workshop()
        defer { cli.remove() }
        try cli.write("ret2.csv", "id,title,Progression (%)\nR4,Train,85\n")
        #expect(try cli("import", "actions", "ret2.csv", "--dated", "2027-02-01").status == 0)
        let timeline = try cli("log", "--action", "R4")
        #expect(timeline.stdout == """
            R4: 6 changes
              2026-10-01  response: — → partly-adopted  (ret1.csv:4)
              2026-10-01  justification: — → Budget limité  (ret1.csv:4)
              2026-10-01  progress: — → 70  (ret1.csv:4)
              2026-10-01  parent: — → R1  (ret1.csv:4)
              2026-10-01  weight: 1 → 2  (ret1.csv:4)
              2027-02-01  progress: 70 → 85  (ret2.csv:2)

            """)
        let log = try cli("log").stdout
        #expect(log.contains("import actions ret2.csv\n     Imported ret2.csv: 0 added, 1 updated (progress), 0 unchanged.\n     2027-02-01  R4  progress: 70 → 85  (ret2.csv:2)\n"))
        #expect(try cli("undo").status == 0)
        #expect(try cli("log", "--action", "R4").stdout.hasPrefix("R4: 5 changes\n"), "undo takes the return's history back")
    }
}
