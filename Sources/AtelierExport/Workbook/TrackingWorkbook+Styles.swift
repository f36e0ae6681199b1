import AtelierKit
import AtelierXML

/// A spreadsheet Atelier writes with ``SheetWriter``: the tracking workbook, a panel draw's record.
protocol Workbook: ODFDocument {
    var labels: Labels { get }
    /// The sheets' names, in order; the first is the one the workbook opens on.
    var sheetNames: [String] { get }
}

/// Styles and view settings of Atelier's workbooks: cell styles, a data style for decimals,
/// column widths, a landscape page with the sheet name and page number, and a frozen header row
/// on every sheet.
extension Workbook {

    func writeStyles(_ w: XMLStreamWriter) throws {
        try w.element("style:default-style", ["style:family": "table-cell"]) {
            try w.element("style:text-properties", [
                "style:font-name": "Liberation Sans", "fo:font-size": "10pt", "fo:language": labels.language.rawValue,
                "fo:country": labels.language.country,
            ])
        }
        try w.element("style:style", ["style:name": "Default", "style:family": "table-cell"])
    }

    private var workbookPage: ODFPage { ODFPage(width: 29.7, height: 21, margin: 1.5, bottomMargin: 1.5) }

    func writePageLayouts(_ w: XMLStreamWriter) throws {
        try workbookPage.writeLayout(w)
    }

    func writeMasterStyles(_ w: XMLStreamWriter) throws {
        try workbookPage.writeMaster(w, name: "Default", footerStyle: nil) {
            try w.element("text:sheet-name", text: "???")
            try w.text(" – ")
            try w.element("text:page-number", text: "1")
        }
    }

    func writeContentAutomaticStyles(_ w: XMLStreamWriter) throws {
        for width in SheetWriter.Width.allCases {
            try w.element("style:style", ["style:name": width.styleName.description, "style:family": "table-column"]) {
                try w.element("style:table-column-properties", [
                    "fo:break-before": "auto", "style:column-width": ODFLength.centimetres(width.centimetres),
                ])
            }
        }
        try w.element("style:style", [
            "style:name": "ta1", "style:family": "table", "style:master-page-name": "Default",
        ]) {
            try w.element("style:table-properties", ["table:display": "true", "style:writing-mode": "lr-tb"])
        }
        try writeDataStyles(w)
        try cellStyle(w, "ce-head") {
            try w.element("style:table-cell-properties", [
                "fo:background-color": "#dde4ee", "fo:border-bottom": "0.75pt solid #808080",
            ])
            try w.element("style:text-properties", ["fo:font-weight": "bold"])
        }
        try cellStyle(w, "ce-decimal", dataStyle: "N-decimal")
        try cellStyle(w, "ce-rtl") {
            try w.element("style:paragraph-properties", ["style:writing-mode": "rl-tb"])
        }
    }

    /// Two decimals for scores.
    private func writeDataStyles(_ w: XMLStreamWriter) throws {
        try w.element("number:number-style", ["style:name": "N-decimal"]) {
            try w.element("number:number", [
                "number:decimal-places": "2", "number:min-decimal-places": "2", "number:min-integer-digits": "1",
            ])
        }
    }

    private func cellStyle(
        _ w: XMLStreamWriter, _ name: String, dataStyle: String? = nil, properties: () throws -> Void = {}
    ) throws {
        try w.element("style:style", [
            "style:name": name, "style:family": "table-cell", "style:parent-style-name": "Default",
        ]) {
            if let dataStyle { try w.attribute("style:data-style-name", dataStyle) }
            try properties()
        }
    }

    /// Freezes the header row of every sheet (LibreOffice's view settings) and opens on Actions.
    func writeSettings(_ w: XMLStreamWriter) throws {
        try w.element("config:config-item-set", ["config:name": "ooo:view-settings"]) {
            try w.element("config:config-item-map-indexed", ["config:name": "Views"]) {
                try w.container("config:config-item-map-entry") {
                    try configItem(w, "ViewId", "string", "view1")
                    try w.element("config:config-item-map-named", ["config:name": "Tables"]) {
                        for sheet in sheetNames { try frozenHeader(sheet, w) }
                    }
                    try configItem(w, "ActiveTable", "string", sheetNames[0])
                }
            }
        }
    }

    /// A sheet's view split below its first row (checklist item 12).
    private func frozenHeader(_ sheet: String, _ w: XMLStreamWriter) throws {
        try w.element("config:config-item-map-entry", ["config:name": sheet]) {
            for (name, type, value) in [
                ("HorizontalSplitMode", "short", "0"), ("VerticalSplitMode", "short", "2"),
                ("HorizontalSplitPosition", "int", "0"), ("VerticalSplitPosition", "int", "1"),
                ("ActiveSplitRange", "short", "2"), ("PositionLeft", "int", "0"), ("PositionRight", "int", "0"),
                ("PositionTop", "int", "0"), ("PositionBottom", "int", "1"),
            ] {
                try configItem(w, name, type, value)
            }
        }
    }

    private func configItem(_ w: XMLStreamWriter, _ name: String, _ type: String, _ value: String) throws {
        try w.element("config:config-item", ["config:name": name, "config:type": type]) { try w.text(value) }
    }
}
