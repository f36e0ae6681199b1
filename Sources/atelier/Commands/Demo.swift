import ArgumentParser
import AtelierDemo
import AtelierExport
import AtelierKit
import AtelierServer
import Foundation

extension Atelier {
    /// `atelier demo`: the whole two-day sample workshop, end to end.
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the two-day sample workshop end to end and export its documents.",
            discussion: """
                Twenty civil servants, a SWOT of about sixty cards, four challenge categories, a round of 6-3-5 written ideas, a scored prioritisation matrix, a dot vote and nineteen agreed actions, in French with Dutch, German and English cards. The workshop file (demo.atelier) and every document are written to the output folder; an earlier demo there is replaced.

                With --live, the same workshop opens in the live room instead, its SWOT, challenges and proposals typed in and its vision round and vote still to do: six people write their vision statements from simulated phones, then place their dots, while you watch the wall, lead from the console, or join from your own browser or phone. Stop with Ctrl-C; the room's workshop (live.atelier) stays in the output folder.

                Example:
                  atelier demo
                  atelier demo --output /tmp/demo --language nl
                  atelier demo --live --port 8080
                """)

        @Option(name: .long, help: ArgumentHelp("A registry folder adding method modules and templates to the built-in ones.", valueName: "dir"))
        var methods: String?

        @Option(help: ArgumentHelp("The folder to write into (default: exports/demo).", valueName: "dir"))
        var output: String = "exports/demo"

        @Option(help: ArgumentHelp("Language of the documents (default: fr, the workshop's).", valueName: "code"))
        var language: Language?

        @Flag(help: "Open the sample workshop in the live room, with simulated phones taking part, instead of writing documents.")
        var live = false

        @Option(help: ArgumentHelp("With --live: the address to listen on.", valueName: "address"))
        var host = "127.0.0.1"

        @Option(help: ArgumentHelp("With --live: the port to listen on.", valueName: "number"))
        var port = 8080

        func validate() throws {
            guard (1...65535).contains(port) else { throw ValidationError("--port \(port): use a port from 1 to 65535") }
            if !live && (host != "127.0.0.1" || port != 8080) {
                throw ValidationError("--host and --port open the live room: add --live")
            }
        }

        func run() throws {
            try reportingErrors {
                let registry = try RegistryLocation.load(RegistryLocation.resolve(methods))
                let folder = URL(fileURLWithPath: output)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                let runner = RegistryLocation.runner(registry)
                let template = try registry.template(named: "two-day")
                if live {
                    return try rehearse(runner: runner, template: template, in: folder)
                }
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
    
        /// Opens the room over the sample workshop's people, SWOT, challenges and proposals, with six people
        /// taking part from simulated phones: their vision statements, then their dots, one move at a time.
        private func rehearse(runner: Runner, template: WorkshopTemplate, in folder: URL) throws {
            let store = try DemoWorkshop().build(at: folder.appendingPathComponent("live.atelier"), runner: runner,
                                                 template: template, stages: DemoWorkshop.roomStages) { _ in }
            let people = try DemoRehearsal()
            let moves: [RoomRehearsal.Move] = [.open("day1-vision")]
                + people.cards.map { .card(by: $0.participant, kind: $0.kind, text: $0.text) }
                + [.close, .open("day2-vote")]
                + people.dots.map { .dot(by: $0.participant, item: $0.item) }
            FileHandle.standardOutput.write(Data("""
                The sample workshop is open in the live room (\(Registry.display(store.url))). Open the wall in a browser:
                six people then send their vision statements, and their dots. Join from the Join address to take part.


                """.utf8))
            try Serve.serve(store: store, runner: runner, settings: RoomSettings(language: language ?? DemoWorkshop.info.language, liveDots: true),
                            host: host, port: port, rehearsal: RoomRehearsal(moves: moves, pause: .milliseconds(1500)))
        }
    }
}
