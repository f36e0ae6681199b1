import ArgumentParser
import AtelierKit

extension Atelier {
    /// `atelier status`: what the workshop holds and where the programme stands.
    struct Status: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show what the workshop holds and which steps are done.",
            discussion: "Example:\n  atelier status")

        @OptionGroup var options: WorkshopOptions

        func run() throws {
            try reportingErrors {
                let store = try options.openStore()
                let (info, agenda) = try store.infoAndAgenda()
                let counts = try store.counts()
                print(Console.bold(info.title))
                var facts: [String] = []
                if !info.organisation.isEmpty { facts.append(info.organisation) }
                if !info.place.isEmpty { facts.append(info.place) }
                if let start = info.startDate { facts.append(info.endDate.map { $0 == start ? "\(start)" : "\(start) – \($0)" } ?? "\(start)") }
                facts.append("languages \(info.languages.map(\.rawValue).joined(separator: ", "))")
                print(Console.clean(facts.joined(separator: " · ")))
                print("")
                for part in [ModelPart.participants, .items, .categories, .criteria, .scores, .ballots, .results, .actions] {
                    print("  \(part.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0))\(counts[part] ?? 0)")
                }
                let steps = agenda.steps
                if !steps.isEmpty {
                    let done = steps.filter { $0.status == .done }.count
                    print("")
                    print(Console.clean("Agenda: \(done) of \(steps.count) steps done" +
                          (steps.first { $0.status == .planned && $0.method != nil }.map { "; next: \($0.id) (\($0.title))" } ?? ".")))
                }
            }
        }
    }
}
