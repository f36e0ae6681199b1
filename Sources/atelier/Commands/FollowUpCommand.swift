import ArgumentParser
import AtelierKit

extension Atelier {
    /// `atelier follow-up`: what is overdue, due soon, without response, and what changed.
    struct FollowUpCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "follow-up",
            abstract: "List the actions overdue, due soon and without response, and what the returns changed.",
            discussion: """
                An action without an answer (no response, or pending) owes it by its own due date (the column due), else by the workshop's response deadline: --response-months after its last day (9 unless set with atelier init). Once adopted or partly adopted, its due date is when the work is due, until it is completed; a rejected one is due nothing more. Due soon means within \(AtelierKit.FollowUpAgenda.soonDays) days, or a next review in that time. A parent's progress is the weighted mean of its children's, printed with the weights.

                Example:
                  atelier follow-up --as-of 2027-09-15
                  atelier follow-up --since 2027-06-01
                """)

        @OptionGroup var options: WorkshopOptions

        @Option(name: .customLong("as-of"), help: ArgumentHelp("The day to draw the list up for (default: today).", valueName: "date"))
        var asOf: CalendarDate?

        @Option(help: ArgumentHelp("List the changes recorded after this day (default: the workshop's last day).", valueName: "date"))
        var since: CalendarDate?

        func run() throws {
            try reportingErrors {
                let store = try options.openStore()
                let workshop = try store.workshop(leavingOut: [.scores, .ballots, .results, .items, .participants])
                let actions = Workshop.priorityOrder(workshop.actions)
                let day = asOf ?? CalendarDate.today(in: workshop.info.timeZone)
                let agenda = AtelierKit.FollowUpAgenda(info: workshop.info, actions: actions, history: try store.history(),
                                                       asOf: day, since: since)
                var heading = "Follow-up as of \(day)"
                if let answers = agenda.answersDue, let report = agenda.reportDue {
                    heading += ": answers due \(answers) (\(workshop.info.responseMonths) months after the workshop), "
                        + "report due \(report) (\(workshop.info.reportMonths) months)"
                }
                print(Console.bold(heading))
                section("Overdue", agenda.overdue)
                section("Due within \(AtelierKit.FollowUpAgenda.soonDays) days", agenda.dueSoon)
                section("Without response", agenda.withoutResponse)
                print("")
                print(Console.bold("Changed since \(agenda.since.map(String.init(describing:)) ?? "the start") (\(agenda.changed.count))"))
                for record in agenda.changed {
                    print(Console.clean("  \(record.date)  \(record.action)  \(record.change)  (\(record.place))"))
                }
                let rollUp = ProgressRollUp(actions)
                let figures = actions.compactMap { action in rollUp.explanation(of: action.id).map { (action, $0) } }
                print("")
                print(Console.bold("Progress (\(figures.count))"))
                for (action, figure) in figures { print(Console.clean("  \(action.id)  \(figure)")) }
            }
        }

        private func section(_ title: String, _ entries: [AtelierKit.FollowUpAgenda.Entry]) {
            print("")
            print(Console.bold("\(title) (\(entries.count))"))
            for entry in entries { print(Console.clean("  \(entry.action)  \(entry.title) — \(entry.reason)")) }
        }
    }
}
