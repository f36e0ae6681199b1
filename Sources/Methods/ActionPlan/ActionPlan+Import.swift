import AtelierKit

extension ActionPlan: ImportDeriving {
    /// Gives each imported action whose sources differ from the workshop's (a new action with
    /// sources, or one linked to other items) the dots and score of the proposals among its new
    /// sources, from the vote and matrix the step draws from (see ``ProposalFigures``), so that they
    /// never contradict those results.
    public func derive(
        inImport changes: ChangeSet, step: AgendaStep, parameters: [String: ParameterValue], workshop: Workshop
    ) throws -> ChangeSet {
        let request = MethodRequest(method: step.method ?? "", step: step, parameters: parameters,
                                    language: workshop.info.language, workshop: workshop)
        let kind = try request.choice("source", as: PlanSettings.Source.self)
        let source = (try? request.earlierResult("from_step")) ?? workshop.latestResult(ofMethod: kind.method)
        let figures = ProposalFigures(source: source, workshop: workshop)
        var changes = changes
        for index in workshop.relinkedActions(in: changes) {
            let proposals = figures.proposals(among: changes.actions.upsert[index].sources, in: workshop)
            changes.actions.upsert[index].dots = figures.dots(of: proposals)
            changes.actions.upsert[index].score = figures.score(of: proposals)
        }
        return changes
    }
}
