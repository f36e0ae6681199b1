import AtelierKit

/// An action as the selected proposals suggest it, before it meets the actions already in the workshop.
struct ActionDraft {
    /// The proposals it comes from: one, several when merged.
    let proposals: [Item]
    /// For a split proposal, which part (1-based); nil otherwise.
    let part: Int?
    let title: String
    let description: String
    let problem: String
    let carrier: Carrier
    let owner: String
    let partners: [String]
    let horizon: Horizon?
    /// Proposal ids, then what they build on, address or absorbed as duplicates.
    let sources: [String]
    let dots: Int?
    let score: Double?
    let voteRank: Int?
    /// Recorded position of the first proposal: the last tie-break of the priority order.
    let order: Int
}

/// Makes the drafts: one per selected proposal, one per merge group, one per line of a split proposal.
struct DraftMaker {
    let settings: PlanSettings
    let selection: SelectedProposals
    let workshop: Workshop

    /// The drafts in priority order: best vote rank first, then highest matrix score, then the order
    /// the proposals were recorded in. A proposal that was not voted on (or not scored) comes after
    /// those that were.
    /// - Throws: ``MethodError`` when a merged or split proposal is not among the selected ones, a split
    ///   proposal has a single line, or an action would have no title.
    func drafts() throws -> [ActionDraft] {
        let selected = Dictionary(selection.items.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for id in settings.merge.flatMap({ $0 }) + settings.split where selected[id] == nil {
            throw MethodError(
                "proposal '\(id)' is not among those selected in step '\(selection.step)' ("
                    + selection.items.map(\.id).joined(separator: ", ") + "); check the parameters merge and split")
        }
        let order = Dictionary(workshop.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var drafts: [ActionDraft] = []
        var done = Set<String>()
        for item in selection.items where !done.contains(item.id) {
            if let group = settings.merge.first(where: { $0.contains(item.id) }) {
                let proposals = group.compactMap { selected[$0] }
                done.formUnion(group)
                let description = proposals.map { "\($0.id): \($0.text.collapsingWhitespace)" }.joined(separator: "\n")
                drafts.append(try draft(proposals, part: nil, title: proposals[0].text, description: description, order: order))
            } else if settings.split.contains(item.id) {
                let parts = Self.parts(of: item.text)
                guard parts.count >= 2 else {
                    throw MethodError(
                        "parameter split: proposal '\(item.id)' has one part only; write each part on its own "
                            + "line, or as a list, to split it into several actions")
                }
                for (index, part) in parts.enumerated() {
                    drafts.append(
                        try draft([item], part: index + 1, title: part, description: item.text.collapsingWhitespace, order: order))
                }
            } else {
                drafts.append(try draft([item], part: nil, title: item.text, description: "", order: order))
            }
            done.insert(item.id)
        }
        return drafts.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.voteRank != y.voteRank { return (x.voteRank ?? .max) < (y.voteRank ?? .max) }
            if x.score != y.score { return (x.score ?? -.infinity) > (y.score ?? -.infinity) }
            if x.order != y.order { return x.order < y.order }
            return a.offset < b.offset
        }.map(\.element)
    }

    private func draft(
        _ proposals: [Item], part: Int?, title: String, description: String, order: [String: Int]
    ) throws -> ActionDraft {
        let title = title.collapsingWhitespace
        guard !title.isEmpty else {
            throw MethodError(
                "proposal '\(proposals[0].id)' has no text, so its action would have no title; write the "
                    + "proposal's text and run the step again")
        }
        let carrier = settings.carriers.value(for: proposals).flatMap(Carrier.init(parsing:)) ?? settings.carrier
        let sources = Self.provenance(of: proposals, in: workshop)
        let problem = sources.compactMap { id in workshop.item(id).flatMap { $0.kind == .challenge ? $0 : nil } }
            .map { $0.text.collapsingWhitespace }.joined(separator: "; ")
        let partners = (settings.partners.value(for: proposals) ?? "")
            .split(separator: ";").map(\.trimmingSpaces).filter { !$0.isEmpty }
        return ActionDraft(
            proposals: proposals, part: part, title: title, description: description, problem: problem,
            carrier: carrier, owner: settings.owners.value(for: proposals)?.trimmingSpaces ?? settings.owner,
            partners: partners, horizon: settings.horizon(for: proposals), sources: sources,
            dots: selection.figures.dots(of: proposals), score: selection.figures.score(of: proposals),
            voteRank: selection.figures.voteRank(of: proposals), order: proposals.compactMap { order[$0.id] }.min() ?? 0)
    }

    /// The proposals' ids, each followed by the items it builds on and addresses (followed back to the
    /// first card) and the duplicates merged into it; every id once.
    static func provenance(of proposals: [Item], in workshop: Workshop) -> [String] {
        var seen = Set(proposals.map(\.id))
        var sources = proposals.map(\.id)
        func visit(_ item: Item) {
            let links = [item.buildsOn, item.addresses].compactMap { $0 }
                + workshop.items.filter { $0.duplicateOf == item.id }.map(\.id)
            for id in links where seen.insert(id).inserted {
                guard let linked = workshop.item(id) else { continue }
                sources.append(id)
                visit(linked)
            }
        }
        proposals.forEach(visit)
        return sources
    }

    /// The parts of a proposal to split: its list items when it has any (lines starting with `-`, `•`,
    /// `*` or a number such as `1.` or `2)`, the marker dropped; a heading line is left out), otherwise
    /// its non-empty lines.
    static func parts(of text: String) -> [String] {
        let lines = text.split(whereSeparator: \.isNewline).map { String($0).collapsingWhitespace }.filter { !$0.isEmpty }
        let listed = lines.compactMap(listItem)
        return listed.isEmpty ? lines : listed
    }

    /// The line without its list marker, or nil when it has none.
    private static func listItem(_ line: String) -> String? {
        var rest = Substring(line)
        var marked = false
        if let first = rest.first, "-–•*·".contains(first) {
            rest = rest.dropFirst().drop(while: \.isWhitespace)
            marked = true
        }
        let digits = rest.prefix(while: { $0.isASCII && $0.isNumber })
        if !digits.isEmpty, let mark = rest.dropFirst(digits.count).first, mark == "." || mark == ")" {
            rest = rest.dropFirst(digits.count + 1)
            marked = true
        }
        let item = String(rest).collapsingWhitespace
        return marked && !item.isEmpty ? item : nil
    }
}
