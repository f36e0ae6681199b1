import ArgumentParser
import AtelierExport
import AtelierKit
import Foundation

/// `atelier-bench export`: exports N actions and prints the time and size of each document, so
/// `/usr/bin/time -v atelier-bench export …` gives time and peak memory.
struct ExportBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export N generated actions, or a workshop file's, and report the time and size of each document.")

    /// Where the actions come from.
    enum Source: String, ExpressibleByArgument {
        /// Generated while the exporter visits them: the exporter's own cost.
        case memory
        /// A workshop file read with a cursor, as `atelier export` does.
        case store
    }

    @Option(help: "How many actions to generate (--source memory).")
    var actions = 100_000

    @Option(name: .customLong("format"), help: "A format to write (odt, ods, fodt, fods, xml, csv, worksheets); repeat for several.")
    var formats: [ExportFormat] = [.ods]

    @Option(help: "memory: generated actions; store: the workshop file named by --workshop.")
    var source: Source = .memory

    @Option(help: "The workshop file to export with --source store.")
    var workshop: String?

    @Option(help: "Folder to write into (default: a temporary folder, removed afterwards).")
    var output: String?

    @Option(help: "Language of the documents (en, fr, nl, de).")
    var language: Language = .fr

    @Flag(help: "First time a pass over the actions that exports nothing: the source's own share of each export.")
    var measureSource = false

    mutating func validate() throws {
        guard actions >= 0 else { throw ValidationError("--actions must be 0 or more") }
        if source == .store, workshop == nil { throw ValidationError("--source store needs --workshop PATH") }
    }

    func run() throws {
        let workshopSource: any WorkshopSource = switch source {
        case .memory: BenchSource(count: actions)
        case .store: try WorkshopStore.open(at: URL(fileURLWithPath: workshop!))
        }
        let count = try workshopSource.actionCount(carrier: nil)
        let keep = output != nil
        let directory = output.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("atelier-bench-\(getpid())")
        defer { if !keep { try? FileManager.default.removeItem(at: directory) } }
        if measureSource {
            var clock = Stopwatch(benchmark: "export-\(source.rawValue)", size: count)
            var characters = 0
            try workshopSource.forEachAction(carrier: nil) { characters += $0.title.utf8.count }
            clock.lap("visit the actions, export nothing (\(characters) title bytes)")
        }
        for format in formats {
            var clock = Stopwatch(benchmark: "export-\(source.rawValue)", size: count)
            let files = try export(workshopSource, formats: [format], language: language, to: directory)
            for file in files {
                let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
                clock.lap("\(format.rawValue) \(size) bytes")
            }
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
