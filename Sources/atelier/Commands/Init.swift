import ArgumentParser
import AtelierKit
import Foundation

extension Atelier {
    /// `atelier init`: creates a workshop file.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a workshop file.",
            discussion: """
                Example:
                  atelier init --template two-day --title "Simplifier l'accès aux services" --language fr \\
                      --organisation "SPF BOSA" --place Bruxelles --start 2026-03-10
                """)

        @OptionGroup var options: WorkshopOptions

        @Option(help: ArgumentHelp("A ready-made programme: two-day, or one a registry folder adds in its templates/ folder.", valueName: "name"))
        var template: String?

        @Option(help: "The workshop title.")
        var title: String = "Workshop"

        @Option(help: ArgumentHelp("Working language: en, fr, nl or de; repeat for several, the first is the default.", valueName: "code"))
        var language: [Language] = []

        @Option(help: "The organisation holding the workshop.")
        var organisation: String = ""

        @Option(help: "Where it takes place.")
        var place: String = ""

        @Option(help: ArgumentHelp("First day, YYYY-MM-DD.", valueName: "date"))
        var start: CalendarDate?

        @Option(help: ArgumentHelp("Last day, YYYY-MM-DD (default: the template's length from the first day).", valueName: "date"))
        var end: CalendarDate?

        @Flag(help: "Show participants by pseudonym in exports.")
        var pseudonymise = false

        @Option(name: .customLong("response-months"), help: ArgumentHelp(
            "Months after the last day within which addressees answer each recommendation.", valueName: "n"))
        var responseMonths = 9

        @Option(name: .customLong("report-months"), help: ArgumentHelp(
            "Months after the last day by which the follow-up is reported in public.", valueName: "n"))
        var reportMonths = 12

        func validate() throws {
            if let start, let end, end < start { throw ValidationError("--end \(end) is before --start \(start)") }
            for (name, months) in [("--response-months", responseMonths), ("--report-months", reportMonths)] where !(1...120).contains(months) {
                throw ValidationError("\(name) \(months): give a number of months from 1 to 120")
            }
        }

        func run() throws {
            try reportingErrors {
                var agenda = Agenda()
                var criteria: [Criterion] = []
                var criterionNames: [String: [String: String]] = [:]
                if let template {
                    let registry = try options.loadRegistry()
                    let loaded = try registry.template(named: template)
                    for step in loaded.days.flatMap(\.steps) {
                        if let method = step.method, registry.manifest(method) == nil {
                            throw RunError.unregisteredMethod(step: step.id, method: method)
                        }
                    }
                    agenda = loaded.agenda(startingOn: start, language: language.first ?? .en)
                    criteria = loaded.modelCriteria(language: language.first ?? .en)
                    criterionNames = loaded.criterionNames
                }
                let lastDay = end ?? start.map { $0.adding(days: max(agenda.days.count, 1) - 1) }
                let info = WorkshopInfo(title: title, organisation: organisation, place: place, startDate: start, endDate: lastDay,
                                        languages: language.isEmpty ? [.en] : language, pseudonymise: pseudonymise,
                                        criterionNames: criterionNames, responseMonths: responseMonths, reportMonths: reportMonths)
                let store = try WorkshopStore.create(at: options.workshopURL, info: info, agenda: agenda)
                if !criteria.isEmpty {
                    try store.change(command: "init --template \(template ?? "")") { _ in
                        (ChangeSet(criteria: Edits(upsert: criteria)), "Added the template's criteria.")
                    }
                }
                print("Created \(options.workshopDisplay): “\(Console.clean(title))”, \(agenda.steps.count) steps over \(agenda.days.count) days.")
            }
        }
    }
}

extension Language: ExpressibleByArgument {}

extension CalendarDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}
