/// A method that checks data imported for one of its steps before the import is applied: dot voting
/// checks each voter's budget and per-item cap, so a bad ballot file changes nothing.
public protocol ImportChecking: WorkshopMethod {
    /// The problems found; each issue's index points into the change set's list (`ballots`, `scores`, …)
    /// so the importer can name the line.
    func issues(inImport changes: ChangeSet, step: AgendaStep, parameters: [String: ParameterValue], workshop: Workshop) -> [ChangeIssue]
}
