import AtelierKit
import AtelierXML

/// The record of a panel draw as a text document: the facts of the draw, the quotas met, the panel,
/// the alternates, every respondent's chance of selection, and the signature fields.
struct PanelRecordReport: ODFDocument {
    let record: PanelRecord
    let labels: Labels
    let styles: TextDocumentStyles
    let tables: [(header: [String], rows: [[String]], layout: TableLayout)]

    var kind: ODFDocumentKind { .text }
    var pictures: [ODFPicture] { [] }
    var metadata: ODFMetadata { record.metadata(labels) }

    init(_ record: PanelRecord, language: Language) {
        let labels = Labels(language)
        let styles = TextDocumentStyles(language: language, paper: .a4)
        self.record = record
        self.labels = labels
        self.styles = styles
        let sheets = PanelRecordSheets(record, labels: labels)
        tables = [sheets.facts, sheets.quotas, sheets.panel, sheets.alternates, sheets.respondents].enumerated().map { index, table in
            var measure = TableLayout.Measure(header: table.header)
            for row in table.rows { measure.add(row) }
            return (table.header, table.rows, TableLayout.fitted(name: "Record\(index + 1)", needs: measure.needs, width: styles.paper.textWidth))
        }
    }

    func writeStyles(_ writer: XMLStreamWriter) throws { try styles.writeStyles(writer) }
    func writePageLayouts(_ writer: XMLStreamWriter) throws { try styles.writePageLayouts(writer) }
    func writeMasterStyles(_ writer: XMLStreamWriter) throws { try styles.writeMasterStyles(writer) }
    func writeContentAutomaticStyles(_ writer: XMLStreamWriter) throws {
        try styles.writeContentAutomaticStyles(writer, tables: tables.map(\.layout))
    }

    func writeBody(_ w: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        try w.startElement("office:text")
        try w.paragraph(.title, record.title)
        try w.paragraph(.subtitle, labels[.panelRecord])
        let headings: [Label?] = [nil, .panelQuotas, .panelMembers, .panelAlternates, .panelProbabilities]
        for (index, table) in tables.enumerated() {
            if let heading = headings[index] { try w.heading(1, labels[heading]) }
            try w.startTable(table.layout, name: table.layout.name, header: index == 0 ? nil : table.header)
            for row in table.rows { try w.row(row) }
            try w.endElement()
        }
        try w.heading(1, labels[.panelSignatures])
        for role in [Label.panelBailiff, .panelOrganiser] {
            try w.heading(2, labels[role])
            try w.paragraph(.body, labels[.panelSignatureLine])
            try w.paragraph(.body, "")
            try w.paragraph(.body, "")
        }
        try w.paragraph(.note, labels.format(.generatedBy, "Atelier \(AtelierVersion.current)"))
        try w.documentEnd()
        try w.endElement()
    }
}
