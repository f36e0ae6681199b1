import ArgumentParser
import AtelierKit

extension Atelier {
    /// `atelier plan`: the agenda with each step's status.
    struct Plan: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the agenda, step by step, with status.",
            discussion: "Example:\n  atelier plan --workshop panel.atelier")

        @OptionGroup var options: WorkshopOptions

        func run() throws {
            try reportingErrors {
                let (info, agenda) = try options.openStore().infoAndAgenda()
                print(Console.bold(info.title))
                if agenda.days.isEmpty { print("No agenda: create the workshop with --template, or run methods by id.") }
                for day in agenda.days {
                    print("")
                    print(Console.bold("Day \(day.number)\(day.date.map { " (\($0))" } ?? ""): \(day.title)"))
                    for step in day.steps {
                        let mark = step.status == .done ? Console.green("✓") : "·"
                        let method = step.method.map { " [\($0)]" } ?? ""
                        let minutes = step.minutes.map { " \($0) min" } ?? ""
                        print("  \(mark) \(Console.clean("\(step.id)  \(step.title)"))\(Console.dim(method + minutes))")
                    }
                }
            }
        }
    }
}
