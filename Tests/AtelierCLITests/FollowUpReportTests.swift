import AtelierXML
import Foundation
import ODFSchemas
import Testing

/// `atelier export --format follow-up` after returns: the report (.odt) and its workbook (.ods)
/// carry each recommendation's response, justification, status, progress with its weights and
/// timeline, the summary by addressee and the statuses over time, and are valid ODF 1.3.
@Suite struct FollowUpReportTests {
    /// The workshop of ``FollowUpCommandTests`` with a second return, exported in English.
    func exported() throws -> (CLI, URL) {
        let cli = try FollowUpCommandTests().workshop()
        try cli.write("ret2.csv", "id,title,État d'avancement,Progression (%),Destinataire\nR4,Train,Terminée,100,Parlement\n")
        let imported = try cli("import", "actions", "ret2.csv", "--dated", "2027-01-10")
        try #require(imported.status == 0, "\(imported.stderr)")
        let export = try cli("export", "--format", "follow-up", "--language", "en", "--output", "out")
        try #require(export.status == 0, "\(export.stderr)")
        #expect(export.stdout.hasSuffix("-follow-up.odt\nout/assemblee-follow-up.ods\n"), "\(export.stdout)")
        return (cli, cli.folder.appendingPathComponent("out"))
    }

    @Test func theReportGivesEachRecommendationItsFollowUpAndTimeline() throws {
        let (cli, folder) = try exported()
        defer { cli.remove() }
        let content = try ExportedPart.xml("content.xml", of: "follow-up.odt", in: folder)
        #expect(try content.string("//text:p[@text:style-name='Subtitle']") == "Follow-up report")
        #expect(try content.string("//text:p[starts-with(., 'Situation on')]") == "Situation on: 10 January 2027")
        func row(_ table: String, _ first: String) throws -> [String] {
            try content.strings("//table:table[@table:name='\(table)']//table:table-row[table:table-cell[1] = '\(first)']/table:table-cell")
        }
        #expect(try content.strings("//table:table[@table:name='Summary']//table:table-row/table:table-cell[1]")
                == ["Addressee", "Recommendations", "Adopted", "Partly adopted", "Rejected", "Pending", "No response", "Mean progress"])
        #expect(try row("Summary", "Addressee") == ["Addressee", "Parliament", "Not assigned"])
        #expect(try row("Summary", "Recommendations") == ["Recommendations", "1", "3"])
        #expect(try row("Summary", "Adopted") == ["Adopted", "0", "2"])
        #expect(try row("Summary", "Partly adopted") == ["Partly adopted", "1", "0"])
        #expect(try row("Summary", "No response") == ["No response", "0", "1"])
        #expect(try row("Summary", "Mean progress") == ["Mean progress", "100 %", "60 %"])
        #expect(try row("Statuses", "11 March 2026") == ["11 March 2026", "4", "0", "0", "0"], "the workshop's last day")
        #expect(try row("Statuses", "10 January 2027") == ["10 January 2027", "3", "0", "0", "1"])
        #expect(try row("Details-1", "Progress (%)") == ["Progress (%)", "80 % = (40 × 1 + 100 × 2) / 3 (R3, R4)"])
        #expect(try row("Details-2", "Response") == ["Response", "No response"])
        #expect(try row("Details-2", "Due on") == ["Due on", "11 December 2026"], "the workshop's deadline, 9 months after")
        #expect(try row("Details-4", "Justification") == ["Justification", "Budget limité"])
        #expect(try row("Details-4", "Weight") == ["Weight", "2 (Part of R1)"])
        #expect(try content.strings("//table:table[@table:name='Timeline-4']//table:table-row[position() > 0]/table:table-cell[2]") == [
            "Change", "Response: – → Partly adopted", "Justification: – → Budget limité", "Progress (%): – → 70",
            "Part of: – → R1", "Weight: 1 → 2", "Status: Not started → Completed", "Addressee: – → Parliament",
            "Progress (%): 70 → 100",
        ])
        #expect(try row("Timeline-4", "10 January 2027").last == "ret2.csv:2")
        #expect(try content.number("count(//table:table[@table:name='Timeline-2'])") == 0, "R2 never changed")
        let description = try content.string("//draw:frame/svg:desc")
        #expect(description == "Recommendations at each status, date by date; on 10 January 2027: Not started 3, Limited progress 0, Substantial progress 0, Completed 1.")
    }

    @Test func theWorkbookListsTheRecommendationsAndEveryChange() throws {
        let (cli, folder) = try exported()
        defer { cli.remove() }
        let content = try ExportedPart.xml("content.xml", of: "follow-up.ods", in: folder)
        #expect(try content.strings("//table:table/@table:name") == ["Recommendations", "Summary by addressee", "Statuses over time", "Timeline"])
        let r1 = try content.strings("//table:table[1]/table:table-row[table:table-cell[1] = 'R1']/table:table-cell/@office:value")
        #expect(r1 == ["80.0", "1.0"], "the rolled-up progress and the weight are numbers")
        #expect(try content.number("count(//table:table[4]//table:table-row)") == 1 + 11 + 3, "header, first return, second")
        #expect(try content.strings("//table:table[4]/table:table-row[last()]/table:table-cell") == [
            "2027-01-10", "R4", "Progress (%): 70 → 100", "ret2.csv:2",
        ])
    }

    @Test(arguments: ["follow-up.odt", "follow-up.ods"])
    func everyPartIsValidODF13(_ suffix: String) throws {
        let (cli, folder) = try exported()
        defer { cli.remove() }
        try validate(suffix, in: folder)
    }

    @Test(arguments: ["follow-up.odt", "follow-up.ods"])
    func hostileTextInAReturnLeavesTheReportValid(_ suffix: String) throws {
        let cli = try FollowUpCommandTests().workshop()
        defer { cli.remove() }
        try cli.write("hostile.csv", "id,title,response,justification,measure,evidence\n"
            + "R2,Logement,rejected,\"\u{01}\u{1B}[31m \u{200F}שלום  spaced\u{0B} x\",<script>alert(1)</script>,javascript:alert(1)\n")
        let imported = try cli("import", "actions", "hostile.csv", "--dated", "2026-11-01")
        try #require(imported.status == 0, "\(imported.stderr)")
        try #require(try cli("export", "--format", "follow-up", "--output", "out").status == 0)
        let folder = cli.folder.appendingPathComponent("out")
        try validate(suffix, in: folder)
        let content = try ExportedPart.xml("content.xml", of: suffix, in: folder)
        #expect(try content.number("count(//text:p[contains(., '<script>alert(1)</script>')])") >= 1, "written as text")
        #expect(try content.number("count(//text:p[contains(., '\u{FFFD}\u{FFFD}[31m')])") >= 1, "control characters replaced")
    }

    /// Every part of the exported package is valid against the OASIS schemas.
    func validate(_ suffix: String, in folder: URL) throws {
        for path in ["content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"] {
            guard let data = try? ExportedPart.data(path, of: suffix, in: folder) else {
                #expect(path == "settings.xml" && suffix.hasSuffix(".odt"), "\(suffix) has no \(path)")
                continue
            }
            let schema = path == "META-INF/manifest.xml" ? try ODFSchemas.manifest() : try ODFSchemas.odf()
            let errors = try schema.validate(data: data, name: "\(suffix)/\(path)")
            #expect(errors.isEmpty, "\(suffix)/\(path):\n\(errors.prefix(20).map(\.description).joined(separator: "\n"))")
        }
    }
}
