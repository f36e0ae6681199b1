import AtelierKit
import AtelierXML

/// The follow-up report as an OpenDocument text: a title page with the day it describes, the
/// summary by addressee, the statuses over time (a chart and its table), then each recommendation
/// with its response, justification, status, progress (with the weights that make it) and timeline.
struct FollowUpReport: ODFDocument {
    let digest: FollowUpDigest
    let labels: Labels
    let styles: TextDocumentStyles
    let pictures: [ODFPicture]

    var kind: ODFDocumentKind { .text }

    var metadata: ODFMetadata {
        ODFMetadata(workshop: digest.workshop, subject: labels[.followUpReport], language: labels.language)
    }

    init(digest: FollowUpDigest, language: Language) throws {
        self.digest = digest
        labels = Labels(language)
        styles = TextDocumentStyles(language: language, paper: .a4)
        pictures = try StatusChart.picture(digest.statuses, labels: labels).map { [$0] } ?? []
    }

    /// Whether the recommendations' texts, written in the workshop's language, are marked as quoted
    /// in it: when the document is in another language.
    var quotes: Bool { digest.workshop.info.language != labels.language }

    /// The summary has one column per addressee: eight columns of response names, one per response,
    /// do not fit an A4 page at the table's size without breaking words.
    var summaryLayout: TableLayout {
        TableLayout(name: "Summary", shares: [3.2] + Array(repeating: 2.76, count: max(digest.summary.count, 1)))
    }
    static let statusesLayout = TableLayout(name: "Statuses", shares: [2, 1, 1, 1, 1])
    static let detailsLayout = TableLayout(name: "Details", shares: [1, 2.6])
    static let timelineLayout = TableLayout(name: "Timeline", shares: [1, 2.4, 1.4])

    func writeStyles(_ writer: XMLStreamWriter) throws { try styles.writeStyles(writer) }
    func writePageLayouts(_ writer: XMLStreamWriter) throws { try styles.writePageLayouts(writer) }
    func writeMasterStyles(_ writer: XMLStreamWriter) throws { try styles.writeMasterStyles(writer) }
    func writeContentAutomaticStyles(_ writer: XMLStreamWriter) throws {
        try styles.writeContentAutomaticStyles(writer, tables: [
            summaryLayout, Self.statusesLayout, Self.detailsLayout, Self.timelineLayout,
        ])
        if quotes { try styles.writeQuoteStyle(writer, language: digest.workshop.info.language) }
    }

    func writeBody(_ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        try w.startElement("office:text")
        try writeTitlePage(w)
        try w.heading(1, labels[.summaryByAddressee], chapter: true)
        try writeSummary(w)
        try writeStatuses(w, embedding: embedding)
        try w.heading(1, labels[.recommendations], chapter: true)
        for (index, action) in digest.actions.enumerated() { try writeRecommendation(action, number: index + 1, w) }
        try w.documentEnd()
        try w.endElement()
    }

    private func writeTitlePage(_ w: XMLStreamWriter) throws {
        let info = digest.workshop.info
        try w.paragraph(.title, info.title)
        try w.paragraph(.subtitle, labels[.followUpReport])
        if !info.organisation.isEmpty { try w.labelledParagraph(.facts, labels[.organisation], info.organisation, labels) }
        if let dates = labels.dates(from: info.startDate, to: info.endDate) {
            try w.labelledParagraph(.facts, labels[.dates], dates, labels)
        }
        if let day = digest.asOf { try w.labelledParagraph(.facts, labels[.situationOn], labels.date(day), labels) }
        try w.labelledParagraph(.facts, labels[.recommendations], String(digest.actions.count), labels)
        try w.paragraph(.note, labels.format(.generatedBy, "Atelier \(AtelierVersion.current)"))
    }

    /// The summary by addressee, turned: a column per addressee, a row per figure of the workbook's
    /// summary sheet.
    private func writeSummary(_ w: XMLStreamWriter) throws {
        let header = FollowUpDigest.summaryHeader(labels)
        let columns = digest.summary.map { FollowUpDigest.summaryCells($0, labels) }
        try w.startTable(summaryLayout, name: "Summary", header: [header[0]] + columns.map { $0[0] })
        for index in header.indices.dropFirst() { try w.row([header[index]] + columns.map { $0[index] }) }
        try w.endElement()
    }

    /// The chart of statuses over time, its caption, then its figures in a table.
    private func writeStatuses(_ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        guard !digest.statuses.points.isEmpty else { return }
        try w.heading(1, labels[.statusesOverTime], chapter: true)
        if let picture = pictures.first {
            try w.startElement("text:p")
            try w.attribute("text:style-name", "Standard")
            try w.picture(picture, frameStyle: "Chart", name: "Statuses", embedding: embedding)
            try w.endElement()
            try w.paragraph(.caption, picture.title)
        }
        try w.startTable(Self.statusesLayout, name: "Statuses", header: FollowUpDigest.statusHeader(labels))
        for point in digest.statuses.points { try w.row([labels.date(point.date)] + point.counts.map(String.init)) }
        try w.endElement()
    }

    private func writeRecommendation(_ action: Action, number: Int, _ w: XMLStreamWriter) throws {
        try w.heading(2, "\(action.title) (\(action.id))", quoted: quotes)
        try w.startTable(Self.detailsLayout, name: "Details-\(number)", header: [labels[.detail], labels[.value]])
        for (label, value) in digest.details(action, labels) {
            try w.labelledRow(labels[label], value, quoted: quotes && (label == .justification || label == .plannedMeasure))
        }
        try w.endElement()
        guard let timeline = digest.timelines[action.id], !timeline.isEmpty else { return }
        try w.heading(3, labels[.timeline])
        try w.startTable(Self.timelineLayout, name: "Timeline-\(number)", header: [labels[.date], labels[.change], labels[.source]])
        for record in timeline {
            try w.row([labels.date(record.date), FollowUpDigest.change(record, labels), record.place])
        }
        try w.endElement()
    }
}
