import Testing
@testable import AtelierKit

/// A run loads only the parts its method reads and the parts ``ChangeValidator/partsRead(checking:)``
/// names for what it writes: the check over those parts finds every issue the whole workshop shows.
@Suite struct ChangeValidatorPartsTests {
    static let workshop = Workshop(
        info: WorkshopInfo(title: "Parts"),
        participants: [Participant(id: "p1", name: "Anne")],
        items: [Item(id: "i1", text: "Accueil", kind: .challenge, category: "c1", author: "p1"),
                Item(id: "i2", text: "Guichet", kind: .idea, buildsOn: "i1")],
        categories: [Category(id: "c1", name: "Urgent")],
        criteria: [Criterion(id: "k1", name: "Impact")],
        scores: [Score(item: "i2", criterion: "k1", value: 3, participant: "p1")],
        ballots: [Ballot(participant: "p1", item: "i2", dots: 2)],
        results: [StepResult(step: "vote", method: "dot-voting", summary: "", entries: [ResultEntry(item: "i2", rank: 1)])],
        actions: [Action(id: "A1", title: "Ouvrir", carrier: .administration, sources: ["i2"])])

    /// Changes each refused for what the workshop already holds.
    static let changes: [ChangeSet] = [
        ChangeSet(participants: Edits(remove: ["p1"])),
        ChangeSet(participants: Edits(upsert: [Participant(id: "p1", name: "Anne"), Participant(id: "p1", name: "Jan")])),
        ChangeSet(items: Edits(remove: ["i1"])),
        ChangeSet(items: Edits(remove: ["i2"])),
        ChangeSet(items: Edits(upsert: [Item(id: "n1", text: "T", kind: .idea, category: "c9", author: "p9", buildsOn: "i9")])),
        ChangeSet(categories: Edits(remove: ["c1"])),
        ChangeSet(criteria: Edits(remove: ["k1"])),
        ChangeSet(scores: [Score(item: "i9", criterion: "k9", value: 3, participant: "p9")]),
        ChangeSet(ballots: [Ballot(participant: "p9", item: "i9", dots: 1)]),
        ChangeSet(results: [StepResult(step: "s", method: "m", summary: "", entries: [ResultEntry(item: "i9", rank: 1)])]),
        ChangeSet(actions: Edits(upsert: [Action(id: "A2", title: "T", carrier: .administration, sources: ["i9"])], remove: ["A9"])),
    ]

    @Test(arguments: changes.indices)
    func theNamedPartsShowEveryIssue(_ index: Int) {
        let change = Self.changes[index]
        let validator = ChangeValidator()
        let whole = validator.issues(in: change, for: Self.workshop)
        #expect(!whole.isEmpty)
        let parts = ChangeValidator.partsRead(checking: change.writtenParts)
        #expect(validator.issues(in: change, for: Self.workshop.keeping(parts)) == whole)
    }
}
