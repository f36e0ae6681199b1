import ArgumentParser
import AtelierExport
import AtelierKit
import Foundation

extension Atelier {
    /// `atelier export`: writes the action list as documents.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Export the action list as OpenDocument (odt, ods, fodt, fods), XML, CSV, room worksheets, the follow-up report and Decidim results.",
            discussion: """
                Each document is written whole or not at all: a failure never leaves a partial file under the final name. The same workshop exported twice gives the same bytes.

                Example:
                  atelier export --language nl
                  atelier export --format ods --format xml --output /srv/partage/atelier
                  atelier export --format follow-up
                """)

        @OptionGroup var options: WorkshopOptions

        @Option(name: .customLong("format"), help: ArgumentHelp(
            "odt, ods, fodt, fods, xml, csv, worksheets, follow-up, decidim or all (default); repeat for several.", valueName: "format"))
        var formats: [FormatChoice] = [.all]

        @Option(help: ArgumentHelp("Language of labels: en, fr, nl or de (default: the workshop's).", valueName: "code"))
        var language: Language?

        @Option(help: ArgumentHelp("The folder to write into (default: exports).", valueName: "dir"))
        var output: String = "exports"

        func run() throws {
            try reportingErrors {
                let store = try options.openStore()
                let lang = try language ?? store.infoAndAgenda().0.language
                let files = try writeDocuments(store, formats: FormatChoice.expand(formats), language: lang,
                                               methods: registryForDocuments(), to: URL(fileURLWithPath: output))
                for file in files { print(Registry.display(file)) }
            }
        }
    }
}

extension Atelier.Export {
    /// The registry whose manifests say how results are drawn. A broken registry folder never stops an
    /// export: it is named in a warning and the documents draw with the built-in methods alone (a
    /// result of one of the folder's methods as a ranking).
    func registryForDocuments() throws -> Registry {
        do {
            return try options.loadRegistry()
        } catch let error as RegistryError {
            Console.warning(Console.clean(
                "warning: the registry folder was not read, so the documents draw its methods' results as rankings: \(error)"))
            return try RegistryLocation.load(nil)
        }
    }
}

/// A format named on the command line, or `all`.
enum FormatChoice: ExpressibleByArgument, Equatable {
    case all
    case one(ExportFormat)

    init?(argument: String) {
        if argument == "all" {
            self = .all
        } else if let format = ExportFormat(rawValue: argument) {
            self = .one(format)
        } else {
            return nil
        }
    }

    static var allValueStrings: [String] { ["all"] + ExportFormat.allCases.map(\.rawValue) }

    static func expand(_ choices: [FormatChoice]) -> [ExportFormat] {
        choices.flatMap { choice -> [ExportFormat] in
            if case .one(let format) = choice { return [format] }
            return ExportFormat.allCases
        }
    }
}

/// Exports with a progress line on a terminal; the registry's manifests say how each step's result is drawn.
func writeDocuments(
    _ source: any WorkshopSource, formats: [ExportFormat], language: Language, methods registry: Registry, to folder: URL
) throws -> [URL] {
    defer { Console.endProgress() }
    let methods = MethodCatalogue(registry.manifests)
    return try export(source, formats: formats, language: language, methods: methods, to: folder) { done, total in
        if total >= 5_000 { Console.progress("Exporting… \(done * 100 / max(total, 1))%") }
    }
}
