import AtelierKit
import AtelierXML

/// Worksheets to print for the room, one per page, drawn from what the methods declare: a room plan
/// and a card per group for every step that seats groups without passing sheets (teams), a rotation
/// sheet for every sheet of every group a step formed (with who writes in each round), a canvas
/// for every agenda step whose method prints one (a box per group it declares with a note), and a
/// tally sheet for every agenda step whose method counts marks on paper.
struct RoomWorksheets: ODFDocument {
    let workshop: Workshop
    let labels: Labels
    let styles: TextDocumentStyles
    let rotations: [Rotation]
    let seatings: [Seating]
    let canvases: [Canvas]
    let tallies: [String]

    var kind: ODFDocumentKind { .text }
    var pictures: [ODFPicture] { [] }

    var metadata: ODFMetadata {
        ODFMetadata(workshop: workshop, title: "\(workshop.info.title) – \(labels[.worksheets])",
                    subject: labels[.worksheets], language: labels.language)
    }

    /// The groups of a step that pass sheets round, under the step's title.
    struct Rotation {
        var title: String
        var groups: [ParticipantGroup]
    }

    /// The groups of a step that sit together without passing sheets (teams), under the step's
    /// title, each at a table numbered in order, with the item it works on when the step gave one.
    struct Seating {
        var title: String
        var groups: [ParticipantGroup]
        /// The text of each group's item, by group name.
        var topics: [String: String]
    }

    /// A canvas: its title and its boxes (name and what goes in it).
    struct Canvas {
        var title: String
        var boxes: [(name: String, note: String)]
    }

