import ArgumentParser
import AtelierDemo
import AtelierExport
import AtelierKit
import Foundation

extension Atelier {
    /// `atelier demo`: the whole two-day sample workshop, end to end.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the two-day sample workshop end to end and export its documents.",
            discussion: """
                Twenty civil servants, a SWOT of about sixty cards, four challenge categories, a round of 6-3-5 written ideas, a scored prioritisation matrix, a dot vote and nineteen agreed actions, in French with Dutch, German and English cards. The workshop file (demo.atelier) and every document are written to the output folder; an earlier demo there is replaced.

                Example:
                  atelier demo
                  atelier demo --output /tmp/demo --language nl
                """)

        @Option(name: .long, help: ArgumentHelp("A registry folder adding method modules and templates to the built-in ones.", valueName: "dir"))
        var methods: String?

        @Option(help: ArgumentHelp("The folder to write into (default: exports/demo).", valueName: "dir"))
        var output: String = "exports/demo"

        @Option(help: ArgumentHelp("Language of the documents (default: fr, the workshop's).", valueName: "code"))
        var language: Language?

        func run() throws {
            try reportingErrors {
                let registry = try RegistryLocation.load(RegistryLocation.resolve(methods))
                let folder = URL(fileURLWithPath: output)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let runner = RegistryLocation.runner(registry)
                let template = try registry.template(named: "two-day")
                let store = try DemoWorkshop().build(at: folder.appendingPathComponent("demo.atelier"), runner: runner,
                                                     template: template) { print("  \(Console.clean($0))") }
                let files = try writeDocuments(store, formats: ExportFormat.allCases, language: language ?? DemoWorkshop.info.language,
                                               methods: registry, to: folder)
                print("")
                print(Console.bold("Documents:"))
                for file in files { print("  \(Registry.display(file))") }
                print("Workshop file: \(Registry.display(store.url)) (try: atelier status --workshop \(Registry.display(store.url)))")
            }
        }
    }
}
