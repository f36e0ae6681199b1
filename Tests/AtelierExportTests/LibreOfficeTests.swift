import AtelierExport
import AtelierKit
import CSV
import Foundation
import Testing

/// Opens the exports the way a person would, with LibreOffice: each report and workbook converts to
/// PDF, the workbook converts to CSV, and the text of every action survives. LibreOffice refuses
/// ("source file could not be loaded") a package it would have to repair.
@Suite(.enabled(if: LibreOffice.path != nil, LibreOffice.missing),
       .enabled(if: LibreOffice.executable("pdftotext") != nil, "needs pdftotext: install poppler-utils"), .serialized)
struct LibreOfficeTests {
    @Test func reportAndWorkbookOpenAndKeepEveryActionTitle() throws {
        let workshop = SampleWorkshop.make()
        let export = try SampleExport(workshop, formats: [.odt, .ods, .fodt, .fods, .worksheets])
        let work = try TemporaryDirectory()
        let names = ["report.odt": "actions.odt", "workbook.ods": "actions.ods", "flat-report.fodt": "actions.fodt",
                     "flat-workbook.fods": "actions.fods", "worksheets.odt": "worksheets-a4.odt"]
        for (name, suffix) in names {
            try FileManager.default.copyItem(at: export.file(suffix), to: work.url.appendingPathComponent(name))
        }
        try LibreOffice.convert(names.keys.sorted(), to: "pdf", in: work.url)
        let titles = workshop.actions.map(\.title).filter { !$0.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) } }
        for pdf in ["report.pdf", "workbook.pdf", "flat-report.pdf", "flat-workbook.pdf"] {
            let text = try LibreOffice.pdfText(work.url.appendingPathComponent(pdf))
            for title in titles {
                #expect(LibreOffice.letters(text).contains(LibreOffice.letters(title)), "\(pdf) lost \(title)")
            }
        }
        let worksheets = try LibreOffice.pdfText(work.url.appendingPathComponent("worksheets.pdf"))
        #expect(worksheets.contains("Feuille 1 du groupe A") && worksheets.contains("Analyse SWOT (AFOM) – SWOT"))
    }

    /// The report as LibreOffice prints it (in each language): every action's ID beside its title,
    /// and a last page that holds more than its footer.
    @Test(arguments: [Language.fr, .nl, .de, .en])
    func renderedReportNamesEveryActionByIDSpeaksItsLanguageAndEndsOnAFullPage(_ language: Language) throws {
        let workshop = SampleWorkshop.make()
        let export = try SampleExport(workshop, formats: [.odt], language: language)
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(at: export.file("actions.odt"), to: work.url.appendingPathComponent("report.odt"))
        try LibreOffice.convert(["report.odt"], to: "pdf", in: work.url)
        let text = try LibreOffice.pdfText(work.url.appendingPathComponent("report.pdf"))
        let letters = LibreOffice.letters(text)
        for action in workshop.actions where !action.title.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) {
            #expect(letters.contains(LibreOffice.letters("\(action.title) (\(action.id))")), "\(action.id) \(action.title)")
        }
        for other in Language.allCases {
            let heading = LibreOffice.letters(Labels(other)[.methodTrail])
            #expect(letters.contains(heading) == (other == language), "the \(language) report and the \(other) method trail heading")
        }
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).filter { !$0.isEmpty }
        let last = try #require(pages.last).split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let footer = "\(pages.count) / \(pages.count)"
        #expect(last.contains(footer), "the footer numbers the last page")
        #expect(last.contains { !$0.isEmpty && $0 != footer }, "the last page is empty")
    }

    @Test func workbookConvertsToCSVWithTheExactTitles() throws {
        let workshop = SampleWorkshop.make()
        let export = try SampleExport(workshop, formats: [.ods])
        let work = try TemporaryDirectory()
        try FileManager.default.copyItem(at: export.file("actions.ods"), to: work.url.appendingPathComponent("workbook.ods"))
        try LibreOffice.convert(["workbook.ods"], to: "csv:Text - txt - csv (StarCalc):44,34,76,1", in: work.url)
        let csv = try String(contentsOf: work.url.appendingPathComponent("workbook.csv"), encoding: .utf8)
        let reader = try CSVReader(string: csv, hasHeaderRow: true)
        var titles: [String] = []
        var horizons: [String] = []
        while let row = reader.next() {
            titles.append(row[2])
            horizons.append(row[7])
        }
        let expected = Workshop.priorityOrder(workshop.actions).map { action in
            action.title.replacingOccurrences(of: "\u{000B}", with: "\n")
                .replacingOccurrences(of: "\u{0001}", with: "\u{FFFD}").replacingOccurrences(of: "\u{FFFF}", with: "\u{FFFD}")
        }
        #expect(titles == expected)
        #expect(horizons.first == "2026-06", "the horizon at its own precision, never a serial number")
    }
}

/// Finds and runs LibreOffice and pdftotext.
enum LibreOffice {
    static let path: String? = executable("soffice")
    /// Why the suites that drive LibreOffice are skipped without it.
    static let missing: Comment = "needs LibreOffice (soffice) on the PATH: install libreoffice-writer-nogui and libreoffice-calc-nogui"

    static func executable(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Converts files in one LibreOffice run, with its own profile so parallel runs do not clash.
    static func convert(_ files: [String], to filter: String, in directory: URL) throws {
        let profile = directory.appendingPathComponent("profile")
        try run(path!, ["-env:UserInstallation=file://\(profile.path)", "--headless", "--convert-to", filter,
                        "--outdir", directory.path] + files.map { directory.appendingPathComponent($0).path },
                environment: ["HOME": directory.path])
    }

    static func pdfText(_ pdf: URL) throws -> String {
        let output = pdf.deletingPathExtension().appendingPathExtension("txt")
        try run(executable("pdftotext")!, ["-enc", "UTF-8", pdf.path, output.path], environment: [:])
        return try String(contentsOf: output, encoding: .utf8)
    }

    /// Only the letters and digits, so line wrapping and missing emoji glyphs do not matter.
    static func letters(_ text: String) -> String {
        String(text.unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    private static func run(_ executable: String, _ arguments: [String], environment: [String: String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw Failed(command: ([executable] + arguments).joined(separator: " ")) }
    }

    struct Failed: Error, CustomStringConvertible {
        var command: String
        var description: String { "failed: \(command)" }
    }
}
