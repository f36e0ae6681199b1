import AtelierKit
import AtelierXML

/// Styles and view settings of the workbook: cell styles, data styles for dates and decimals,
/// column widths, a landscape page with page numbers, and a frozen header row on every sheet.
extension TrackingWorkbook {
    func writeStyles(_ w: XMLStreamWriter) throws {
        try w.startElement("style:default-style")
        try w.attribute("style:family", "table-cell")
        try w.startElement("style:text-properties")
        try w.attribute("style:font-name", "Liberation Sans")
        try w.attribute("fo:font-size", "10pt")
        try w.attribute("fo:language", labels.language.rawValue)
        try w.attribute("fo:country", labels.language.country)
        try w.endElement()
        try w.endElement()
        try w.startElement("style:style")
        try w.attribute("style:name", "Default")
        try w.attribute("style:family", "table-cell")
        try w.endElement()
    }

    func writePageLayouts(_ w: XMLStreamWriter) throws {
        try w.startElement("style:page-layout")
        try w.attribute("style:name", "Page")
        try w.startElement("style:page-layout-properties")
        try w.attribute("fo:page-width", "29.7cm")
        try w.attribute("fo:page-height", "21cm")
        try w.attribute("style:print-orientation", "landscape")
        try w.attribute("fo:margin", "1.5cm")
        try w.endElement()
        try w.emptyElement("style:header-style")
        try w.startElement("style:footer-style")
        try w.startElement("style:header-footer-properties")
        try w.attribute("fo:min-height", "0.6cm")
        try w.attribute("fo:margin-top", "0.3cm")
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    func writeMasterStyles(_ w: XMLStreamWriter) throws {
        try w.startElement("style:master-page")
        try w.attribute("style:name", "Default")
        try w.attribute("style:page-layout-name", "Page")
        try w.startElement("style:footer")
        try w.startElement("text:p")
        try w.startElement("text:sheet-name")
        try w.text("???")
        try w.endElement()
        try w.text(" – ")
        try w.startElement("text:page-number")
        try w.text("1")
        try w.endElement()
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    func writeContentAutomaticStyles(_ w: XMLStreamWriter) throws {
        for width in SheetWriter.Width.allCases {
            try w.startElement("style:style")
            try w.attribute("style:name", width.styleName)
            try w.attribute("style:family", "table-column")
            try w.startElement("style:table-column-properties")
            try w.attribute("fo:break-before", "auto")
            try w.attribute("style:column-width", ODFLength.centimetres(width.centimetres))
            try w.endElement()
            try w.endElement()
        }
        try w.startElement("style:style")
        try w.attribute("style:name", "ta1")
        try w.attribute("style:family", "table")
        try w.attribute("style:master-page-name", "Default")
        try w.startElement("style:table-properties")
        try w.attribute("table:display", "true")
        try w.attribute("style:writing-mode", "lr-tb")
        try w.endElement()
        try w.endElement()

        try writeDateStyle(w)
        try w.startElement("number:number-style")
        try w.attribute("style:name", "N-decimal")
        try w.startElement("number:number")
        try w.attribute("number:decimal-places", 2)
        try w.attribute("number:min-decimal-places", 2)
        try w.attribute("number:min-integer-digits", 1)
        try w.endElement()
        try w.endElement()

        try cellStyle(w, "ce-head", dataStyle: nil) {
            try w.startElement("style:table-cell-properties")
            try w.attribute("fo:background-color", "#dde4ee")
            try w.attribute("fo:border-bottom", "0.75pt solid #808080")
            try w.endElement()
            try w.startElement("style:text-properties")
            try w.attribute("fo:font-weight", "bold")
            try w.endElement()
        }
        try cellStyle(w, "ce-date", dataStyle: "N-date") {}
        try cellStyle(w, "ce-decimal", dataStyle: "N-decimal") {}
        try cellStyle(w, "ce-rtl", dataStyle: nil) {
            try w.startElement("style:paragraph-properties")
            try w.attribute("style:writing-mode", "rl-tb")
            try w.endElement()
        }
    }

    /// `YYYY-MM-DD`, whatever the reader's locale, so a due date never shows as a serial number.
    private func writeDateStyle(_ w: XMLStreamWriter) throws {
        try w.startElement("number:date-style")
        try w.attribute("style:name", "N-date")
        try w.startElement("number:year")
        try w.attribute("number:style", "long")
        try w.endElement()
        try w.element("number:text", text: "-")
        try w.startElement("number:month")
        try w.attribute("number:style", "long")
        try w.endElement()
        try w.element("number:text", text: "-")
        try w.startElement("number:day")
        try w.attribute("number:style", "long")
        try w.endElement()
        try w.endElement()
    }

    private func cellStyle(
        _ w: XMLStreamWriter, _ name: StaticString, dataStyle: StaticString?, properties: () throws -> Void
    ) throws {
        try w.startElement("style:style")
        try w.attribute("style:name", name)
        try w.attribute("style:family", "table-cell")
        try w.attribute("style:parent-style-name", "Default")
        if let dataStyle { try w.attribute("style:data-style-name", dataStyle) }
        try properties()
        try w.endElement()
    }

    /// Freezes the header row of every sheet (LibreOffice's view settings) and opens on Actions.
    func writeSettings(_ w: XMLStreamWriter) throws {
        try w.startElement("config:config-item-set")
        try w.attribute("config:name", "ooo:view-settings")
        try w.startElement("config:config-item-map-indexed")
        try w.attribute("config:name", "Views")
        try w.startElement("config:config-item-map-entry")
        try configItem(w, "ViewId", "string", "view1")
        try w.startElement("config:config-item-map-named")
        try w.attribute("config:name", "Tables")
        for sheet in sheets {
            try w.startElement("config:config-item-map-entry")
            try w.attribute("config:name", sheet.name)
            for (name, type, value) in [
                ("HorizontalSplitMode", "short", "0"), ("VerticalSplitMode", "short", "2"),
                ("HorizontalSplitPosition", "int", "0"), ("VerticalSplitPosition", "int", "1"),
                ("ActiveSplitRange", "short", "2"), ("PositionLeft", "int", "0"), ("PositionRight", "int", "0"),
                ("PositionTop", "int", "0"), ("PositionBottom", "int", "1"),
            ] as [(String, StaticString, String)] {
                try configItem(w, name, type, value)
            }
            try w.endElement()
        }
        try w.endElement()
        try configItem(w, "ActiveTable", "string", sheets[0].name)
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    private func configItem(_ w: XMLStreamWriter, _ name: String, _ type: StaticString, _ value: String) throws {
        try w.startElement("config:config-item")
        try w.attribute("config:name", name)
        try w.attribute("config:type", type)
        try w.text(value)
        try w.endElement()
    }
}
