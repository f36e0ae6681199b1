import AtelierKit
import AtelierODF
import AtelierXML

/// A drop-down list offered in a column of the Actions sheet (`table:content-validation`): the
/// statuses, and the kinds of carrier, in the workbook's language. Other words stay allowed (the
/// import reads them in any language and their synonyms), so no error message is declared.
struct ChoiceList {
    /// The validation's name, as the column's cells refer to it.
    var name: String
    /// The column of ``ActionTable/columns`` it applies to.
    var column: Int
    var words: [String]

    /// The lists of the Actions sheet in a language.
    static func actionLists(_ labels: Labels) -> [ChoiceList] {
        [
            ChoiceList(name: "status", column: ActionTable.columns.firstIndex { $0.label == .status }!,
                       words: ActionStatus.allCases.map(labels.status)),
            ChoiceList(name: "carrier", column: ActionTable.columns.firstIndex { $0.label == .carrier }!,
                       words: Carrier.Kind.allCases.map(labels.carrierKind)),
            ChoiceList(name: "addressee", column: ActionTable.columns.firstIndex { $0.label == .addressee }!,
                       words: FollowUp.Addressee.allCases.map { $0.name(in: labels.language) }),
            ChoiceList(name: "response", column: ActionTable.columns.firstIndex { $0.label == .response }!,
                       words: FollowUp.Response.allCases.map { $0.name(in: labels.language) }),
        ]
    }

    /// The condition as OpenFormula writes it: `of:cell-content-is-in-list("A";"B")`, quotes doubled.
    var condition: String {
        "of:cell-content-is-in-list(" + words.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
            .joined(separator: ";") + ")"
    }

    /// Writes `table:content-validations` for the lists of a sheet, which must come before the sheets.
    static func write(_ lists: [ChoiceList], sheet: String, to w: XMLStreamWriter) throws {
        try w.startElement("table:content-validations")
        try w.attribute("xmlns:of", "urn:oasis:names:tc:opendocument:xmlns:of:1.2")
        for list in lists {
            try w.startElement("table:content-validation")
            try w.attribute("table:name", list.name)
            try w.attribute("table:condition", list.condition)
            try w.attribute("table:allow-empty-cell", "true")
            try w.attribute("table:display-list", "unsorted")
            try w.attribute("table:base-cell-address",
                            TrackingWorkbook.sheetReference(sheet) + "." + AtelierODF.Sheet.columnName(list.column) + "2")
            try w.endElement()
        }
        try w.endElement()
    }
}
