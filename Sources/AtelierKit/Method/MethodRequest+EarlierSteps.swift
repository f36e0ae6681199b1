extension MethodRequest {
    /// The latest result of the earlier step a string parameter names (`from_step: day1-vote`).
    /// - Returns: nil when the parameter is not given.
    /// - Throws: ``MethodError`` when the step has no result yet.
    public func earlierResult(_ parameter: String) throws -> StepResult? {
        guard let step = optional(parameter)?.stringValue else { return nil }
        guard let result = workshop.result(forStep: step) else {
            throw MethodError("parameter \(parameter): step '\(step)' has no result yet; run that step first or check its id")
        }
        return result
    }
}

extension StepResult {
    /// The items the given entries of this result name, in the entries' order.
    /// - Throws: ``MethodError`` when an entry names an item that is no longer in the workshop.
    public func items(of entries: [ResultEntry], in workshop: Workshop) throws -> [Item] {
        try entries.map { entry in
            guard let item = workshop.item(entry.item) else {
                throw MethodError(
                    "the result of step '\(step)' lists item '\(entry.item)', which is no longer in the workshop; "
                        + "run step '\(step)' again")
            }
            return item
        }
    }
}
