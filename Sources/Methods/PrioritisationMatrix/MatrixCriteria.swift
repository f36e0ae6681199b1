import AtelierKit

/// The criteria a matrix run scores on, in the order the parameter lists them, with those the
/// workshop lacks created on the default scale.
struct MatrixCriteria {
    /// The criteria, first the two axes of the matrix.
    let all: [Criterion]
    /// The criteria this run had to create because the workshop did not define them.
    let created: [Criterion]

    /// Looks the listed criteria up in the workshop and creates the missing ones.
    ///
    /// A created criterion runs from 1 to 5 with weight 1. Its direction is "higher is better", except
    /// for the criteria a workshop scores the other way round — `cost`, `effort` and `risk` — which are
    /// created "lower is better". Known ids get a name in the request's language; others are named by their id.
    /// - Throws: ``MethodError`` when a criterion's scale is empty or its weight negative, or when all weights are zero.
    init(ids: [String], workshop: Workshop, language: Language) throws {
        var all: [Criterion] = []
        var created: [Criterion] = []
        for id in ids {
            if let existing = workshop.criterion(id) {
                all.append(existing)
            } else {
                let known = KnownCriterion(rawValue: id)
                let criterion = Criterion(
                    id: id, name: known?.name(in: language) ?? id,
                    direction: known?.direction ?? .higherIsBetter)
                all.append(criterion)
                created.append(criterion)
            }
        }
        for criterion in all {
            guard criterion.scaleMin.isFinite, criterion.scaleMax.isFinite, criterion.scaleMax > criterion.scaleMin
            else {
                throw MethodError(
                    "criterion '\(criterion.id)' has the scale \(figure(criterion.scaleMin))–\(figure(criterion.scaleMax)); "
                        + "its highest value must be above its lowest")
            }
            guard criterion.weight.isFinite, criterion.weight >= 0 else {
                throw MethodError(
                    "criterion '\(criterion.id)' has the weight \(figure(criterion.weight)); weights must be zero or more")
            }
        }
        guard all.contains(where: { $0.weight > 0 }) else {
            throw MethodError(
                "every criterion of the matrix (\(ids.joined(separator: ", "))) has weight 0; "
                    + "give at least one a positive weight")
        }
        self.all = all
        self.created = created
    }

    /// The first axis of the matrix (impact, usually).
    var first: Criterion { all[0] }
    /// The second axis of the matrix (feasibility, usually).
    var second: Criterion { all[1] }
}

/// Criteria facilitators commonly use, with their direction and names in each language.
private enum KnownCriterion: String {
    case impact, feasibility, urgency, cost, effort, risk

    var direction: Criterion.Direction {
        switch self {
        case .impact, .feasibility, .urgency: .higherIsBetter
        case .cost, .effort, .risk: .lowerIsBetter
        }
    }

    func name(in language: Language) -> String {
        switch (self, language) {
        case (.impact, .de): "Wirkung"
        case (.impact, _): "Impact"
        case (.feasibility, .en): "Feasibility"
        case (.feasibility, .fr): "Faisabilité"
        case (.feasibility, .nl): "Haalbaarheid"
        case (.feasibility, .de): "Machbarkeit"
        case (.urgency, .en): "Urgency"
        case (.urgency, .fr): "Urgence"
        case (.urgency, .nl): "Urgentie"
        case (.urgency, .de): "Dringlichkeit"
        case (.cost, .en): "Cost"
        case (.cost, .fr): "Coût"
        case (.cost, .nl), (.cost, .de): "Kosten"
        case (.effort, .nl): "Inspanning"
        case (.effort, .de): "Aufwand"
        case (.effort, _): "Effort"
        case (.risk, .en): "Risk"
        case (.risk, .fr): "Risque"
        case (.risk, .nl): "Risico"
        case (.risk, .de): "Risiko"
        }
    }
}
