import AtelierKit

/// The parameters of one dot vote, read from the request and checked against each other.
struct VoteSettings {
    /// The `scope` parameter's options.
    enum ScopeOption: String, CaseIterable {
        case all, category, top
    }

    /// Which items are on the ballot, with what each option needs.
    enum Scope {
        /// Every item of the listed kinds.
        case all
        /// The items of the listed kinds in the category with this id.
        case category(String)
        /// The entries of an earlier step's result ranked `ranked` or better (all when nil).
        case top(of: StepResult, ranked: Int?)
    }

    var dots: Int
    var maxPerItem: Int?
    var kinds: [ItemKind]
    var scope: Scope
    var excludeFacilitators: Bool
    var selectTop: Int?
    var selectThreshold: Int?
    /// With `groups_from`, the teams that each vote on their own items.
    var teams: VoteTeams?

    init(_ request: MethodRequest) throws {
        dots = try request.integer("dots")
        guard dots >= 1 else { throw MethodError("parameter dots is \(dots); each participant needs at least one dot") }
        maxPerItem = request.optional("max_per_item")?.intValue
        if let cap = maxPerItem, cap < 1 {
            throw MethodError("parameter max_per_item is \(cap); allow at least one dot per item, or leave it out for no cap")
        }
        kinds = try request.itemKinds("kinds")
        excludeFacilitators = try request.bool("exclude_facilitators")
        selectTop = request.optional("select_top")?.intValue
        if let selectTop, selectTop < 1 { throw MethodError("parameter select_top is \(selectTop); select at least one item") }
        selectThreshold = request.optional("select_threshold")?.intValue
        if let selectThreshold, selectThreshold < 1 {
            throw MethodError("parameter select_threshold is \(selectThreshold); an item needs at least one dot to be selected")
        }
        teams = try request.earlierResult("groups_from").map(VoteTeams.init)
        scope = try Self.scope(request)
        if case .top = scope {} else if kinds.isEmpty {
            throw MethodError("parameter kinds is empty: name the kinds of item on the ballot, for example [proposal]")
        }
    }

    private static func scope(_ request: MethodRequest) throws -> Scope {
        let option = try request.choice("scope", as: ScopeOption.self)
        let category = request.optional("category")?.stringValue
        let top = request.optional("top")?.intValue
        if category != nil && option != .category {
            throw MethodError("parameter category only applies with scope: category (scope is \(option.rawValue))")
        }
        if (request.optional("from_step") != nil || top != nil) && option != .top {
            throw MethodError("parameters from_step and top only apply with scope: top (scope is \(option.rawValue))")
        }
        switch option {
        case .all:
            return .all
        case .category:
            guard let category else {
                throw MethodError("scope: category needs the parameter category (the id of the category to vote in)")
            }
            return .category(category)
        case .top:
            guard let result = try request.earlierResult("from_step") else {
                throw MethodError("scope: top needs the parameter from_step (the earlier step whose leading items are voted on)")
            }
            if let top, top < 1 { throw MethodError("parameter top is \(top); keep at least one item") }
            return .top(of: result, ranked: top)
        }
    }
}
