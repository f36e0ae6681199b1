import Foundation

/// One import of a file into a workshop, all or nothing: the reader chosen by the file's name, the
/// `--step` checked against the agenda, the checks of the methods of the steps it names, and one
/// change recorded in the journal.
public struct WorkshopImport: Sendable {
    public var kind: ImportKind
    /// The file to read.
    public var url: URL
    /// The file as messages and the journal name it.
    public var file: String
    /// The agenda step the ballots, scores or items belong to, unless the file has a `step` column.
    public var step: String?

    public init(kind: ImportKind, url: URL, file: String, step: String? = nil) {
        self.kind = kind
        self.url = url
        self.file = file
        self.step = step
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
        let reader = try Self.reader(for: file).init(contentsOf: url, displayPath: file, kind: kind)
        let (_, agenda) = try store.infoAndAgenda()
        if let step, agenda.step(step) == nil { throw UnknownStep(step: step, steps: agenda.steps.map(\.id)) }
        let checks = step != nil || reader.namesSteps ? try runner() : nil
        let completes = step.flatMap { agenda.step($0)?.method == nil ? $0 : nil }
        do {
            let entry = try store.change(command: "import \(kind.rawValue) \(file)", step: completes) { workshop in
                let importer = Importer(kind: kind, table: try reader.table(for: workshop), file: file, step: step)
                var (changes, summary) = try importer.changes(for: workshop, extraChecks: checks?.importIssues)
                if !workshop.relinkedActions(in: changes).isEmpty { changes = try (checks ?? runner()).deriving(changes, workshop: workshop) }
                if kind == .actions && changes.isEmpty { throw NothingChanged(summary: summary) }
                return (changes, summary)
            }
            return Outcome(summary: entry.summary, entry: entry)
        } catch let nothing as NothingChanged {
            return Outcome(summary: nothing.summary, entry: nil)
        }
    }
}
