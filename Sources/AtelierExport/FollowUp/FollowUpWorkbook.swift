import AtelierKit
import AtelierXML

/// The follow-up report as an OpenDocument spreadsheet, for those who sort and count: sheets of the
/// recommendations (their follow-up, progress rolled up, weights), the summary by addressee, the
/// statuses over time and every change with the file it came from. Dates are written `YYYY-MM-DD`.
struct FollowUpWorkbook: SpreadsheetDocument {
    let digest: FollowUpDigest
    let labels: Labels
    let sheetNames: [String]

    var pictures: [ODFPicture] { [] }

    var metadata: ODFMetadata {
        ODFMetadata(workshop: digest.workshop, subject: labels[.followUpReport], language: labels.language)
    }

    init(digest: FollowUpDigest, language: Language) {
        self.digest = digest
        let labels = Labels(language)
        self.labels = labels
        var names: [String] = []
        for label in [Label.recommendations, .summaryByAddressee, .statusesOverTime, .timeline] {
            let name = TrackingWorkbook.sheetName(labels[label], taken: Set(names.map { $0.lowercased() }))
            names.append(name)
        }
        sheetNames = names
    }

    /// The recommendations sheet's columns: the follow-up fields in the order of the Actions sheet.
    private var recommendationColumns: [SheetWriter.Column] {
        let list: [(Label, SheetWriter.Width)] = [
            (.identifier, .short), (.title, .wide), (.addressee, .medium), (.responsibleService, .medium),
            (.minister, .medium), (.response, .medium), (.justification, .wide), (.plannedMeasure, .wide),
            (.status, .medium), (.progress, .narrow), (.weight, .narrow), (.partOf, .short), (.received, .short),
            (.responded, .short), (.responseDue, .short), (.nextReview, .short), (.evidence, .wide),
        ]
        return list.map { SheetWriter.Column(header: labels[$0.0], width: $0.1) }
    }

    func writeBody(_ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        let sheet = SheetWriter(writer: w)
        try w.startElement("office:spreadsheet")
        try writeRecommendations(sheet)
        try sheet.startSheet(sheetNames[1], columns: FollowUpDigest.summaryHeader(labels).enumerated().map {
            SheetWriter.Column(header: $0.element, width: $0.offset == 0 ? .medium : .narrow)
        })
        for row in digest.summary {
            try sheet.startRow()
            try sheet.text(row.addressee?.name(in: labels.language) ?? labels[.notAssigned])
            try sheet.number(row.total)
            for count in row.responses { try sheet.number(count) }
            try sheet.decimal(row.meanProgress)
            try sheet.endRow()
        }
        try sheet.endSheet()
        try sheet.startSheet(sheetNames[2], columns: FollowUpDigest.statusHeader(labels).map {
            SheetWriter.Column(header: $0, width: .short)
        })
        for point in digest.statuses.points {
            try sheet.startRow()
            try sheet.text(point.date.description)
            for count in point.counts { try sheet.number(count) }
            try sheet.endRow()
        }
        try sheet.endSheet()
        try writeTimeline(sheet)
        try w.endElement()
    }

    private func writeRecommendations(_ sheet: SheetWriter) throws {
        try sheet.startSheet(sheetNames[0], columns: recommendationColumns)
        let language = labels.language
        for action in digest.actions {
            let f = action.followUp
            try sheet.startRow()
            try sheet.text(action.id)
            try sheet.text(action.title)
            try sheet.text(f.addressee?.name(in: language) ?? "")
            try sheet.text(f.service)
            try sheet.text(f.minister)
            try sheet.text(f.response?.name(in: language) ?? "")
            try sheet.text(f.justification)
            try sheet.text(f.measure)
            try sheet.text(labels.status(action.status))
            try sheet.decimal(digest.rollUp.figures[action.id]?.progress)
            try sheet.decimal(f.weight)
            try sheet.text(f.parent ?? "")
            for date in [f.received, f.responded, f.due ?? digest.workshop.info.answersDue, f.nextReview] {
                try sheet.text(date?.description ?? "")
            }
            try sheet.text(f.evidence.joined(separator: "\n"))
            try sheet.endRow()
        }
        try sheet.endSheet()
    }

    private func writeTimeline(_ sheet: SheetWriter) throws {
        let columns: [(Label, SheetWriter.Width)] = [(.date, .short), (.identifier, .short), (.change, .huge), (.source, .wide)]
        try sheet.startSheet(sheetNames[3], columns: columns.map { SheetWriter.Column(header: labels[$0.0], width: $0.1) })
        for action in digest.actions {
            for record in digest.timelines[action.id] ?? [] {
                try sheet.startRow()
                try sheet.text(record.date.description)
                try sheet.text(record.action)
                try sheet.text(FollowUpDigest.change(record, labels))
                try sheet.text(record.place)
                try sheet.endRow()
            }
        }
        try sheet.endSheet()
    }
}
