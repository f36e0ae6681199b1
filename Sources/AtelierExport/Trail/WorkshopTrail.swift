import AtelierKit

/// What the steps of a workshop produced, gathered for the report's method trail: the challenge
/// categories, and the latest result of every step, each drawn by its shape.
///
/// Every part is optional: a workshop that ran no step and sorted no challenge has no trail.
struct WorkshopTrail {
    /// The challenge categories with their challenges; a last group without category when needed.
    var categories: [(category: Category?, challenges: [Item])]?
    /// Sections of the results, in agenda order.
    var sections: [ResultSection]

    /// Gathers the trail from a workshop (its actions are not needed).
    init(_ workshop: Workshop, catalogue: MethodCatalogue, language: Language) {
        let challenges = workshop.items.filter { $0.duplicateOf == nil && $0.kind == .challenge }
        if !workshop.categories.isEmpty || !challenges.isEmpty {
            let known = Set(workshop.categories.map(\.id))
            var groups: [(Category?, [Item])] = workshop.categories.map { category in
                (category, challenges.filter { $0.category == category.id })
            }
            let loose = challenges.filter { $0.category.map { !known.contains($0) } ?? true }
            if !loose.isEmpty { groups.append((nil, loose)) }
            categories = groups
        }
        sections = ResultSection.all(workshop, catalogue: catalogue, language: language)
    }

    /// Whether there is anything to show.
    var isEmpty: Bool { categories == nil && sections.isEmpty }

    /// Where the challenge categories go: after the leading card sections (where challenges are
    /// written), before the steps that work on them.
    var categoriesPosition: Int {
        sections.firstIndex { $0.presentation.shape != .cards } ?? sections.count
    }
}
