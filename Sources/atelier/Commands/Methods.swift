import ArgumentParser
import AtelierKit
import Foundation

extension Atelier {
    /// `atelier methods`: lists the registered method modules.
    struct Methods: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the method modules of the registry.",
            discussion: "Example:\n  atelier methods --language fr\n  atelier methods show start-stop-continue --methods methods",
            subcommands: [Show.self, Trust.self])

        @OptionGroup var options: WorkshopOptions

        @Option(help: ArgumentHelp("Language of names (default: the workshop's, or en).", valueName: "code"))
        var language: Language?

        func run() throws {
            try reportingErrors {
                let registry = try options.loadRegistry()
                let lang = language ?? (try? options.openStore().infoAndAgenda().0.language) ?? .en
                let width = registry.manifests.map(\.id.count).max() ?? 0
                let trust = RegistryLocation.trustStore
                for manifest in registry.manifests {
                    let id = manifest.id.padding(toLength: width, withPad: " ", startingAt: 0)
                    var kind = manifest.file.map { " [\(Registry.display($0))]" } ?? " [built-in]"
                    if case .executable = manifest.implementation {
                        switch try trust.standing(of: manifest) {
                        case .trusted: kind += " (external, trusted)"
                        case .unknown: kind += " (external, not trusted)"
                        case .changed: kind += " (external, changed since trusted)"
                        }
                    }
                    print("\(Console.bold(id))  \(Console.clean("\(manifest.version.padding(toLength: 7, withPad: " ", startingAt: 0))  \(manifest.name[lang])\(kind)"))")
                }
            }
        }

        /// `atelier methods trust ID`.
        struct Trust: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Allow an external method to run, as its manifest and program are now.",
                discussion: """
                    An external method is a program from others. Read its manifest and its program first: once trusted, it runs on 'atelier run' until either file changes, when it must be trusted again. The consent is recorded in $XDG_CONFIG_HOME/atelier/trusted.json (by default ~/.config/atelier/trusted.json). Built-in methods need none.

                    Example:
                      atelier methods trust start-stop-continue
                    """)

            @OptionGroup var options: WorkshopOptions

            @Argument(help: "The method's id.")
            var id: String

            func run() throws {
                try reportingErrors {
                    let registry = try options.loadRegistry()
                    guard let manifest = registry.manifest(id) else {
                        throw RunError.unknownTarget(id, steps: [], methods: registry.manifests.map(\.id))
                    }
                    guard case .executable(let spec) = manifest.implementation else {
                        print("\(id) is built in; it needs no trust.")
                        return
                    }
                    let store = RegistryLocation.trustStore
                    try store.trust(manifest)
                    print("Trusted \(Console.bold(id)): its manifest \(manifest.file.map(Registry.display) ?? id) and its program \(spec.path.path), "
                        + "as they are now (recorded in \(store.file.path)).")
                }
            }
        }

        /// `atelier methods show ID`.
        struct Show: ParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "Show a method: description, parameters with defaults, what it reads and writes, its page.",
                discussion: "Example:\n  atelier methods show start-stop-continue --methods methods")

            @OptionGroup var options: WorkshopOptions

            @Option(help: ArgumentHelp("Language of the description.", valueName: "code"))
            var language: Language?

            @Argument(help: "The method's id.")
            var id: String

            func run() throws {
                try reportingErrors {
                    let registry = try options.loadRegistry()
                    guard let m = registry.manifest(id) else {
                        throw RunError.unknownTarget(id, steps: [], methods: registry.manifests.map(\.id))
                    }
                    let lang = language ?? (try? options.openStore().infoAndAgenda().0.language) ?? .en
                    print("\(Console.bold(m.name[lang])) \(Console.clean("(\(m.id) \(m.version))"))")
                    print(Console.clean(m.summary[lang]))
                    print("")
                    switch m.implementation {
                    case .module(let name): print("Implementation: built-in module \(name)")
                    case .executable(let spec): print(Console.clean("Implementation: \(spec.path.path) (time limit \(spec.timeoutSeconds.formatted) s)"))
                    }
                    print(Console.clean("Declared in: \(m.file.map(Registry.display) ?? "atelier (built in)")"))
                    print("Reads:  \(m.reads.map(\.rawValue).joined(separator: ", "))")
                    print("Writes: \(m.writes.map(\.rawValue).joined(separator: ", "))")
                    print("")
                    print(m.parameters.isEmpty ? "No parameters." : "Parameters:")
                    for p in m.parameters {
                        var line = "(\(p.type.rawValue)"
                        if let d = p.defaultValue { line += ", default \(d)" } else { line += ", optional" }
                        if let min = p.min { line += ", min \(min.formatted)" }
                        if let max = p.max { line += ", max \(max.formatted)" }
                        if !p.choices.isEmpty { line += ", one of \(p.choices.joined(separator: "|"))" }
                        print("  \(Console.bold(p.name)) \(Console.clean(line + ")"))")
                        let help = p.help[lang]
                        if !help.isEmpty { print("      \(Console.clean(help))") }
                    }
                    if let text = m.page {
                        print("")
                        print(Console.clean(text.trimmingCharacters(in: .whitespacesAndNewlines)))
                    }
                }
            }
        }
    }
}

extension Double {
    /// `5` rather than `5.0`.
    var formatted: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
