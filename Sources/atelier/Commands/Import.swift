import ArgumentParser
import AtelierKit
import Foundation

extension Atelier {
    /// `atelier import KIND FILE`: brings a CSV file or a spreadsheet's sheet into the workshop, all or nothing.
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import participants, items, categories, criteria, ballots, scores or actions from CSV or a spreadsheet.",
            discussion: """
                CSV files are UTF-8 (with or without BOM), separated by commas or semicolons. A file with one bad record changes nothing; the error names its line and column.

                An OpenDocument spreadsheet (.ods, or flat .fods) is read from the sheet named like the kind (for actions also Actions, Acties, Maßnahmen: the tracking workbook's sheet in any language), else from its first sheet; its first row that holds something is the header, and errors name the sheet and row (actions.ods:Actions:12). The tracking workbook's Actions sheet comes back as exported, edited in LibreOffice: its headers, statuses, carriers, dates and milestones in any of the four languages, sources as item texts; Dots and Score are not imported. Rows update the action with the same ID; rows without an ID are new actions. Other kinds read a sheet headed by the CSV columns below. An actions CSV file headed like that sheet (as `atelier export` writes *-actions.csv) is read the same way.

                Statuses and carriers are read in any of the four languages, as the documents print them or as people write them (en cours, in uitvoering, in Bearbeitung, done). An action linked to other items takes the dots and score of its new proposals from the vote and matrix its action-plan step draws from. The import says how many actions it added, updated (which fields), left unchanged and relinked (A02: P16 P17 → P05); a file that changes nothing records nothing.

                Columns (those in brackets may be left out):
                  participants  id, name, [group], [role]
                  items         [id], text, kind, [category], [author], [builds_on],
                                [addresses], [dimension], [position]
                  categories    [id], name, [description]
                  criteria      id, [name], [min], [max], [weight], [direction]
                  ballots       [participant], item, dots (no participant: a paper round)
                  scores        [participant|group], item, criterion, value
                                or: item, then one column per criterion
                  actions       [id], title, [description], [problem], [carrier], [owner],
                                [partners], [horizon], [rank], [budget], [status], [items],
                                [milestones], and the follow-up: [addressee], [service],
                                [minister], [response], [justification], [measure], [progress],
                                [received], [responded], [due], [next_review], [evidence],
                                [parent], [weight]

                Follow-up: addressee is administration, government, parliament or other; response is adopted, partly adopted, rejected or pending (in any of the four languages), and a rejected or partly adopted recommendation needs its justification; progress is 0 to 100; dates are YYYY-MM-DD; evidence is one link per line; parent names the action whose progress this one's adds up to, with its weight (1 unless set). Every change is kept in the history (atelier log), dated --dated or today, with the file and row it came from. Several returns of the workbook imported together are merged; two that set the same field of the same action differently are listed as conflicts and nothing is imported. A return that would set a field back to the value an earlier return of another file replaced (a copy exported before that return) is refused the same way, unless --allow-reverts says the changes are corrections.

                Decidim: a results file of Decidim's accountability component (its export, or one in the shape its import reads: id;parent/id;title/<locale>;description/<locale>;category/id;status/id;start_date;end_date;progress;proposal_urls) imports as actions: the title and description in the workshop's language (else the first locale), start_date as received, end_date as due, progress rounded to a whole per cent, proposal_urls as evidence links, status/key when it holds Atelier's statuses; new results are actions for the administration. Decidim's categories, scopes and statuses are its own and not read. atelier export --format decidim writes such a file.

                Milestones: one per line, title – YYYY-MM-DD (done); the date and (done) may be left out.

                An idea's position on a rotation sheet is group/sheet/round/slot, for example 1/2/3/1.

                Example:
                  atelier import participants participants.csv
                  atelier import ballots votes.csv --step day2-vote
                  atelier import actions exports/atelier-actions.ods
                  atelier import actions ministry.ods region.ods --dated 2027-03-01
                """)

        @OptionGroup var options: WorkshopOptions

        @Argument(help: ArgumentHelp("What the file holds: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
        var kind: ImportKind

        @Argument(help: "The CSV file, or an .ods or .fods spreadsheet; for actions, several returns to merge.")
        var files: [String]

        @Option(help: ArgumentHelp("The agenda step the ballots, scores or items belong to; its method checks them.", valueName: "step"))
        var step: String?

        @Option(help: ArgumentHelp("The day the follow-up's history records the returns on (default: today).", valueName: "date"))
        var dated: CalendarDate?

        @Flag(help: "Accept changes that set a field back to the value an earlier return of another file replaced (corrections, not an older copy).")
        var allowReverts = false

        func run() throws {
            try reportingErrors {
                let store = try options.openStore()
                let outcome = try WorkshopImport(kind: kind, files: files.map { .init(url: URL(fileURLWithPath: $0), name: $0) },
                                                 step: step, date: dated, allowReverts: allowReverts).run(in: store, runner: options.runner)
                print(Console.clean(outcome.summary))
            }
        }
    }
}

extension ImportKind: ExpressibleByArgument {}
