/// A method that derives fields of what an import brings into a part it writes, so figures follow
/// what they are drawn from: the action plan gives an imported action whose sources changed the
/// dots and score of its new sources.
public protocol ImportDeriving: WorkshopMethod {
    /// The change set with the fields the method derives filled in for its step.
    /// - Throws: ``MethodError`` when the step's results cannot be read.
    func derive(inImport changes: ChangeSet, step: AgendaStep, parameters: [String: ParameterValue], workshop: Workshop) throws
        -> ChangeSet
}

extension Workshop {
    /// The positions, in `changes.actions.upsert`, of the actions whose sources differ from this
    /// workshop's (a new action's from none): those whose figures are derived again.
    public func relinkedActions(in changes: ChangeSet) -> [Int] {
        let before = Dictionary(actions.map { ($0.id, $0.sources) }, uniquingKeysWith: { first, _ in first })
        return changes.actions.upsert.indices.filter { before[changes.actions.upsert[$0].id] ?? [] != changes.actions.upsert[$0].sources }
    }
}
