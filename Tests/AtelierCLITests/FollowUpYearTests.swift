import Foundation
import ODFSchemas
import Testing

/// A year after the workshop: the tracking workbook comes back three times from two
/// administrations; a rejection without its justification and two returns that disagree are
/// refused, naming the file, sheet, row and both values; then the history, the overdue list, the
/// weighted progress and the follow-up report tell what happened.
@Suite struct FollowUpYearTests {
    /// The headers of the returned workbook's Actions sheet, in French.
    static let header = ["ID", "Titre", "Destinataire", "Réponse", "Justification", "État d'avancement", "Progression (%)",
                         "Échéance de réponse", "Fait partie de", "Poids"]

    /// Writes a returned workbook: its Actions sheet with the header and these rows.
    func writeReturn(_ name: String, _ rows: [[String]], in cli: CLI) throws {
        let content = SheetDocument.content(SheetDocument.table("Actions", [Self.header] + rows))
        try ZipBuilder.spreadsheet(content: content).write(to: cli.folder.appendingPathComponent(name))
    }

    @Test func aYearOfReturns() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "Assemblée citoyenne", "--start", "2026-03-10", "--end", "2026-03-11", "--language", "fr").status == 0)
        try cli.write("recommandations.csv", """
            id,title,carrier
            R1,Mobilité douce,administration
            R2,Logement abordable,government
            R3,Bus de nuit,administration
            R4,Trains régionaux,administration
            R5,Cantines scolaires,government

            """)
        #expect(try cli("import", "actions", "recommandations.csv").status == 0)

        // June: the mobility administration answers for R1, R3 and R4.
        try writeReturn("mobilite-juin.ods", [
            ["R1", "Mobilité douce", "Administration", "Adoptée", "", "Pas commencée", "", "", "", ""],
            ["R3", "Bus de nuit", "Administration", "Adoptée", "", "Avancement limité", "20", "2027-06-30", "R1", "1"],
            ["R4", "Trains régionaux", "Administration", "Partiellement adoptée", "Budget limité", "Avancement limité", "10", "2026-12-31", "R1", "2"],
        ], in: cli)
        let june = try cli("import", "actions", "mobilite-juin.ods", "--dated", "2026-06-15")
        #expect(june.stdout == "Imported mobilite-juin.ods: 0 added, 3 updated (status, addressee, response, justification, progress, due, parent, weight), 0 unchanged.\n", "\(june.stderr)")

        // January: the government and the administration return their copies together.
        func government(justification: String, reportsR4: Bool) -> [[String]] {
            [["R2", "Logement abordable", "Gouvernement", "Rejetée", justification, "Pas commencée", "", "", "", ""]] + (reportsR4 ? [
                ["R4", "Trains régionaux", "Administration", "Partiellement adoptée", "Budget limité", "Avancement substantiel", "40", "2026-12-31", "R1", "2"],
            ] : [])
        }
        try writeReturn("gouvernement.ods", government(justification: "", reportsR4: true), in: cli)
        try writeReturn("mobilite-janvier.ods", [
            ["R3", "Bus de nuit", "Administration", "Adoptée", "", "Avancement substantiel", "50", "2027-06-30", "R1", "1"],
            ["R4", "Trains régionaux", "Administration", "Partiellement adoptée", "Budget limité", "Avancement substantiel", "60", "2026-12-31", "R1", "2"],
        ], in: cli)
        let unjustified = try cli("import", "actions", "gouvernement.ods", "mobilite-janvier.ods", "--dated", "2027-01-15")
        #expect(unjustified.status == 1)
        #expect(unjustified.stderr == "gouvernement.ods:Actions:2: error: Justification: 'Rejetée' needs a justification: say why in this column\n")

        try writeReturn("gouvernement.ods", government(justification: "Hors compétence fédérale", reportsR4: true), in: cli)
        let conflict = try cli("import", "actions", "gouvernement.ods", "mobilite-janvier.ods", "--dated", "2027-01-15")
        #expect(conflict.status == 1)
        #expect(conflict.stderr == """
            mobilite-janvier.ods:Actions:3: error: R4 progress: '60' here, but '40' in gouvernement.ods:Actions:3
            1 conflict between the returns; nothing was imported: settle each in one of the files and import them again

            """)
        #expect(try cli("log", "--action", "R2").stdout == "R2: 0 changes\n", "nothing of either return was imported")

        try writeReturn("gouvernement.ods", government(justification: "Hors compétence fédérale", reportsR4: false), in: cli)
        let january = try cli("import", "actions", "gouvernement.ods", "mobilite-janvier.ods", "--dated", "2027-01-15")
        #expect(january.status == 0, "\(january.stderr)")

        // The history of R4, return by return, with the file, sheet and row.
        #expect(try cli("log", "--action", "R4").stdout == """
            R4: 10 changes
              2026-06-15  status: not-started → limited  (mobilite-juin.ods:Actions:4)
              2026-06-15  addressee: — → administration  (mobilite-juin.ods:Actions:4)
              2026-06-15  response: — → partly-adopted  (mobilite-juin.ods:Actions:4)
              2026-06-15  justification: — → Budget limité  (mobilite-juin.ods:Actions:4)
              2026-06-15  progress: — → 10  (mobilite-juin.ods:Actions:4)
              2026-06-15  due: — → 2026-12-31  (mobilite-juin.ods:Actions:4)
              2026-06-15  parent: — → R1  (mobilite-juin.ods:Actions:4)
              2026-06-15  weight: 1 → 2  (mobilite-juin.ods:Actions:4)
              2027-01-15  status: limited → substantial  (mobilite-janvier.ods:Actions:3)
              2027-01-15  progress: 10 → 60  (mobilite-janvier.ods:Actions:3)

            """)

        // What is late on 20 January 2027, and the progress that adds up.
        let agenda = try cli("follow-up", "--as-of", "2027-01-20", "--since", "2026-12-31").stdout
        #expect(agenda.contains("""
            Overdue (2)
              R4  Trains régionaux — work due 2026-12-31, substantial progress, 60 % (20 days late)
              R5  Cantines scolaires — answer due 2026-12-11 (40 days late)

            """), "\(agenda)")
        #expect(agenda.contains("Without response (1)\n  R5  Cantines scolaires — no response\n"))
        #expect(agenda.contains("  R1  57 % = (50 × 1 + 60 × 2) / 3 (R3, R4)\n"))

        // The follow-up report.
        let export = try cli("export", "--format", "follow-up", "--language", "en", "--output", "report")
        try #require(export.status == 0, "\(export.stderr)")
        let folder = cli.folder.appendingPathComponent("report")
        let content = try ExportedPart.xml("content.xml", of: "follow-up.odt", in: folder)
        func cells(_ table: String, _ first: String) throws -> [String] {
            try content.strings("//table:table[@table:name='\(table)']//table:table-row[table:table-cell[1] = '\(first)']/table:table-cell")
        }
        #expect(try cells("Summary", "Addressee") == ["Addressee", "Administration", "Government", "Not assigned"])
        #expect(try cells("Summary", "Recommendations") == ["Recommendations", "3", "1", "1"])
        #expect(try cells("Summary", "Adopted") == ["Adopted", "2", "0", "0"])
        #expect(try cells("Summary", "Partly adopted") == ["Partly adopted", "1", "0", "0"])
        #expect(try cells("Summary", "Rejected") == ["Rejected", "0", "1", "0"])
        #expect(try cells("Summary", "No response") == ["No response", "0", "0", "1"])
        #expect(try cells("Summary", "Mean progress") == ["Mean progress", "56 %", "–", "–"])
        #expect(try cells("Details-1", "Progress (%)") == ["Progress (%)", "57 % = (50 × 1 + 60 × 2) / 3 (R3, R4)"])
        #expect(try cells("Details-2", "Justification") == ["Justification", "Hors compétence fédérale"])
        #expect(try cells("Details-5", "Due on") == ["Due on", "11 December 2026"])
        #expect(try cells("Statuses", "15 June 2026") == ["15 June 2026", "3", "2", "0", "0"])
        #expect(try cells("Statuses", "15 January 2027") == ["15 January 2027", "3", "0", "2", "0"])
        #expect(try content.strings("//table:table[@table:name='Timeline-2']//table:table-row/table:table-cell[3]")
                == ["Source", "gouvernement.ods:Actions:2", "gouvernement.ods:Actions:2", "gouvernement.ods:Actions:2"])
    }
}

/// Two copies of one exported workbook come back one after the other: the second still holds, in
/// the cells its sender never touched, the values the first return replaced.
@Suite struct StaleCopyTests {
    @Test func aCopyExportedBeforeAReturnCannotSilentlyUndoIt() throws {
        let cli = try CLI()
        defer { cli.remove() }
        #expect(try cli("init", "--title", "T", "--start", "2026-03-10", "--language", "en").status == 0)
        try cli.write("a.csv", "id,title,carrier\nR1,Cycle lanes,administration\nR2,Tram,administration\n")
        #expect(try cli("import", "actions", "a.csv").status == 0)
        #expect(try cli("export", "--format", "csv", "--output", "out").status == 0)
        let exported = try String(contentsOf: cli.folder.appendingPathComponent("out/t-actions.csv"), encoding: .utf8)
        let lines = exported.split(separator: "\r\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        func copy(_ name: String, row: Int, column: String, _ value: String) throws {
            var rows = lines
            rows[row][try #require(lines[0].firstIndex(of: column))] = value
            try cli.write(name, rows.map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n")
        }
        try copy("finances.csv", row: 1, column: "Progress (%)", "40")
        try copy("mobility.csv", row: 2, column: "Responsible service", "SPF Mobility")
        try copy("finances-june.csv", row: 1, column: "Progress (%)", "60")
        #expect(try cli("import", "actions", "finances.csv", "--dated", "2026-05-01").status == 0)
        #expect(try cli("import", "actions", "finances-june.csv", "--dated", "2026-06-01").status == 0, "40 → 60 undoes nothing")

        let stale = try cli("import", "actions", "mobility.csv", "--dated", "2026-06-15")
        #expect(stale.status == 1)
        #expect(stale.stderr == """
            mobility.csv:2: error: R1 progress: '' here would undo '40' from finances.csv:2 (2026-05-01); this copy seems exported before that return
            1 change would undo an earlier return; nothing was imported: import a copy exported after it, or add --allow-reverts if these are corrections

            """)
        #expect(try cli("log", "--action", "R2").stdout == "R2: 0 changes\n")

        let corrected = try cli("import", "actions", "mobility.csv", "--dated", "2026-06-15", "--allow-reverts")
        #expect(corrected.stdout == "Imported mobility.csv: 0 added, 2 updated (service, progress), 0 unchanged.\n", "\(corrected.stderr)")
        #expect(try cli("log", "--action", "R1").stdout.hasSuffix("  2026-06-15  progress: 60 → —  (mobility.csv:2)\n"))
    }
}
