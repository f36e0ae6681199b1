import AtelierKit
import AtelierXML

/// Writes the sheets of a workbook: columns, a header row, and typed cells.
///
/// Numbers are `float` cells with `office:value`, text is a `string` cell; a number that is not
/// finite becomes an empty cell, never `inf` or `nan`. Nothing is ever written to `table:formula`.
struct SheetWriter {
    let writer: XMLStreamWriter

    /// Column widths, as automatic column styles (`co-narrow`, …).
    enum Width: CaseIterable {
        case narrow, short, medium, wide, huge

        var styleName: StaticString {
            switch self {
            case .narrow: "co-narrow"
            case .short: "co-short"
            case .medium: "co-medium"
            case .wide: "co-wide"
            case .huge: "co-huge"
            }
        }

        var centimetres: Double {
            switch self {
            case .narrow: 1.8
            case .short: 2.8
            case .medium: 4.5
            case .wide: 8
            case .huge: 12
            }
        }
    }

    /// A column: its header and its width, widened to the first width its header fits on one
    /// line (bold, 10 pt, with the cell's padding), so a header is never cut in any language.
    struct Column {
        var header: String
        var width: Width

        init(header: String, width: Width) {
            self.header = header
            let needed = TextWidth.of(header, size: 10, bold: true) * 2.54 / 72 + 0.3
            self.width = Width.allCases.first { $0.centimetres >= max(needed, width.centimetres) } ?? .huge
        }
    }

    /// Opens a sheet and writes its columns and header row; close it with ``endSheet()``.
    func startSheet(_ name: String, columns: [Column]) throws {
        try writer.startElement("table:table")
        try writer.attribute("table:name", name)
        try writer.attribute("table:style-name", "ta1")
        for column in columns {
            try writer.startElement("table:table-column")
            try writer.attribute("table:style-name", column.width.styleName)
            try writer.attribute("table:default-cell-style-name", "Default")
            try writer.endElement()
        }
        try writer.startElement("table:table-header-rows")
        try startRow()
        for column in columns {
            try writer.startElement("table:table-cell")
            try writer.attribute("table:style-name", "ce-head")
            try writer.attribute("office:value-type", "string")
            try writer.startElement("text:p")
            try ODFText.write(column.header, to: writer)
            try writer.endElement()
            try writer.endElement()
        }
        try endRow()
        try writer.endElement()
    }

    func endSheet() throws { try writer.endElement() }
    func startRow() throws { try writer.startElement("table:table-row") }
    func endRow() throws { try writer.endElement() }

    /// A text cell, one paragraph per line; an empty text gives an empty cell. Right-to-left text
    /// gets a right-to-left style.
    /// - Parameter choices: The name of the drop-down list (``ChoiceList``) the cell offers, if any.
    func text(_ value: String, choices: String? = nil) throws {
        guard !value.isEmpty else { return try empty() }
        try writer.startElement("table:table-cell")
        if ODFText.isRightToLeft(value) { try writer.attribute("table:style-name", "ce-rtl") }
        if let choices { try writer.attribute("table:content-validation-name", choices) }
        try writer.attribute("office:value-type", "string")
        try ODFText.writeLines(value, to: writer)
        try writer.endElement()
    }

    /// A whole number; nil gives an empty cell.
    func number(_ value: Int?) throws {
        guard let value else { return try empty() }
        let text = String(value)
        try writer.startElement("table:table-cell")
        try writer.attribute("office:value-type", "float")
        try writer.attribute("office:value", text)
        try writer.element("text:p", text: text)
        try writer.endElement()
    }

    /// A number shown with two decimals; nil, infinity and NaN give an empty cell.
    func decimal(_ value: Double?) throws {
        guard let value, value.isFinite else { return try empty() }
        try writer.startElement("table:table-cell")
        try writer.attribute("table:style-name", "ce-decimal")
        try writer.attribute("office:value-type", "float")
        try writer.attribute("office:value", value)
        try writer.element("text:p", text: FixedPoint.format(value, decimals: 2))
        try writer.endElement()
    }

    func empty() throws {
        try writer.emptyElement("table:table-cell")
    }
}
