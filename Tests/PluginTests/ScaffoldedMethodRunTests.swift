import AtelierXML
import Foundation
import ODFSchemas
import Testing

extension NewMethodPluginTests {
    /// Scaffolds `pestle` in a copy of the package, builds `atelier` there and runs the new method on a
    /// small workshop; then runs the test the plugin wrote. It compiles a copy of the whole package
    /// (minutes on a fresh clone), so it runs with ATELIER_SLOW_TESTS=1, as `.ci/run` sets.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["ATELIER_SLOW_TESTS"] == "1",
                   "builds a copy of the package: run with ATELIER_SLOW_TESTS=1 swift test"))
    func scaffoldedMethodBuildsAndRunsInAtelier() throws {
        let copy = try PackageCopy()
        defer { copy.discard() }
        let scaffold = try copy.newMethod(["--id", "pestle", "--name", "PESTLE analysis"])
        try #require(scaffold.status == 0, "\(scaffold)")

        let build = try copy.swift(["build", "--scratch-path", PackageCopy.scratch.path, "--product", "atelier"])
        try #require(build.status == 0, "\(build)")
        let binPath = try copy.swift(["build", "--scratch-path", PackageCopy.scratch.path, "--show-bin-path"])
        let atelier = URL(fileURLWithPath: binPath.output.trimmingCharacters(in: .whitespacesAndNewlines)).appendingPathComponent("atelier")

        let workshop = copy.url("workshop")
        try FileManager.default.createDirectory(at: workshop, withIntermediateDirectories: true)
        // No registry folder: the scaffolded manifest and page are built into atelier.
        let environment = ["ATELIER_WORKSHOP": workshop.appendingPathComponent("test.atelier").path]
        func atelierRun(_ arguments: String...) throws -> CommandOutput {
            try copy.run(atelier, arguments, in: workshop, environment: environment)
        }

        let methods = try atelierRun("methods")
        #expect(methods.status == 0, "\(methods)")
        #expect(methods.output.split(separator: "\n").contains { $0.hasPrefix("pestle ") && $0.hasSuffix("PESTLE analysis [built-in]") }, "\(methods)")

        #expect(try atelierRun("init", "--title", "Simplifier l'accès").status == 0)
        try Data("""
            id,text,kind,category
            i1,Incitants fiscaux locaux,idea,Économie
            i2,Simplifier le décret,idea,Juridique
            i3,Centre de services partagé,idea,Économie
            i4,Ouvrir le guichet le samedi,idea,
            i5,Cyberattaques,threat,Juridique

            """.utf8).write(to: workshop.appendingPathComponent("items.csv"))
        let imported = try atelierRun("import", "items", "items.csv")
        #expect(imported.status == 0, "\(imported)")

        let run = try atelierRun("run", "pestle")
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("PESTLE analysis: 4 cards (idea) in 2 categories, 1 without one; largest: “Économie” (2)."), "\(run)")

        let declined = try atelierRun("run", "pestle", "--param", "kinds=challenge")
        #expect(declined.status == 1, "\(declined)")
        #expect(declined.errors.contains("the workshop has no cards of kind challenge"), "\(declined)")

        // The result reaches every document, drawn as the scaffolded manifest declares: a ranking.
        let export = try atelierRun("export", "--format", "odt", "--format", "ods", "--format", "xml", "--output", "out")
        #expect(export.status == 0, "\(export)")
        let out = workshop.appendingPathComponent("out")
        let report = try ExportedPart.xml("content.xml", of: "actions.odt", in: out)
        #expect(try report.strings("//text:h[@text:outline-level='2']").contains("PESTLE analysis"), "a section for the step")
        #expect(try report.strings("//table:table[@table:name='Result1']/table:table-header-rows//text:p")
                == ["Rank", "Item", "Cards", "Category", "Notes"])
        #expect(try report.strings("//table:table[@table:name='Result1']/table:table-row[1]/table:table-cell")
                == ["1", "Incitants fiscaux locaux", "2", "Économie", ""])
        #expect(try report.number("count(//draw:frame/draw:image)") == 1, "the ranking's bar chart")
        let workbook = try ExportedPart.xml("content.xml", of: "actions.ods", in: out)
        #expect(try workbook.strings("//table:table[@table:name='PESTLE analysis']/table:table-row/table:table-cell[2]")
                == ["i1", "i2", "i4"])
        let xmlFile = try #require(try FileManager.default.contentsOfDirectory(atPath: out.path).first { $0.hasSuffix(".xml") })
        let xml = try SafeXMLDocument(contentsOf: out.appendingPathComponent(xmlFile), namespaces: ODFPrefixes.all)
        #expect(try xml.string("/a:actions/a:result/@method") == "pestle")
        #expect(try xml.strings("/a:actions/a:result/a:entry/@value") == ["2.0", "1.0", "1.0"])

        let log = try atelierRun("log")
        #expect(log.output.contains("run pestle\n     PESTLE analysis: 4 cards (idea)"), "\(log)")
        let status = try atelierRun("status")
        #expect(status.output.split(separator: "\n").contains { $0.split(separator: " ") == ["results", "1"] }, "\(status)")

        let tests = try copy.swift(["test", "--scratch-path", PackageCopy.scratch.path, "--filter", "PestleTests"])
        #expect(tests.status == 0, "\(tests)")
        #expect(tests.output.contains("Suite PestleTests passed"), "\(tests)")
    }
}
