import AtelierKit
import AtelierXML

/// The report of the action list: a title page, the contents, the method trail that justifies the actions,
/// then the actions grouped by who must carry them.
///
/// Actions are read from the source as a stream, carrier by carrier; everything else (items,
/// results) is small and read at once.
struct ActionReport: ODFDocument {
    let source: any WorkshopSource
    let workshop: Workshop
    let labels: Labels
    let trail: WorkshopTrail
    let pictures: [ODFPicture]
    let progress: ExportProgress
    /// Kinds of carrier that have actions, in report order, with their counts.
    let carriers: [(kind: Carrier.Kind, count: Int)]
    let itemText: [String: String]
    let styles: TextDocumentStyles
    /// The columns of the overview tables, fitted to every action's row.
    private(set) var overviewLayout = TableLayout(name: "Overview", shares: [])
    /// The columns of the details tables: the labels on one line, their values in the rest.
    private(set) var detailsLayout = TableLayout(name: "Details", shares: [])

    var kind: ODFDocumentKind { .text }

    var metadata: ODFMetadata {
        ODFMetadata(workshop: workshop, subject: labels[.actionPlan], language: labels.language)
    }

    init(source: any WorkshopSource, language: Language, methods: MethodCatalogue, progress: ExportProgress) throws {
        self.source = source
        self.progress = progress
        workshop = try source.workshopWithoutActions().localized(to: language)
        labels = Labels(language)
        trail = WorkshopTrail(workshop, catalogue: methods, language: language)
        styles = TextDocumentStyles(language: language, paper: .a4)
        let itemText = Dictionary(workshop.items.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        var pictures: [ODFPicture] = []
        for (index, section) in trail.sections.enumerated() {
            if let chart = try ResultChart.picture(
                section, index: index, criteria: workshop.criteria, itemText: itemText, labels: labels) {
                pictures.append(chart)
            }
        }
        self.pictures = pictures
        self.itemText = itemText
        carriers = try Carrier.Kind.allCases.map { ($0, try source.actionCount(carrier: $0)) }.filter { $0.1 > 0 }
        var overview = TableLayout.Measure(header: overviewHeader)
        try source.forEachAction(carrier: nil) { overview.add(overviewRow($0)) }
        overviewLayout = fitted(overview, name: "Overview")
        var details = TableLayout.Measure(header: detailsHeader)
        for label in detailsLabels { details.add([label, ""], bold: true) }
        details.needs[0].word = details.needs[0].line
        details.needs[1].line = .greatestFiniteMagnitude
        detailsLayout = fitted(details, name: "Details")
    }

    /// Whether the actions' texts, written in the workshop's language, are marked as quoted in it:
    /// when the document is in another language.
    var quotes: Bool { workshop.info.language != labels.language }

    /// A table's columns fitted to the width of the page's text.
    func fitted(_ measure: TableLayout.Measure, name: String) -> TableLayout {
        TableLayout.fitted(name: name, needs: measure.needs, width: styles.paper.textWidth, scale: styles.paper.scale)
    }

    /// Cards are set two groups a row, in halves of the page.
    static let cardsLayout = TableLayout(name: "Cards", shares: [1, 1])

    func writeStyles(_ writer: XMLStreamWriter) throws { try styles.writeStyles(writer) }
    func writePageLayouts(_ writer: XMLStreamWriter) throws { try styles.writePageLayouts(writer) }
    func writeMasterStyles(_ writer: XMLStreamWriter) throws { try styles.writeMasterStyles(writer) }
    func writeContentAutomaticStyles(_ writer: XMLStreamWriter) throws {
        let sections = trail.sections.enumerated().flatMap { index, section in
            let layouts = sectionLayouts(section, index: index)
            return [layouts.entries, layouts.figures, layouts.groups]
        }
        try styles.writeContentAutomaticStyles(writer, tables: [Self.cardsLayout, overviewLayout, detailsLayout] + sections)
        if quotes { try styles.writeQuoteStyle(writer, language: workshop.info.language) }
    }

    func writeBody(_ writer: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        try writer.startElement("office:text")
        try writeTitlePage(writer)
        try writeContents(writer)
        if !trail.isEmpty {
            try writer.heading(1, labels[.methodTrail], chapter: true)
            try writeTrail(writer, embedding: embedding)
        }
        try writer.heading(1, labels[.actions], chapter: true)
        try writeActions(writer)
        try writer.documentEnd()
        try writer.endElement()
    }

    // MARK: - Title page and contents

    private func writeTitlePage(_ w: XMLStreamWriter) throws {
        let info = workshop.info
        try w.paragraph(.title, info.title)
        try w.paragraph(.subtitle, labels[.actionPlan])
        if !info.organisation.isEmpty { try w.labelledParagraph(.facts, labels[.organisation], info.organisation, labels) }
        if let dates = labels.dates(from: info.startDate, to: info.endDate) {
            try w.labelledParagraph(.facts, labels[.dates], dates, labels)
        }
        if !info.place.isEmpty { try w.labelledParagraph(.facts, labels[.place], info.place, labels) }
        let participants = workshop.participants.filter { $0.role != .facilitator }
        try w.labelledParagraph(.facts, labels[.participantCount], String(participants.count), labels)
        try w.paragraph(.note, labels.format(.generatedBy, "Atelier \(AtelierVersion.current)"))
    }

    /// The chapters and sections, in document order: (level, title).
    private var outline: [(Int, String)] {
        var entries: [(Int, String)] = []
        if !trail.isEmpty {
            entries.append((1, labels[.methodTrail]))
            for (index, section) in trail.sections.enumerated() {
                if index == trail.categoriesPosition, trail.categories != nil { entries.append((2, labels[.challengeCategories])) }
                entries.append((2, section.title))
            }
            if trail.categoriesPosition == trail.sections.count, trail.categories != nil {
                entries.append((2, labels[.challengeCategories]))
            }
        }
        entries.append((1, labels[.actions]))
        for (kind, _) in carriers { entries.append((2, labels.carrierHeading(kind))) }
        return entries
    }

    /// A table of contents of chapters and sections. Page numbers are left to the reader's
    /// application (Update index); the entries are written so the contents read right before that.
    private func writeContents(_ w: XMLStreamWriter) throws {
        try w.startElement("text:table-of-content")
        try w.attribute("text:name", "Contents")
        try w.startElement("text:table-of-content-source")
        try w.attribute("text:outline-level", 2)
        try w.startElement("text:index-title-template")
        try w.attribute("text:style-name", "ContentsTitle")
        try w.text(labels[.contents])
        try w.endElement()
        for (level, style) in [(1, "Contents_20_1"), (2, "Contents_20_2")] as [(Int, StaticString)] {
            try w.startElement("text:table-of-content-entry-template")
            try w.attribute("text:outline-level", level)
            try w.attribute("text:style-name", style)
            try w.emptyElement("text:index-entry-text")
            try w.startElement("text:index-entry-tab-stop")
            try w.attribute("style:type", "right")
            try w.attribute("style:leader-char", ".")
            try w.endElement()
            try w.emptyElement("text:index-entry-page-number")
            try w.endElement()
        }
        try w.endElement()
        try w.startElement("text:index-body")
        try w.startElement("text:index-title")
        try w.attribute("text:name", "Contents_Head")
        try w.startElement("text:p")
        try w.attribute("text:style-name", "ContentsTitle")
        try w.text(labels[.contents])
        try w.endElement()
        try w.endElement()
        for (level, title) in outline {
            try w.paragraph(level == 1 ? .contents1 : .contents2, title)
        }
        try w.endElement()
        try w.endElement()
    }

    /// A paragraph holding one chart, then its caption.
    func writeChart(_ path: String, name: String, _ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        guard let picture = pictures.first(where: { $0.path == path }) else { return }
        try w.startElement("text:p")
        try w.attribute("text:style-name", "Standard")
        try w.picture(picture, frameStyle: "Chart", name: name, embedding: embedding)
        try w.endElement()
        try w.paragraph(.caption, picture.title)
    }
}
