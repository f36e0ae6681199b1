/// A method that derives fields of what an import brings into a part it writes, so figures follow
/// what they are drawn from: the action plan gives an imported action whose sources changed the
/// dots and score of its new sources.
public protocol ImportDeriving: WorkshopMethod {
    /// The change set with the fields the method derives filled in for its step.
    /// - Throws: ``MethodError`` when the step's results cannot be read.
    func derive(inImport changes: ChangeSet, step: AgendaStep, parameters: [String: ParameterValue], workshop: Workshop) throws
        -> ChangeSet
}
