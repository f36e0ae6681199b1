import Foundation
import Testing
@testable import AtelierKit

/// Ids and references holding control or invisible characters, and texts holding NUL, are refused
/// by the one check every change goes through, whether a CSV file or a module brought it.
@Suite struct HiddenCharacterTests {
    /// One of each kind: a C0 control, a zero-width space (Cf), a right-to-left override (Cf), a
    /// line separator (Zl), a paragraph separator (Zp), a byte-order mark (Cf), a C1 control.
    static let hidden: [Unicode.Scalar] = ["\u{0}", "\u{7}", "\u{200B}", "\u{202E}", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{85}"]

    static func issues(_ changes: ChangeSet) -> [ChangeIssue] {
        ChangeValidator().issues(in: changes, for: Workshop(
            info: WorkshopInfo(title: "t"), participants: [Participant(id: "p1", name: "Anne")],
            items: [Item(id: "i1", text: "L'accueil", kind: .idea)], criteria: [Criterion(id: "impact", name: "Impact")]))
    }

    @Test(arguments: hidden)
    func idsHoldingAHiddenCharacterAreRefusedInEveryPart(scalar: Unicode.Scalar) {
        let id = "p\(Character(scalar))1"
        let code = String(format: "U+%04X", scalar.value)
        let message = "'p<\(code)>1' holds \(code), a control or invisible character; ids must be visible text"
        let changes = ChangeSet(
            participants: Edits(upsert: [Participant(id: id, name: "Anne")]),
            items: Edits(upsert: [Item(id: id, text: "x", kind: .idea)]),
            categories: Edits(upsert: [Category(id: id, name: "x")]),
            criteria: Edits(upsert: [Criterion(id: id, name: "x")]),
            actions: Edits(upsert: [Action(id: id, title: "x", carrier: .administration)]))
        #expect(Self.issues(changes) == [ModelPart.participants, .categories, .criteria, .items, .actions].map {
            ChangeIssue(part: $0, index: 0, field: "id", message: message)
        })
    }

    @Test func referencesHoldingAHiddenCharacterAreRefusedAndNeverMatch() {
        let look = "i1\u{200B}"
        let changes = ChangeSet(
            items: Edits(upsert: [Item(id: "i2", text: "x", kind: .idea, author: "p1\u{2066}", buildsOn: look, step: "day\u{202E}1")]),
            actions: Edits(upsert: [Action(id: "A1", title: "x", carrier: .administration, sources: ["i1", look])]),
            scores: [Score(item: look, criterion: "impact\u{0}", value: 3, participant: "p1", step: "vote")],
            ballots: [Ballot(participant: "p1\u{FEFF}", item: "i1", dots: 1, step: "vote\u{2028}")],
            results: [StepResult(step: "vote\u{7}", method: "m", summary: "s",
                                 groups: [ParticipantGroup(name: "G", members: ["p1", "p1\u{200D}"])])])
        #expect(Self.issues(changes).map { "\($0.part.rawValue)[\($0.index ?? -1)].\($0.field ?? "")" } == [
            "items[0].author", "items[0].builds_on", "items[0].step", "scores[0].item", "scores[0].criterion",
            "ballots[0].participant", "ballots[0].step", "results[0].step", "results[0].groups", "actions[0].sources",
        ])
        #expect(Self.issues(changes).allSatisfy { $0.message.contains("a control or invisible character") })
    }

    @Test func nulIsRefusedInEveryText() {
        var action = Action(id: "A1", title: "Ouvrir\u{0}", carrier: .other("Ville\u{0}"), owner: "x", partners: ["ok", "S\u{0}"])
        action.milestones = [Milestone(title: "M\u{0}")]
        let changes = ChangeSet(
            participants: Edits(upsert: [Participant(id: "p2", name: "A\u{0}nne", group: "B")]),
            items: Edits(upsert: [Item(id: "i2", text: "T\u{0}", kind: .idea)]),
            actions: Edits(upsert: [action]),
            results: [StepResult(step: "vote", method: "m", summary: "Fini\u{0}", notes: ["ok", "\u{0}"])])
        #expect(Self.issues(changes).map { "\($0.part.rawValue)[\($0.index ?? -1)].\($0.field ?? "")" } == [
            "participants[0].name", "items[0].text", "actions[0].title", "actions[0].carrier", "actions[0].partners",
            "actions[0].milestones", "results[0].summary", "results[0].notes",
        ])
        #expect(Self.issues(changes).allSatisfy { $0.message == "holds a NUL character (U+0000), which no text may hold" })
        #expect(Self.issues(ChangeSet(items: Edits(upsert: [Item(id: "i2", text: "Tab\tand\nlines, \u{200B} kept", kind: .idea)]))).isEmpty,
                "texts may hold other characters")
    }

    @Test(arguments: [
        (ImportKind.participants, "id,name\np1,Anne\np\u{200B}2,Jan\n", 3, "id", "'p<U+200B>2' holds U+200B"),
        (.items, "id,text,kind,builds_on\ni3,Idée,idea,i1\u{2060}\n", 2, "builds_on", "'i1<U+2060>' holds U+2060"),
        (.actions, "id,title,carrier,items\nA1,T,administration,i1 i2\u{202E}\n", 2, "items", "'i2<U+202E>' holds U+202E"),
        (.criteria, "id,name\ncost\u{7},Coût\n", 2, "id", "'cost<U+0007>' holds U+0007"),
    ])
    func aCSVImportNamesTheLineAndColumn(kind: ImportKind, text: String, line: Int, field: String, message: String) throws {
        let (store, folder) = try sampleStore()
        defer { try? FileManager.default.removeItem(at: folder) }
        let before = try store.workshop()
        let table = try CSVTable(data: Data(text.utf8), displayPath: "in.csv")
        #expect {
            try Importer(kind: kind, table: table, file: "in.csv").changes(for: before)
        } throws: { error in
            "\(error)".hasPrefix("in.csv:\(line): error: \(field): \(message), a control or invisible character; ids must be visible text")
        }
    }
}
