import AtelierKit

/// What the steps of a workshop produced, gathered for the report's method trail.
///
/// Every part is optional: a workshop that skipped a method simply has no section for it.
struct WorkshopTrail {
    /// The four SWOT quadrants, in the order strengths, weaknesses, opportunities, threats.
    var swot: [(kind: ItemKind, items: [Item])]?
    /// The challenge categories with their challenges; a last group without category when needed.
    var categories: [(category: Category?, challenges: [Item])]?
    var brainwriting: Brainwriting?
    var matrix: Matrix?
    var dotVote: DotVote?

    /// The figures of the latest brainwriting round.
    struct Brainwriting {
        var summary: String
        var ideas: Int
        var buildingOnOthers: Int
        var groups: Int
        var rounds: Int
        var participants: Int
    }

    /// The latest prioritisation matrix: two axes and the ranked entries.
    struct Matrix {
        var summary: String
        /// Horizontal axis (feasibility), or nil when the result has fewer than two criteria.
        var xAxis: Criterion?
        /// Vertical axis (impact).
        var yAxis: Criterion?
        var entries: [Entry]

        struct Entry {
            var rank: Int
            var text: String
            var x: Double?
            var y: Double?
            var score: Double?
            var quadrant: MatrixQuadrant?
            /// The group as the method wrote it, when it is not one of the four quadrants.
            var group: String?
        }
    }

    /// The latest dot vote: entries by rank with their dots.
    struct DotVote {
        var summary: String
        var entries: [(rank: Int, text: String, dots: Double)]
        var voters: Int?
    }

    /// Gathers the trail from a workshop (its actions are not needed).
    init(_ workshop: Workshop) {
        let itemsByID = Dictionary(workshop.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let text: (String) -> String = { itemsByID[$0]?.text ?? $0 }
        let originals = workshop.items.filter { $0.duplicateOf == nil }

        let swotKinds: [ItemKind] = [.strength, .weakness, .opportunity, .threat]
        if originals.contains(where: { swotKinds.contains($0.kind) }) {
            let order = Self.rankOrder(workshop.latestResult(ofMethod: "swot"))
            swot = swotKinds.map { kind in
                (kind, Self.sorted(originals.filter { $0.kind == kind }, by: order))
            }
        }

        let challenges = originals.filter { $0.kind == .challenge }
        if !workshop.categories.isEmpty || !challenges.isEmpty {
            let known = Set(workshop.categories.map(\.id))
            var groups: [(Category?, [Item])] = workshop.categories.map { category in
                (category, challenges.filter { $0.category == category.id })
            }
            let loose = challenges.filter { $0.category.map { !known.contains($0) } ?? true }
            if !loose.isEmpty { groups.append((nil, loose)) }
            categories = groups
        }

        if let result = workshop.latestResult(ofMethod: "brainwriting") {
            let ideas = workshop.items.filter { $0.kind == .idea && $0.step == result.step }
            brainwriting = Brainwriting(
                summary: result.summary,
                ideas: ideas.isEmpty ? Int(result.metrics["ideas"] ?? 0) : ideas.count,
                buildingOnOthers: ideas.filter { $0.buildsOn != nil }.count,
                groups: result.groups.count,
                rounds: result.groups.map(\.rotation.count).max() ?? 0,
                participants: result.groups.map(\.members.count).reduce(0, +))
        }

        if let result = workshop.latestResult(ofMethod: "prioritisation-matrix"), !result.entries.isEmpty {
            let (x, y) = Self.axes(result, workshop.criteria)
            matrix = Matrix(
                summary: result.summary, xAxis: x, yAxis: y,
                entries: result.entries.sorted { $0.rank < $1.rank }.map { entry in
                    Matrix.Entry(
                        rank: entry.rank, text: text(entry.item),
                        x: x.flatMap { entry.values[$0.id] }, y: y.flatMap { entry.values[$0.id] },
                        score: entry.value, quadrant: entry.group.flatMap(MatrixQuadrant.init(group:)),
                        group: entry.group)
                })
        }

        if let result = workshop.latestResult(ofMethod: "dot-voting"), !result.entries.isEmpty {
            dotVote = DotVote(
                summary: result.summary,
                entries: result.entries.sorted { $0.rank < $1.rank }.map { ($0.rank, text($0.item), $0.value ?? 0) },
                voters: result.metrics["voters"].map { Int($0) })
        }
    }

    /// Whether there is anything to show.
    var isEmpty: Bool {
        swot == nil && categories == nil && brainwriting == nil && matrix == nil && dotVote == nil
    }

    /// The two criteria to plot: impact (vertical) and feasibility (horizontal) when the result scored
    /// them, otherwise the first two criteria it scored, in the workshop's order.
    private static func axes(_ result: StepResult, _ criteria: [Criterion]) -> (Criterion?, Criterion?) {
        let scored = Set(result.entries.flatMap(\.values.keys))
        let used = criteria.filter { scored.contains($0.id) }
        if let impact = used.first(where: { $0.id == "impact" }),
           let feasibility = used.first(where: { $0.id == "feasibility" }) {
            return (feasibility, impact)
        }
        guard used.count >= 2 else { return (nil, nil) }
        return (used[1], used[0])
    }

    private static func rankOrder(_ result: StepResult?) -> [String: Int] {
        var order: [String: Int] = [:]
        for entry in result?.entries ?? [] where order[entry.item] == nil { order[entry.item] = entry.rank }
        return order
    }

    /// Items by the rank a result gave them; unranked items after, in recorded order.
    private static func sorted(_ items: [Item], by order: [String: Int]) -> [Item] {
        items.enumerated().sorted { a, b in
            switch (order[a.element.id], order[b.element.id]) {
            case let (x?, y?) where x != y: x < y
            case (.some, nil): true
            case (nil, .some): false
            default: a.offset < b.offset
            }
        }.map(\.element)
    }
}
