import AtelierKit
import AtelierXML

/// The method trail: SWOT, challenge categories, brainwriting, prioritisation matrix, dot vote —
/// each section only when the workshop has its data.
extension ActionReport {
    func writeTrail(_ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        if let swot = trail.swot { try writeSWOT(swot, w) }
        if let categories = trail.categories { try writeCategories(categories, w) }
        if let brainwriting = trail.brainwriting { try writeBrainwriting(brainwriting, w) }
        if let matrix = trail.matrix { try writeMatrix(matrix, w, embedding: embedding) }
        if let vote = trail.dotVote { try writeDotVote(vote, w, embedding: embedding) }
    }

    private func writeSWOT(_ swot: [(kind: ItemKind, items: [Item])], _ w: XMLStreamWriter) throws {
        try w.heading(2, labels[.swot])
        try w.paragraph(.body, labels[.swotIntro])
        let texts = Dictionary(uniqueKeysWithValues: swot.map { ($0.kind, $0.items.map(\.text)) })
        try w.startTable(Tables.swot, name: "SWOT", header: [labels[.strengths], labels[.weaknesses]])
        try quadrantRow([texts[.strength] ?? [], texts[.weakness] ?? []], w)
        try w.row([labels[.opportunities], labels[.threats]], heading: true)
        try quadrantRow([texts[.opportunity] ?? [], texts[.threat] ?? []], w)
        try w.endElement()
    }

    private func quadrantRow(_ quadrants: [[String]], _ w: XMLStreamWriter) throws {
        try w.startElement("table:table-row")
        for texts in quadrants {
            try w.startCell()
            if texts.isEmpty {
                try w.paragraph(.tableContents, "–")
            } else {
                try w.bulletList(texts)
            }
            try w.endElement()
        }
        try w.endElement()
    }

    private func writeCategories(_ groups: [(category: Category?, challenges: [Item])], _ w: XMLStreamWriter) throws {
        try w.heading(2, labels[.challengeCategories])
        for (category, challenges) in groups {
            try w.labelledParagraph(
                .body, category?.name ?? labels[.uncategorised], labels.format(.challengesCount, String(challenges.count)),
                labels)
            if let description = category?.description, !description.isEmpty {
                try w.paragraph(.body, description)
            }
            try w.bulletList(challenges.map(\.text))
        }
    }

    private func writeBrainwriting(_ figures: WorkshopTrail.Brainwriting, _ w: XMLStreamWriter) throws {
        try w.heading(2, labels[.brainwriting])
        if !figures.summary.isEmpty { try w.paragraph(.body, figures.summary) }
        try w.startTable(Tables.figures, name: "Brainwriting", header: [labels[.figure], labels[.value]])
        for (label, value) in [
            (Label.ideas, figures.ideas), (.buildingOnOthers, figures.buildingOnOthers), (.groups, figures.groups),
            (.rounds, figures.rounds), (.participantCount, figures.participants),
        ] {
            try w.labelledRow(labels[label], String(value))
        }
        try w.endElement()
    }

    private func writeMatrix(_ matrix: WorkshopTrail.Matrix, _ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        try w.heading(2, labels[.prioritisationMatrix])
        if !matrix.summary.isEmpty { try w.paragraph(.body, matrix.summary) }
        try writeChart(MatrixChart.path, name: labels[.prioritisationMatrix], w, embedding: embedding)
        let header = [
            labels[.rank], labels[.item], matrix.xAxis?.name ?? "–", matrix.yAxis?.name ?? "–", labels[.score],
            labels[.quadrant],
        ]
        try w.startTable(Tables.matrix, name: "Matrix", header: header)
        for entry in matrix.entries {
            let quadrant = entry.quadrant.map(labels.quadrant) ?? entry.group ?? "–"
            try w.row([
                String(entry.rank), entry.text, number(entry.x), number(entry.y), number(entry.score), quadrant,
            ])
        }
        try w.endElement()
    }

    private func writeDotVote(_ vote: WorkshopTrail.DotVote, _ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        try w.heading(2, labels[.dotVote])
        if !vote.summary.isEmpty { try w.paragraph(.body, vote.summary) }
        if let voters = vote.voters {
            try w.labelledParagraph(.body, labels[.voters], String(voters), labels)
        }
        try writeChart(DotVoteChart.path, name: labels[.dotVote], w, embedding: embedding)
        try w.startTable(Tables.ranking, name: "DotVote", header: [labels[.rank], labels[.item], labels[.dots]])
        for entry in vote.entries {
            try w.row([String(entry.rank), entry.text, labels.number(entry.dots)])
        }
        try w.endElement()
    }

    /// A matrix figure with two decimals, or a dash when there is none.
    func number(_ value: Double?) -> String {
        value.map { labels.number($0, trimWhole: false) } ?? "–"
    }
}
