import AtelierKit
import Foundation

/// A two-day workshop with participants, cards, proposals, a ballot, a score and an action, built once
/// through the command line and copied into each test's folder.
///
/// Its vote (`day2-vote`) gives each participant 5 dots, at most 3 on one proposal; its matrix
/// (`day2-matrix`) scores proposals on impact and feasibility from 1 to 5.
enum SeededWorkshop {
    /// The folder holding `workshop.atelier`, or why it could not be built.
    static let folder: Result<URL, SeedError> = build()

    struct SeedError: Error, CustomStringConvertible {
        var description: String
    }

    /// The two-day template with the vote's rules a facilitator sets (added as the template `seeded`).
    static let voteRules = "method: dot-voting\n        minutes: 30\n        parameters: {dots: 5, max_per_item: 3}\n"

    static let files: [(String, String)] = [
        ("participants.csv", "id,name,group,role\np1,Anne Dupont,A,participant\np2,Jan Peeters,A,participant\np3,Lëa Müller,B,expert\nf1,Sophie Lambert,,facilitator\n"),
        ("items.csv", "id;text;kind;author\ns1;L'accueil « humain » au guichet;strength;p1\nw1;\"Trop de formulaires; souvent papier\";weakness;p2\n"),
        ("proposals.csv", "id,text,kind\npr1,Un guichet unique,proposal\npr2,Formulaire en ligne pré-rempli,proposal\npr3,Permanence mobile,proposal\n"),
        ("ballots.csv", "participant,item,dots\np2,pr1,2\n"),
        ("scores.csv", "participant,item,criterion,value\np2,pr1,impact,4\n"),
        ("actions.csv", "id,title,carrier,items\nA01,Ouvrir un guichet unique,administration,pr1\n"),
    ]

    private static func build() -> Result<URL, SeedError> {
        do {
            let cli = try CLI()
            let templates = cli.folder.appendingPathComponent("registry/templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            let text = try String(contentsOf: CLI.packageRoot.appendingPathComponent("methods/builtin/templates/two-day.yaml"), encoding: .utf8)
            let step = "method: dot-voting\n        minutes: 30\n"
            guard text.contains(step) else { return .failure(SeedError(description: "the two-day template has no \(step)")) }
            try Data(text.replacingOccurrences(of: step, with: voteRules).utf8).write(to: templates.appendingPathComponent("seeded.yaml"))
            for (name, text) in files { try cli.write(name, text) }
            let commands: [[String]] = [
                ["init", "--template", "seeded", "--title", "Atelier « accueil »", "--language", "fr", "--start", "2026-03-10",
                 "--methods", "registry"],
                ["import", "participants", "participants.csv"],
                ["import", "items", "items.csv", "--step", "day1-swot"],
                ["import", "items", "proposals.csv", "--step", "day2-matrix"],
                ["import", "ballots", "ballots.csv", "--step", "day2-vote"],
                ["import", "scores", "scores.csv", "--step", "day2-matrix"],
                ["import", "actions", "actions.csv"],
            ]
            for command in commands {
                let result = try cli.run(command)
                guard result.status == 0 else {
                    return .failure(SeedError(description: "atelier \(command.joined(separator: " ")): \(result.stderr)"))
                }
            }
            return .success(cli.folder)
        } catch {
            return .failure(SeedError(description: "\(error)"))
        }
    }

    /// A new folder holding a copy of the seeded workshop.
    static func copy() throws -> CLI {
        let seed = try folder.get()
        let cli = try CLI()
        try FileManager.default.copyItem(at: seed.appendingPathComponent("workshop.atelier"),
                                         to: cli.folder.appendingPathComponent("workshop.atelier"))
        return cli
    }
}

/// Everything a workshop holds, to compare before and after a command: the exported XML action list
/// (what people receive), the whole model as stored, and the journal.
struct WorkshopContent: Equatable {
    var xml: String
    var workshop: Workshop
    var journal: [JournalEntry]

    /// - Parameter file: The workshop file, relative to the folder or absolute.
    init(_ cli: CLI, file: String = "workshop.atelier") throws {
        xml = try cli.snapshot(workshop: file)
        let store = try WorkshopStore.open(at: file.hasPrefix("/") ? URL(fileURLWithPath: file) : cli.folder.appendingPathComponent(file))
        workshop = try store.workshop()
        journal = try store.journal()
    }
}
