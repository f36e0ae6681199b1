import AtelierKit

extension DotVoting: ImportChecking {
    /// Checks ballots imported for a dot-voting step against the vote's rules — budget, cap, ballot
    /// items, who may vote, one ballot per voter and item — so a bad file is refused before anything of
    /// it is applied. The issue points at the first imported ballot that breaks a rule.
    public func issues(
        inImport changes: ChangeSet, step: AgendaStep, parameters: [String: ParameterValue], workshop: Workshop
    ) -> [ChangeIssue] {
        guard !changes.ballots.isEmpty else { return [] }
        let request = MethodRequest(method: "dot-voting", step: step, parameters: parameters, language: workshop.info.language,
                                    workshop: workshop)
        do {
            let settings = try VoteSettings(request)
            let scope = try VoteScope(settings, workshop: workshop)
            _ = try BallotBox(step: step.id, settings: settings, scope: scope, workshop: workshop, adding: changes.ballots)
            return []
        } catch let error as BallotError {
            return [ChangeIssue(part: .ballots, index: index(of: error, in: changes.ballots, dots: parameters["dots"]?.intValue),
                                field: error.ballot == nil ? "dots" : "item", message: error.message)]
        } catch {
            return [ChangeIssue(part: .ballots, index: nil, field: nil, message: "\(error)")]
        }
    }

    /// The imported ballot an error is about: the ballot itself, or the voter's ballot that took them over budget.
    private func index(of error: BallotError, in ballots: [Ballot], dots: Int?) -> Int? {
        if let ballot = error.ballot { return ballots.lastIndex(of: ballot) }
        guard let voter = error.participant else { return nil }
        var total = 0
        for (index, ballot) in ballots.enumerated() where ballot.participant == voter {
            total += ballot.dots
            if let dots, total > dots { return index }
        }
        return ballots.lastIndex { $0.participant == voter }
    }
}