    init(workshop: Workshop, language: Language, paper: Paper, methods: MethodCatalogue) {
        self.workshop = workshop
        labels = Labels(language)
        styles = TextDocumentStyles(language: language, paper: paper)
        let sections = ResultSection.all(workshop, catalogue: methods, language: language)
        rotations = sections.compactMap { section in
            let groups = section.result.groups.filter { !$0.rotation.isEmpty }
            return groups.isEmpty ? nil : Rotation(title: section.title, groups: groups)
        }
        seatings = sections.compactMap { section in
            let groups = section.result.groups.filter(\.rotation.isEmpty)
            guard section.presentation.shape == .groups, !groups.isEmpty else { return nil }
            let texts = Dictionary(workshop.items.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
            let topics = section.entries.compactMap { entry in entry.group.flatMap { group in texts[entry.item].map { (group, $0) } } }
            return Seating(title: section.title, groups: groups, topics: Dictionary(topics, uniquingKeysWith: { first, _ in first }))
        }
        var canvases: [Canvas] = []
        var tallies: [String] = []
        for step in workshop.agenda.steps {
            guard let method = step.method else { continue }
            let presentation = methods.presentation(of: method)
            let name = methods.name(of: method, in: language)
            let title = step.title.lowercased() == name.lowercased() ? name : "\(name) – \(step.title)"
            switch presentation.worksheet {
            case .canvas:
                canvases.append(Canvas(title: title, boxes: presentation.groups.compactMap { group in
                    group.note.map { (group.name[language], $0[language]) }
                }))
            case .tally: tallies.append(title)
            case nil: break
            }
        }
        self.canvases = canvases
        self.tallies = tallies
    }

    /// Boxes per round on a group's sheets: as the step set them, else 3 (the 3 of 6-3-5), at most 6.
    private static func slots(_ group: ParticipantGroup) -> Int { min(max(group.slots ?? 3, 1), 6) }

    private var tables: [TableLayout] {
        let layouts = [
            TableLayout(name: "Canvas", shares: [1, 1]),
            TableLayout(name: "Tally", shares: [1, 9, 5, 2]),
            TableLayout(name: "Plan", shares: [2, 4, 8, 3]),
        ]
        let slotCounts = Set(rotations.flatMap(\.groups).map(Self.slots)).sorted()
        return layouts + slotCounts.map(Self.sheetLayout)
    }

    /// The table of a rotation sheet with `slots` boxes per round.
    private static func sheetLayout(_ slots: Int) -> TableLayout {
        TableLayout(name: "Sheet\(slots)", shares: [3] + Array(repeating: 5, count: slots))
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
        for (index, seating) in seatings.enumerated() {
            try writeSeating(seating, number: index + 1, writer, first: first)
            first = false
        }
        for rotation in rotations {
            for group in rotation.groups {
                for sheet in 0..<sheetCount(group) {
                    try writeRotationSheet(rotation.title, group: group, sheet: sheet, writer, first: first)
                    first = false
                }
            }
        }
        for (index, canvas) in canvases.enumerated() {
            try writeCanvas(canvas, number: index + 1, writer, first: first)
            first = false
        }
        for (index, title) in tallies.enumerated() {
            try writeTally(title, number: index + 1, writer, first: first)
            first = false
        }
        try writer.documentEnd()
        try writer.endElement()
    }

    /// Rows as tall as the page allows for every round of the longest rotation to fit on one page
    /// (a sheet of 8 rounds gets smaller boxes than one of 6), at most 4 cm on A4.
    private var ideaRowHeight: Double {
        let paper = styles.paper
        let rounds = Double(rotations.flatMap(\.groups).map(\.rotation.count).max() ?? 6)
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

    private func writeRotationSheet(
        _ title: String, group: ParticipantGroup, sheet: Int, _ w: XMLStreamWriter, first: Bool
    ) throws {
        let slots = Self.slots(group)
        try w.heading(1, title, chapter: !first)
        try w.heading(2, labels.format(.sheetNumber, String(sheet + 1), group.name))
        let topic = sheet < group.sheetTopics.count ? workshop.items.first { $0.id == group.sheetTopics[sheet] }?.text : nil
        try w.labelledParagraph(.body, labels[.challenge], topic ?? String(repeating: "_", count: 50), labels)
        try w.paragraph(.note, "\(labels[.writeHere]) \(labels[.passTo])")
        let header = [labels[.round]] + (1...slots).map { "\(labels[.idea]) \($0)" }
        try w.startTable(Self.sheetLayout(slots), name: "Sheet-\(group.name)-\(sheet + 1)", header: header)
        for (round, holders) in group.rotation.enumerated() {
            try w.startElement("table:table-row")
            try w.attribute("table:style-name", "IdeaRow")
            try w.startCell()
            try w.paragraph(.tableHeading, "\(labels[.round]) \(round + 1)")
            try w.paragraph(.tableContents, sheet < holders.count ? name(holders[sheet]) : "")
            try w.endElement()
            for _ in 0..<slots {
                try w.startCell()
                try w.paragraph(.tableContents, "")
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()
    }

    /// The room plan (a line per group: table, name, item, head count), then a card per group to put
    /// on its table: the table's number, the group, its item and its members.
    private func writeSeating(_ seating: Seating, number: Int, _ w: XMLStreamWriter, first: Bool) throws {
        try w.heading(1, "\(seating.title) – \(labels[.roomPlan])", chapter: !first)
        try w.startTable(tables[2], name: "Plan\(number)", header: [
            labels[.table], labels[.group], labels[.challenge], labels[.participantCount],
        ])
        for (index, group) in seating.groups.enumerated() {
            try w.startElement("table:table-row")
            for cell in [String(index + 1), group.name, seating.topics[group.name] ?? "", String(group.members.count)] {
                try w.startCell()
                try w.paragraph(.tableContents, cell)
                try w.endElement()
            }
            try w.endElement()
        }
        try w.endElement()
        for (index, group) in seating.groups.enumerated() {
            try w.heading(1, "\(labels[.table]) \(index + 1) – \(group.name)", chapter: true)
            if let topic = seating.topics[group.name] { try w.labelledParagraph(.body, labels[.challenge], topic, labels) }
            try w.heading(2, labels[.members])
            for member in group.members { try w.paragraph(.body, name(member)) }
        }
    }

    /// A box per declared group, two a row, each pair a table headed by the groups' names and what
    /// goes in them.
    private func writeCanvas(_ canvas: Canvas, number: Int, _ w: XMLStreamWriter, first: Bool) throws {
        try w.heading(1, canvas.title, chapter: !first)
        for start in stride(from: 0, to: canvas.boxes.count, by: 2) {
            let pair = Array(canvas.boxes[start..<min(start + 2, canvas.boxes.count)])
            try w.startTable(tables[0], name: "Canvas\(number)-\(start / 2 + 1)",
                             header: pair.map { "\($0.name) (\($0.note))" } + (pair.count < 2 ? [""] : []))
            try canvasRow(w)
            try w.endElement()
        }
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

    private func writeTally(_ title: String, number: Int, _ w: XMLStreamWriter, first: Bool) throws {
        try w.heading(1, title, chapter: !first)
        try w.startTable(tables[1], name: "Tally\(number)", header: [
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
