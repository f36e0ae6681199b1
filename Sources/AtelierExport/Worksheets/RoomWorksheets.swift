import AtelierKit
import AtelierXML

/// Worksheets to print for the room, one per page: a 6-3-5 brainwriting sheet for every sheet of
/// every group (with who writes in each round, from the brainwriting plan's rotation), a SWOT
/// canvas, and a dot-voting tally sheet listing the proposals.
struct RoomWorksheets: ODFDocument {
    let workshop: Workshop
    let labels: Labels
    let styles: TextDocumentStyles
    let plan: BrainwritingPlan?

    var kind: ODFDocumentKind { .text }
    var pictures: [ODFPicture] { [] }

    var metadata: ODFMetadata {
        ODFMetadata(workshop: workshop, title: "\(workshop.info.title) – \(labels[.worksheets])",
                    subject: labels[.worksheets], language: labels.language)
    }

    /// The brainwriting round to print: groups with their rotation, and boxes per round.
    struct BrainwritingPlan {
        var groups: [ParticipantGroup]
        var ideasPerRound: Int
    }

    init(workshop: Workshop, language: Language, paper: Paper) {
        self.workshop = workshop
        labels = Labels(language)
        styles = TextDocumentStyles(language: language, paper: paper)
        if let result = workshop.latestResult(ofMethod: "brainwriting"),
           result.groups.contains(where: { !$0.rotation.isEmpty }) {
            let step = workshop.agenda.step(result.step)
            let ideas = step?.parameters["ideas_per_round"]?.intValue ?? 3
            plan = BrainwritingPlan(groups: result.groups, ideasPerRound: min(max(ideas, 1), 6))
        } else {
            plan = nil
        }
    }

    private var tables: [TableLayout] {
        var layouts = [
            TableLayout(name: "Rotation", shares: [1, 4]),
            TableLayout(name: "Canvas", shares: [1, 1]),
            TableLayout(name: "Tally", shares: [1, 9, 5, 2]),
        ]
        if let plan { layouts.append(TableLayout(name: "Sheet", shares: [3] + Array(repeating: 5, count: plan.ideasPerRound))) }
        return layouts
    }

    func writeStyles(_ writer: XMLStreamWriter) throws { try styles.writeStyles(writer) }
    func writePageLayouts(_ writer: XMLStreamWriter) throws { try styles.writePageLayouts(writer) }
    func writeMasterStyles(_ writer: XMLStreamWriter) throws { try styles.writeMasterStyles(writer) }

    /// The shared automatic styles, and rows tall enough to write in by hand.
    func writeContentAutomaticStyles(_ writer: XMLStreamWriter) throws {
        try styles.writeContentAutomaticStyles(writer, tables: tables)
        let scale = styles.paper.scale
        for (name, height) in [("IdeaRow", ideaRowHeight), ("CanvasRow", 10 * scale), ("TallyRow", 1.2 * scale)]
            as [(StaticString, Double)] {
            try writer.startElement("style:style")
            try writer.attribute("style:name", name)
            try writer.attribute("style:family", "table-row")
            try writer.startElement("style:table-row-properties")
            try writer.attribute("style:min-row-height", ODFLength.centimetres(height))
            try writer.endElement()
            try writer.endElement()
        }
    }

    func writeBody(_ writer: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        try writer.startElement("office:text")
        var first = true
        if let plan {
            for group in plan.groups {
                for sheet in 0..<sheetCount(group) {
                    try writeBrainwritingSheet(group: group, sheet: sheet, plan: plan, writer, first: first)
                    first = false
                }
            }
        }
        try writeSWOTCanvas(writer, first: first)
        try writeTally(writer)
        try writer.endElement()
    }

    /// Rows as tall as the page allows for every round of the longest rotation to fit on one page
    /// (a sheet of 8 rounds gets smaller boxes than one of 6), at most 4 cm on A4.
    private var ideaRowHeight: Double {
        let paper = styles.paper
        let rounds = Double(plan?.groups.map(\.rotation.count).max() ?? 6)
        let usable = paper.size.height - 2 * paper.margin - 2.5 - 6 * paper.scale
        return min(4 * paper.scale, usable / max(rounds, 1))
    }

