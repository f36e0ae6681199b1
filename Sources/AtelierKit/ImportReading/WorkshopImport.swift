import Foundation

/// One import of a file into a workshop, all or nothing: the reader chosen by the file's name, the
/// `--step` checked against the agenda, the checks of the methods of the steps it names, and one
/// change recorded in the journal.
public struct WorkshopImport: Sendable {
    public var kind: ImportKind
    /// The files to read: several only for actions, whose returns are merged (see ``ReturnMerge``).
    public var files: [File]
    /// The agenda step the ballots, scores or items belong to, unless the file has a `step` column.
    public var step: String?
    /// The day the follow-up's history records the changes on; nil for today.
    public var date: CalendarDate?
    /// Whether changes that undo an earlier return of another file are accepted (see ``StaleReturns``).
    public var allowReverts: Bool

    /// A file to read.
    public struct File: Sendable {
        public var url: URL
        /// The file as messages and the journal name it.
        public var name: String

        public init(url: URL, name: String) {
            self.url = url
            self.name = name
        }
    }

    public init(kind: ImportKind, files: [File], step: String? = nil, date: CalendarDate? = nil, allowReverts: Bool = false) {
        self.allowReverts = allowReverts
        self.kind = kind
        self.files = files
        self.step = step
        self.date = date
    }

    /// An import of one file.
    public init(kind: ImportKind, url: URL, file: String, step: String? = nil, date: CalendarDate? = nil) {
        self.init(kind: kind, files: [File(url: url, name: file)], step: step, date: date)
    }

    /// Several files of another kind than actions.
    public struct SeveralFiles: Error, Sendable, Equatable, CustomStringConvertible {
        public var kind: ImportKind

        public var description: String {
            "import \(kind.rawValue): one file at a time; only the returns of actions are imported several together"
        }
    }

    /// A `--step` that names no step of the agenda.
    public struct UnknownStep: Error, Sendable, Equatable, CustomStringConvertible {
        public var step: String
        /// The agenda's steps, in order.
        public var steps: [String]

        public var description: String {
            "--step \(step): no such step in the agenda (\(steps.joined(separator: ", ")))"
        }
    }

    /// The reader of a file, told by its name: ``SpreadsheetImportReader`` for `.ods` and `.fods` (any
    /// case), ``CSVImportReader`` for anything else.
    public static func reader(for path: String) -> any ImportReader.Type {
        SpreadsheetImportReader.reads(path) ? SpreadsheetImportReader.self : CSVImportReader.self
    }

    /// What an import did.
    public struct Outcome: Sendable {
        /// The one-line summary of what was imported.
        public var summary: String
        /// The journal entry recorded; nil when the file changed nothing, so nothing was recorded.
        public var entry: JournalEntry?
    }

    /// Thrown inside the change to leave the workshop and its journal untouched.
    private struct NothingChanged: Error {
        var summary: String
    }

    /// Reads the file and applies it to the workshop in one change.
    ///
    /// The file is read and checked before anything else, then ``step`` against the agenda. The
    /// method of each step the import names (with ``step`` or in the file) checks what comes into
    /// it, so `runner` is asked for only then, or when imported actions come from other items than
    /// before: the methods that write actions then derive their figures (``Runner/deriving(_:workshop:)``).
    /// An import into no step needs no registry otherwise. Cards imported into a step without a
    /// method (the vision round, say) complete that step. An actions file that changes nothing
    /// records nothing.
    /// - Parameter runner: Gives the runner whose methods check the import.
    /// - Returns: The summary, and the journal entry recorded.
    /// - Throws: ``ImportError`` naming file, line and column, ``UnknownStep``, or what `runner` or
    ///   the store throw; the workshop is then unchanged.
    @discardableResult
    public func run(in store: WorkshopStore, runner: () throws -> Runner) throws -> Outcome {
        guard files.count == 1 || kind == .actions else { throw SeveralFiles(kind: kind) }
        let readers = try files.map { try Self.reader(for: $0.name).init(contentsOf: $0.url, displayPath: $0.name, kind: kind) }
        let (_, agenda) = try store.infoAndAgenda()
        if let step, agenda.step(step) == nil { throw UnknownStep(step: step, steps: agenda.steps.map(\.id)) }
        let checks = step != nil || readers.contains(where: \.namesSteps) ? try runner() : nil
        let completes = step.flatMap { agenda.step($0)?.method == nil ? $0 : nil }
        let command = "import \(kind.rawValue) " + files.map(\.name).joined(separator: " ")
        let history = kind == .actions && !allowReverts ? try store.history() : []
        do {
            let entry = try store.change(command: command, step: completes) { workshop in
                var returns: [ReturnMerge.Return] = []
                var summaries: [String] = []
                for (file, reader) in zip(files, readers) {
                    let importer = Importer(kind: kind, table: try reader.table(for: workshop), file: file.name, step: step, date: date)
                    let (changes, summary) = try importer.changes(for: workshop, extraChecks: checks?.importIssues)
                    returns.append(ReturnMerge.Return(file: file.name, sheet: importer.table.sheet, changes: changes))
                    summaries.append(summary)
                }
                var changes = returns.count == 1 ? returns[0].changes : try ReturnMerge.merge(returns, workshop: workshop)
                try StaleReturns.check(changes, history: history)
                if !workshop.relinkedActions(in: changes).isEmpty { changes = try (checks ?? runner()).deriving(changes, workshop: workshop) }
                let summary = summaries.joined(separator: "\n")
                if kind == .actions && changes.isEmpty { throw NothingChanged(summary: summary) }
                return (changes, summary)
            }
            return Outcome(summary: entry.summary, entry: entry)
        } catch let nothing as NothingChanged {
            return Outcome(summary: nothing.summary, entry: nil)
        }
    }
}
