import AtelierKit
import AtelierODF
import AtelierXML
import Foundation

/// The workbook an administration tracks its actions in: sheets Actions, Items, Scores and
/// Participants, then one sheet per step result (entries by rank, with the values, group and flags
/// its method declares), each with typed cells, set column widths, a frozen header row and filter
/// buttons. The Actions sheet offers drop-down lists of statuses and kinds of carrier (``ChoiceList``).
///
/// The Actions sheet is streamed from the source row by row, so memory does not grow with the
/// number of actions.
final class TrackingWorkbook: Workbook {
    let source: any WorkshopSource
    let workshop: Workshop
    let labels: Labels
    let progress: ExportProgress
    private(set) var sheets: [Sheet]
    /// The step results, one sheet each after the fixed sheets.
    let sections: [ResultSection]
    /// Rows written per sheet (header included), filled in while the body is written.
    private(set) var rowCounts: [Int] = []

    /// One sheet: its localised name and its columns.
    struct Sheet {
        var name: String
        var columns: [SheetWriter.Column]
    }

    var kind: ODFDocumentKind { .spreadsheet }
    var pictures: [ODFPicture] { [] }
    var hasSettings: Bool { true }
    var sheetNames: [String] { sheets.map(\.name) }

    var metadata: ODFMetadata {
        ODFMetadata(workshop: workshop, subject: labels[.actions], language: labels.language)
    }

    init(source: any WorkshopSource, language: Language, methods: MethodCatalogue, progress: ExportProgress) throws {
        self.source = source
        self.progress = progress
        workshop = try source.workshopWithoutActions().localized(to: language)
        let labels = Labels(language)
        self.labels = labels
        func columns(_ list: [(Label, SheetWriter.Width)]) -> [SheetWriter.Column] {
            list.map { SheetWriter.Column(header: labels[$0.0], width: $0.1) }
        }
        var participantColumns: [(Label, SheetWriter.Width)] = [(.identifier, .short)]
        if !workshop.info.pseudonymise { participantColumns.append((.name, .wide)) }
        participantColumns += [(.group, .medium), (.role, .medium)]
        sheets = [
            Sheet(name: labels[.sheetActions], columns: ActionTable.columns.map {
                SheetWriter.Column(header: labels[$0.label], width: $0.width)
            }),
            Sheet(name: labels[.sheetItems], columns: columns([
                (.identifier, .short), (.kind, .medium), (.text, .huge), (.category, .medium), (.author, .medium),
                (.step, .medium), (.buildsOn, .short), (.addresses, .short), (.duplicateOf, .short),
            ])),
            Sheet(name: labels[.sheetScores], columns: columns([
                (.identifier, .short), (.item, .huge), (.criterion, .medium), (.value, .narrow), (.rater, .medium),
                (.step, .medium),
            ])),
            Sheet(name: labels[.sheetParticipants], columns: columns(participantColumns)),
        ]
        sections = ResultSection.all(workshop, catalogue: methods, language: language)
        var taken = Set(sheets.map { $0.name.lowercased() })
        for section in sections {
            var header = [(labels[.rank], SheetWriter.Width.narrow), (labels[.identifier], .short), (labels[.item], .huge)]
            if section.hasValue { header.append((section.presentation.value?[language] ?? labels[.value], .narrow)) }
            header += section.valueColumns.map { ($0.name, .narrow) }
            if section.hasGroups { header.append((section.presentation.group?[language] ?? labels[.group], .medium)) }
            if section.hasFlags { header.append((labels[.flags], .medium)) }
            let name = Self.sheetName(section.title, taken: taken)
            taken.insert(name.lowercased())
            sheets.append(Sheet(name: name, columns: header.map { SheetWriter.Column(header: $0.0, width: $0.1) }))
        }
    }

    /// A title as a sheet name spreadsheets accept: without `[ ] * ? : / \ '` at its ends, at most 31
    /// characters, and unlike every name taken (case aside), numbered when needed.
    static func sheetName(_ title: String, taken: Set<String>) -> String {
        let forbidden = Set("[]*?:/\\")
        var base = String(title.filter { !forbidden.contains($0) }).trimmingCharacters(in: .whitespaces)
        while base.hasPrefix("'") || base.hasSuffix("'") { base = base.trimmingCharacters(in: CharacterSet(charactersIn: "' ")) }
        if base.isEmpty { base = "Result" }
        var name = String(base.prefix(31))
        var number = 2
        while taken.contains(name.lowercased()) {
            let suffix = " \(number)"
            name = String(base.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        return name
    }

    func writeBody(_ writer: XMLStreamWriter, embedding: ODFImageEmbedding) throws {
        let sheet = SheetWriter(writer: writer)
        try writer.startElement("office:spreadsheet")
        try ChoiceList.write(ChoiceList.actionLists(labels), sheet: sheets[0].name, to: writer)
        rowCounts = []
        rowCounts.append(try writeActions(sheet))
        rowCounts.append(try writeItems(sheet))
        rowCounts.append(try writeScores(sheet))
        rowCounts.append(try writeParticipants(sheet))
        for (index, section) in sections.enumerated() {
            rowCounts.append(try writeResult(section, sheet: sheets[4 + index], sheet))
        }
        try writeFilters(writer)
        try writer.endElement()
    }

    /// One filterable range per sheet, over its header and rows (`table:display-filter-buttons`).
    private func writeFilters(_ w: XMLStreamWriter) throws {
        try w.startElement("table:database-ranges")
        for (index, sheet) in sheets.enumerated() {
            let name = Self.sheetReference(sheet.name)
            let lastColumn = AtelierODF.Sheet.columnName(sheet.columns.count - 1)
            try w.startElement("table:database-range")
            try w.attribute("table:name", "__Anonymous_Sheet_DB__\(index)")
            try w.attribute("table:target-range-address", "\(name).A1:\(name).\(lastColumn)\(rowCounts[index])")
            try w.attribute("table:display-filter-buttons", "true")
            try w.endElement()
        }
        try w.endElement()
    }

    /// A sheet name as a cell address writes it: quoted (apostrophes doubled) unless it is only
    /// letters, digits and underscores.
    static func sheetReference(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_"
        }
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}