    private func sheetCount(_ group: ParticipantGroup) -> Int {
        group.rotation.map(\.count).max() ?? 0
    }

    private func name(_ id: String) -> String {
        guard !workshop.info.pseudonymise else { return id }
        return workshop.participant(id)?.name ?? id
    }

    private func writeBrainwritingSheet(
        group: ParticipantGroup, sheet: Int, plan: BrainwritingPlan, _ w: XMLStreamWriter, first: Bool
    ) throws {
        try w.heading(1, labels[.brainwritingSheet], chapter: !first)
        try w.heading(2, labels.format(.sheetNumber, String(sheet + 1), group.name))
        try w.labelledParagraph(.body, labels[.challenge], String(repeating: "_", count: 50), labels)
        try w.paragraph(.note, "\(labels[.writeHere]) \(labels[.passTo])")
        let header = [labels[.round]] + (1...plan.ideasPerRound).map { "\(labels[.idea]) \($0)" }
        try w.startTable(tables[3], name: "Sheet-\(group.name)-\(sheet + 1)", header: header)
        for (round, holders) in group.rotation.enumerated() {
            try w.startElement("table:table-row")
            try w.attribute("table:style-name", "IdeaRow")
            try w.startCell()
            try w.paragraph(.tableHeading, "\(labels[.round]) \(round + 1)")
            try w.paragraph(.tableContents, sheet < holders.count ? name(holders[sheet]) : "")
            try w.endElement()
            for _ in 0..<plan.ideasPerRound {
                try w.startCell()
                try w.paragraph(.tableContents, "")
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()
    }

    private func writeSWOTCanvas(_ w: XMLStreamWriter, first: Bool) throws {
        try w.heading(1, labels[.swotCanvas], chapter: !first)
        try w.paragraph(.note, labels[.swotIntro])
        try w.startTable(tables[1], name: "SWOT", header: [
            "\(labels[.strengths]) (\(labels[.insideOrganisation]) · \(labels[.favourable]))",
            "\(labels[.weaknesses]) (\(labels[.insideOrganisation]) · \(labels[.unfavourable]))",
        ])
        try canvasRow(w)
        try w.row([
            "\(labels[.opportunities]) (\(labels[.outsideOrganisation]) · \(labels[.favourable]))",
            "\(labels[.threats]) (\(labels[.outsideOrganisation]) · \(labels[.unfavourable]))",
        ], heading: true)
        try canvasRow(w)
        try w.endElement()
    }

    private func canvasRow(_ w: XMLStreamWriter) throws {
        try w.startElement("table:table-row")
        try w.attribute("table:style-name", "CanvasRow")
        for _ in 0..<2 {
            try w.startCell()
            try w.paragraph(.tableContents, "")
            try w.endElement()
        }
        try w.endElement()
    }

    /// The items to vote on: proposals, or ideas when there are none; blank lines without either.
    private var ballotItems: [Item] {
        let originals = workshop.items.filter { $0.duplicateOf == nil }
        let proposals = originals.filter { $0.kind == .proposal }
        return proposals.isEmpty ? originals.filter { $0.kind == .idea } : proposals
    }

    private func writeTally(_ w: XMLStreamWriter) throws {
        try w.heading(1, labels[.dotTally], chapter: true)
        try w.startTable(tables[2], name: "Tally", header: [
            labels[.number], labels[.item], labels[.tally], labels[.total],
        ])
        let items = ballotItems
        let lines = items.isEmpty ? Array(repeating: "", count: 15) : items.map(\.text)
        for (index, text) in lines.enumerated() {
            try w.startElement("table:table-row")
            try w.attribute("table:style-name", "TallyRow")
            for cell in [items.isEmpty ? "" : String(index + 1), text, "", ""] {
                try w.startCell()
                try w.paragraph(.tableContents, cell)
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()
    }
}
