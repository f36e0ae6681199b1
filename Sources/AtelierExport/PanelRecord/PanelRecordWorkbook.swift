import AtelierKit
import AtelierXML

/// The record of a panel draw as a workbook: one sheet each for the draw's facts, the quotas met,
/// the panel, the alternates and every respondent's chance of selection, written as the record's
/// text document shows them (the draw's `probabilities.csv` keeps the full numbers).
struct PanelRecordWorkbook: SpreadsheetDocument {
    let labels: Labels
    let sheets: [(name: String, table: PanelRecordSheets.Table)]

    var pictures: [ODFPicture] { [] }
    var sheetNames: [String] { sheets.map(\.name) }
    let metadata: ODFMetadata

    init(_ record: PanelRecord, language: Language) {
        labels = Labels(language)
        metadata = record.metadata(labels)
        let tables = PanelRecordSheets(record, labels: labels)
        sheets = [
            (labels[.panelSheetDraw], tables.facts), (labels[.panelQuotas], tables.quotas), (labels[.panelMembers], tables.panel),
            (labels[.panelAlternates], tables.alternates), (labels[.panelProbability], tables.respondents),
        ].map { (TrackingWorkbook.sheetName($0.0, taken: []), $0.1) }
    }

    func writeBody(_ writer: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        let sheet = SheetWriter(writer: writer)
        try writer.startElement("office:spreadsheet")
        for (name, table) in sheets {
            let widths = table.header.indices.map { column in
                table.rows.map { $0[column].count }.max() ?? 0 > 40 ? SheetWriter.Width.huge : .medium
            }
            try sheet.startSheet(name, columns: zip(table.header, widths).map { SheetWriter.Column(header: $0, width: $1) })
            for row in table.rows {
                try sheet.startRow()
                for cell in row { try sheet.text(cell) }
                try sheet.endRow()
            }
            try sheet.endSheet()
        }
        try writer.endElement()
    }
}
