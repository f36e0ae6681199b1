/// An import column of actions and its value as an import file writes it: what an import compares
/// to tell what changed, and what the history of the follow-up records as old and new values.
public struct ActionField: Sendable {
    /// The import column (`status`, `response`, …).
    public var name: String
    /// Whether the field is part of the follow-up (and of the status the addressee reports).
    public var isFollowUp: Bool
    /// Sets the field of the first action to the second's (the sources with the figures drawn from them).
    public var copy: @Sendable (inout Action, Action) -> Void
    /// The value as text, empty when there is none.
    public var text: @Sendable (Action) -> String

    /// Every column, in the order of ``ImportKind/columns``.
    public static let all: [ActionField] = [
        ActionField(name: "title", isFollowUp: false, copy: { $0.title = $1.title }) { $0.title },
        ActionField(name: "description", isFollowUp: false, copy: { $0.description = $1.description }) { $0.description },
        ActionField(name: "problem", isFollowUp: false, copy: { $0.problem = $1.problem }) { $0.problem },
        ActionField(name: "carrier", isFollowUp: false, copy: { $0.carrier = $1.carrier }) { $0.carrier.description },
        ActionField(name: "owner", isFollowUp: false, copy: { $0.owner = $1.owner }) { $0.owner },
        ActionField(name: "partners", isFollowUp: false, copy: { $0.partners = $1.partners }) { $0.partners.joined(separator: "; ") },
        ActionField(name: "horizon", isFollowUp: false, copy: { $0.horizon = $1.horizon }) { $0.horizon?.description ?? "" },
        ActionField(name: "rank", isFollowUp: false, copy: { $0.rank = $1.rank }) { $0.rank.map(String.init) ?? "" },
        ActionField(name: "budget", isFollowUp: false, copy: { $0.budget = $1.budget }) { $0.budget },
        ActionField(name: "status", isFollowUp: true, copy: { $0.status = $1.status }) { $0.status.rawValue },
        ActionField(name: "items", isFollowUp: false, copy: { $0.sources = $1.sources; $0.dots = $1.dots; $0.score = $1.score }) { $0.sources.joined(separator: " ") },
        ActionField(name: "milestones", isFollowUp: false, copy: { $0.milestones = $1.milestones }) { action in
            action.milestones.map { m in
                m.title + (m.due.map { " – \($0)" } ?? "") + (m.done ? " (done)" : "")
            }.joined(separator: "\n")
        },
        ActionField(name: "addressee", isFollowUp: true, copy: { $0.followUp.addressee = $1.followUp.addressee }) { $0.followUp.addressee?.rawValue ?? "" },
        ActionField(name: "service", isFollowUp: true, copy: { $0.followUp.service = $1.followUp.service }) { $0.followUp.service },
        ActionField(name: "minister", isFollowUp: true, copy: { $0.followUp.minister = $1.followUp.minister }) { $0.followUp.minister },
        ActionField(name: "response", isFollowUp: true, copy: { $0.followUp.response = $1.followUp.response }) { $0.followUp.response?.rawValue ?? "" },
        ActionField(name: "justification", isFollowUp: true, copy: { $0.followUp.justification = $1.followUp.justification }) { $0.followUp.justification },
        ActionField(name: "measure", isFollowUp: true, copy: { $0.followUp.measure = $1.followUp.measure }) { $0.followUp.measure },
        ActionField(name: "progress", isFollowUp: true, copy: { $0.followUp.progress = $1.followUp.progress }) { $0.followUp.progress.map(String.init) ?? "" },
        ActionField(name: "received", isFollowUp: true, copy: { $0.followUp.received = $1.followUp.received }) { $0.followUp.received?.description ?? "" },
        ActionField(name: "responded", isFollowUp: true, copy: { $0.followUp.responded = $1.followUp.responded }) { $0.followUp.responded?.description ?? "" },
        ActionField(name: "due", isFollowUp: true, copy: { $0.followUp.due = $1.followUp.due }) { $0.followUp.due?.description ?? "" },
        ActionField(name: "next_review", isFollowUp: true, copy: { $0.followUp.nextReview = $1.followUp.nextReview }) { $0.followUp.nextReview?.description ?? "" },
        ActionField(name: "evidence", isFollowUp: true, copy: { $0.followUp.evidence = $1.followUp.evidence }) { $0.followUp.evidence.joined(separator: "\n") },
        ActionField(name: "parent", isFollowUp: true, copy: { $0.followUp.parent = $1.followUp.parent }) { $0.followUp.parent ?? "" },
        ActionField(name: "weight", isFollowUp: true, copy: { $0.followUp.weight = $1.followUp.weight }) { FollowUp.weightText($0.followUp.weight) },
    ]
}

extension FollowUp {
    /// A weight as files and reports write it: `1`, `2`, `0.5`.
    public static func weightText(_ weight: Double) -> String {
        weight == weight.rounded() && abs(weight) < 1e15 ? String(Int(weight)) : String(weight)
    }
}
