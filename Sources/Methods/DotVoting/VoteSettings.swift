import AtelierKit

/// The parameters of one dot vote, read from the request and checked against each other.
struct VoteSettings {
    /// Which items are on the ballot.
    enum Scope: String {
        /// Every item of the listed kinds.
        case all
        /// The items of the listed kinds in one category.
        case category
        /// The leading entries of an earlier step's result.
        case top
    }

    var dots: Int
    var maxPerItem: Int?
    var kinds: [ItemKind]
    var scope: Scope
    var category: String?
    var fromStep: String?
    var top: Int?
    var excludeFacilitators: Bool
    var selectTop: Int?
    var selectThreshold: Int?

    init(_ request: MethodRequest) throws {
        dots = try request.integer("dots")
        guard dots >= 1 else { throw MethodError("parameter dots is \(dots); each participant needs at least one dot") }
        maxPerItem = request.optional("max_per_item")?.intValue
        if let cap = maxPerItem, cap < 1 {
            throw MethodError("parameter max_per_item is \(cap); allow at least one dot per item, or leave it out for no cap")
        }
        kinds = try request.list("kinds").map { name in
            guard let kind = ItemKind(rawValue: name) else {
                throw MethodError(
                    "parameter kinds: '\(name)' is not an item kind; use "
                        + ItemKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
        let scopeName = try request.string("scope")
        guard let scope = Scope(rawValue: scopeName) else {
            throw MethodError("parameter scope: '\(scopeName)' is not one of all, category, top")
        }
        self.scope = scope
        category = request.optional("category")?.stringValue
        fromStep = request.optional("from_step")?.stringValue
        top = request.optional("top")?.intValue
        excludeFacilitators = try request.bool("exclude_facilitators")
        selectTop = request.optional("select_top")?.intValue
        selectThreshold = request.optional("select_threshold")?.intValue
        try checkCombination()
    }

    private func checkCombination() throws {
        if category != nil && scope != .category {
            throw MethodError("parameter category only applies with scope: category (scope is \(scope.rawValue))")
        }
        if scope == .category && category == nil {
            throw MethodError("scope: category needs the parameter category (the id of the category to vote in)")
        }
        if (fromStep != nil || top != nil) && scope != .top {
            throw MethodError("parameters from_step and top only apply with scope: top (scope is \(scope.rawValue))")
        }
        if scope == .top && fromStep == nil {
            throw MethodError("scope: top needs the parameter from_step (the earlier step whose leading items are voted on)")
        }
        if let top, top < 1 { throw MethodError("parameter top is \(top); keep at least one item") }
        if let selectTop, selectTop < 1 { throw MethodError("parameter select_top is \(selectTop); select at least one item") }
        if let selectThreshold, selectThreshold < 1 {
            throw MethodError("parameter select_threshold is \(selectThreshold); an item needs at least one dot to be selected")
        }
        if scope != .top && kinds.isEmpty {
            throw MethodError("parameter kinds is empty: name the kinds of item on the ballot, for example [proposal]")
        }
    }
}
