/// A card: anything a participant writes down during the workshop.
public struct Item: Codable, Sendable, Equatable, Identifiable {
    public var id: String
    public var text: String
    public var kind: ItemKind
    /// The ``Category`` identifier the item is sorted into.
    public var category: String?
    /// The participant who wrote it; nil for an anonymous card.
    public var author: String?
    /// The item this one builds on (an idea continuing the idea above it on a brainwriting sheet).
    public var buildsOn: String?
    /// The agenda step that produced it.
    public var step: String?
    /// The challenge (or other item) this idea or proposal addresses.
    public var addresses: String?
    /// The dimension of the challenge it works on (impact, feasibility, …).
    public var dimension: String?
    /// When this card repeats another, the item it was merged into (its author still counts there).
    public var duplicateOf: String?
    /// Where a brainwriting idea sits on its sheet.
    public var position: SheetPosition?

    public init(
        id: String, text: String, kind: ItemKind, category: String? = nil, author: String? = nil,
        buildsOn: String? = nil, step: String? = nil, addresses: String? = nil, dimension: String? = nil,
        duplicateOf: String? = nil, position: SheetPosition? = nil
    ) {
        self.id = id
        self.text = text
        self.kind = kind
        self.category = category
        self.author = author
        self.buildsOn = buildsOn
        self.step = step
        self.addresses = addresses
        self.dimension = dimension
        self.duplicateOf = duplicateOf
        self.position = position
    }
}

/// What kind of card an item is.
public enum ItemKind: String, Codable, Sendable, CaseIterable {
    case vision
    case strength
    case weakness
    case opportunity
    case threat
    case challenge
    case idea
    case proposal
}

/// The place of an idea on a brainwriting sheet: which group and sheet, which round, which row.
public struct SheetPosition: Codable, Sendable, Equatable, Hashable {
    public var group: Int
    public var sheet: Int
    public var round: Int
    /// 1-based idea slot within the round (a 6-3-5 sheet has three per round).
    public var slot: Int

    public init(group: Int, sheet: Int, round: Int, slot: Int) {
        self.group = group
        self.sheet = sheet
        self.round = round
        self.slot = slot
    }
}
