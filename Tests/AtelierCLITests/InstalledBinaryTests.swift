import Foundation
import Testing

/// `atelier` copied alone into a folder, as an installation does, run from an empty folder with no
/// registry folder anywhere: its built-in methods, pages and templates travel inside it.
@Suite struct InstalledBinaryTests {
    @Test func theExecutableAloneListsTheBuiltInsCreatesAWorkshopAndRunsTheDemo() throws {
        var cli = try CLI()
        defer { cli.remove() }
        let bin = cli.folder.appendingPathComponent("bin"), home = cli.folder.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let installed = bin.appendingPathComponent("atelier")
        try FileManager.default.copyItem(at: CLI.executable, to: installed)
        cli.environment = ["HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path]
        func run(_ arguments: String...) throws -> CLI.Output {
            let out = Pipe(), err = Pipe()
            let process = try Self.started {
                let process = cli.process(arguments)
                process.executableURL = installed
                process.currentDirectoryURL = home
                process.environment?.removeValue(forKey: "ATELIER_METHODS")
                process.standardOutput = out
                process.standardError = err
                return process
            }
            let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            return CLI.Output(stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                              status: process.terminationStatus)
        }

        let methods = try run("methods")
        #expect(methods.status == 0, "\(methods.stderr)")
        #expect(methods.stdout.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
                == ["action-plan", "brainwriting", "dot-voting", "prioritisation-matrix", "swot", "teams"])
        #expect(methods.stdout.split(separator: "\n").allSatisfy { $0.hasSuffix(" [built-in]") }, "\(methods.stdout)")
        #expect(try run("methods", "show", "dot-voting").stdout.contains("# Dot voting"), "the page is built in")

        let created = try run("init", "--template", "two-day", "--title", "Atelier", "--language", "fr")
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("8 steps over 2 days"), "\(created.stdout)")

        let demo = try run("demo")
        #expect(demo.status == 0, "\(demo.stderr)")
        let documents = try FileManager.default.contentsOfDirectory(atPath: home.appendingPathComponent("exports/demo").path)
        #expect(documents.contains { $0.hasSuffix("-actions.odt") } && documents.contains("demo.atelier"), "\(documents)")
    }

    /// A process made and started; while another test's child process still holds the fresh copy open
    /// for writing (it was forked during the copy and has not yet exec'd), exec fails with "Text file
    /// busy", and a new process is tried.
    static func started(_ make: () -> Process) throws -> Process {
        for _ in 0..<100 {
            let process = make()
            do {
                try process.run()
                return process
            } catch let error as NSError where (error.userInfo[NSUnderlyingErrorKey] as? NSError)?.code == Int(ETXTBSY) {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        let process = make()
        try process.run()
        return process
    }
}
