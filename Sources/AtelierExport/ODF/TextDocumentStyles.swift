import AtelierKit
import AtelierXML

/// A paper size for text documents.
public enum Paper: String, CaseIterable, Sendable {
    case a4, a3

    /// Width and height in centimetres, portrait.
    var size: (width: Double, height: Double) {
        switch self {
        case .a4: (21, 29.7)
        case .a3: (29.7, 42)
        }
    }

    /// Page margin on every side, in centimetres.
    var margin: Double { self == .a4 ? 2 : 2.5 }

    /// The width text and tables may use.
    var textWidth: Double { size.width - 2 * margin }

    /// How much larger type and boxes are than on A4.
    var scale: Double { self == .a4 ? 1 : 1.41 }
}

/// The paragraph styles of Atelier's text documents. Each has a right-to-left twin, an automatic
/// style with `style:writing-mode="rl-tb"` that paragraphs written in Hebrew or Arabic script use.
enum ParagraphStyle: CaseIterable {
    case title, subtitle, facts, body, caption, heading1, heading2, heading3, tableContents, tableHeading
    case contentsHeading, contents1, contents2, listItem, note

    var name: StaticString {
        switch self {
        case .title: "Title"
        case .subtitle: "Subtitle"
        case .facts: "Facts"
        case .body: "Text_20_body"
        case .caption: "Caption"
        case .heading1: "Heading_20_1"
        case .heading2: "Heading_20_2"
        case .heading3: "Heading_20_3"
        case .tableContents: "Table_20_Contents"
        case .tableHeading: "Table_20_Heading"
        case .contentsHeading: "Contents_20_Heading"
        case .contents1: "Contents_20_1"
        case .contents2: "Contents_20_2"
        case .listItem: "List_20_Contents"
        case .note: "Note"
        }
    }

    var rightToLeftName: StaticString {
        switch self {
        case .title: "RTL_Title"
        case .subtitle: "RTL_Subtitle"
        case .facts: "RTL_Facts"
        case .body: "RTL_Text_20_body"
        case .caption: "RTL_Caption"
        case .heading1: "RTL_Heading_20_1"
        case .heading2: "RTL_Heading_20_2"
        case .heading3: "RTL_Heading_20_3"
        case .tableContents: "RTL_Table_20_Contents"
        case .tableHeading: "RTL_Table_20_Heading"
        case .contentsHeading: "RTL_Contents_20_Heading"
        case .contents1: "RTL_Contents_20_1"
        case .contents2: "RTL_Contents_20_2"
        case .listItem: "RTL_List_20_Contents"
        case .note: "RTL_Note"
        }
    }
}

/// The columns of a table: a name for its styles and the relative width of each column.
struct TableLayout {
    /// Unique among a document's layouts; styles are `<name>` (table) and `<name>.<n>` (columns).
    var name: String
    var shares: [Double]
}

/// The named styles, page layout and master page shared by Atelier's text documents.
struct TextDocumentStyles {
    var language: Language
    var paper: Paper

    /// Children of `office:styles`.
    func writeStyles(_ w: XMLStreamWriter) throws {
        let scale = paper.scale
        try w.startElement("style:default-style")
        try w.attribute("style:family", "paragraph")
        try w.startElement("style:paragraph-properties")
        try w.attribute("style:writing-mode", "page")
        try w.endElement()
        try w.startElement("style:text-properties")
        try w.attribute("style:font-name", "Liberation Serif")
        try w.attribute("fo:font-size", points(11 * scale))
        try w.attribute("fo:language", language.rawValue)
        try w.attribute("fo:country", language.country)
        try w.attribute("fo:hyphenate", "false")
        try w.endElement()
        try w.endElement()

        try paragraphStyle(w, "Standard", display: nil, parent: nil, class: "text")
        try w.endElement()
        try paragraphStyle(w, "Text_20_body", display: "Text body", parent: "Standard", class: "text")
        try paragraphProperties(w, top: 0, bottom: 0.25)
        try w.endElement()
        try paragraphStyle(w, "Heading", display: nil, parent: "Standard", class: "text", next: "Text_20_body")
        try paragraphProperties(w, top: 0.42, bottom: 0.21, keepWithNext: true)
        try textProperties(w, font: "Liberation Sans", size: 14 * scale)
        try w.endElement()
        for (level, name, display, size) in [
            (1, "Heading_20_1" as StaticString, "Heading 1", 18.0), (2, "Heading_20_2", "Heading 2", 15),
            (3, "Heading_20_3", "Heading 3", 13),
        ] {
            try paragraphStyle(w, name, display: display, parent: "Heading", class: "text", next: "Text_20_body")
            try w.attribute("style:default-outline-level", level)
            try textProperties(w, size: size * scale, bold: true)
            try w.endElement()
        }
        try paragraphStyle(w, "Title", display: nil, parent: "Heading", class: "chapter", next: "Subtitle")
        try paragraphProperties(w, top: 5 * scale, bottom: 0.5, align: "center")
        try textProperties(w, size: 28 * scale, bold: true)
        try w.endElement()
        try paragraphStyle(w, "Subtitle", display: nil, parent: "Heading", class: "chapter", next: "Facts")
        try paragraphProperties(w, top: 0.2, bottom: 1.5, align: "center")
        try textProperties(w, size: 18 * scale)
        try w.endElement()
        try paragraphStyle(w, "Facts", display: nil, parent: "Standard", class: "text")
        try paragraphProperties(w, top: 0, bottom: 0.25, align: "center")
        try textProperties(w, size: 12 * scale)
        try w.endElement()
        try paragraphStyle(w, "Caption", display: nil, parent: "Standard", class: "extra")
        try paragraphProperties(w, top: 0.2, bottom: 0.4)
        try textProperties(w, size: 10 * scale, italic: true)
        try w.endElement()
        try paragraphStyle(w, "Note", display: nil, parent: "Standard", class: "extra")
        try paragraphProperties(w, top: 0.1, bottom: 0.2)
        try textProperties(w, size: 9 * scale)
        try w.endElement()
        try paragraphStyle(w, "Table_20_Contents", display: "Table Contents", parent: "Standard", class: "extra")
        try textProperties(w, size: 10 * scale)
        try w.endElement()
        try paragraphStyle(w, "Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents",
                           class: "extra")
        try textProperties(w, bold: true)
        try w.endElement()
        try paragraphStyle(w, "List_20_Contents", display: "List Contents", parent: "Standard", class: "list")
        try paragraphProperties(w, top: 0, bottom: 0.1)
        try w.endElement()
        try paragraphStyle(w, "Footer", display: nil, parent: "Standard", class: "extra")
        try paragraphProperties(w, top: 0, bottom: 0, align: "center")
        try textProperties(w, size: 9 * scale)
        try w.endElement()
        try paragraphStyle(w, "Contents_20_Heading", display: "Contents Heading", parent: "Heading", class: "index")
        try textProperties(w, size: 16 * scale, bold: true)
        try w.endElement()
        for (name, display, indent) in [
            ("Contents_20_1" as StaticString, "Contents 1", 0.0), ("Contents_20_2", "Contents 2", 0.5),
        ] {
            try paragraphStyle(w, name, display: display, parent: "Standard", class: "index")
            try w.startElement("style:paragraph-properties")
            try w.attribute("fo:margin-left", ODFLength.centimetres(indent))
            try w.attribute("fo:margin-bottom", "0.1cm")
            try w.startElement("style:tab-stops")
            try w.startElement("style:tab-stop")
            try w.attribute("style:position", ODFLength.centimetres(paper.textWidth - indent))
            try w.attribute("style:type", "right")
            try w.attribute("style:leader-style", "dotted")
            try w.attribute("style:leader-text", ".")
            try w.endElement()
            try w.endElement()
            try w.endElement()
            try w.endElement()
        }

        try w.startElement("style:style")
        try w.attribute("style:name", "Strong_20_Emphasis")
        try w.attribute("style:display-name", "Strong Emphasis")
        try w.attribute("style:family", "text")
        try textProperties(w, bold: true)
        try w.endElement()

        try w.startElement("style:style")
        try w.attribute("style:name", "Graphics")
        try w.attribute("style:family", "graphic")
        try w.startElement("style:graphic-properties")
        try w.attribute("text:anchor-type", "as-char")
        try w.attribute("style:vertical-pos", "top")
        try w.attribute("style:vertical-rel", "baseline")
        try w.endElement()
        try w.endElement()

        try writeOutlineStyle(w)
        try writeBulletList(w)
    }

    /// Children of `office:automatic-styles` in `styles.xml`: the page layout.
    func writePageLayouts(_ w: XMLStreamWriter) throws {
        try w.startElement("style:page-layout")
        try w.attribute("style:name", "Page")
        try w.startElement("style:page-layout-properties")
        try w.attribute("fo:page-width", ODFLength.centimetres(paper.size.width))
        try w.attribute("fo:page-height", ODFLength.centimetres(paper.size.height))
        try w.attribute("style:print-orientation", "portrait")
        let margin = ODFLength.centimetres(paper.margin)
        try w.attribute("fo:margin-top", margin)
        try w.attribute("fo:margin-bottom", ODFLength.centimetres(paper.margin - 0.8))
        try w.attribute("fo:margin-left", margin)
        try w.attribute("fo:margin-right", margin)
        try w.attribute("style:writing-mode", "lr-tb")
        try w.endElement()
        try w.emptyElement("style:header-style")
        try w.startElement("style:footer-style")
        try w.startElement("style:header-footer-properties")
        try w.attribute("fo:min-height", "0.6cm")
        try w.attribute("fo:margin-top", "0.4cm")
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    /// Children of `office:master-styles`: one page style with the page number in the footer.
    func writeMasterStyles(_ w: XMLStreamWriter) throws {
        try w.startElement("style:master-page")
        try w.attribute("style:name", "Standard")
        try w.attribute("style:page-layout-name", "Page")
        try w.startElement("style:footer")
        try w.startElement("text:p")
        try w.attribute("text:style-name", "Footer")
        try w.startElement("text:page-number")
        try w.attribute("text:select-page", "current")
        try w.text("1")
        try w.endElement()
        try w.text(" / ")
        try w.element("text:page-count", text: "1")
        try w.endElement()
        try w.endElement()
        try w.endElement()
    }

    /// Automatic styles every text document's body uses: right-to-left paragraphs, page breaks
    /// (before a chapter heading, the contents, or any paragraph), table cells, the chart frame, and
    /// the tables' column widths.
    func writeContentAutomaticStyles(_ w: XMLStreamWriter, tables: [TableLayout]) throws {
        for style in ParagraphStyle.allCases {
            try w.startElement("style:style")
            try w.attribute("style:name", style.rightToLeftName)
            try w.attribute("style:family", "paragraph")
            try w.attribute("style:parent-style-name", style.name)
            try w.startElement("style:paragraph-properties")
            try w.attribute("style:writing-mode", "rl-tb")
            try w.endElement()
            try w.endElement()
        }
        for (name, parent) in [
            ("Chapter", "Heading_20_1"), ("ContentsTitle", "Contents_20_Heading"), ("PageBreak", "Standard"),
        ] as [(StaticString, StaticString)] {
            try w.startElement("style:style")
            try w.attribute("style:name", name)
            try w.attribute("style:family", "paragraph")
            try w.attribute("style:parent-style-name", parent)
            try w.startElement("style:paragraph-properties")
            try w.attribute("fo:break-before", "page")
            try w.endElement()
            try w.endElement()
        }
        for (name, background) in [("HeadCell", "#dde4ee"), ("Cell", "transparent")] as [(StaticString, StaticString)] {
            try w.startElement("style:style")
            try w.attribute("style:name", name)
            try w.attribute("style:family", "table-cell")
            try w.startElement("style:table-cell-properties")
            try w.attribute("fo:background-color", background)
            try w.attribute("fo:padding", "0.1cm")
            try w.attribute("fo:border", "0.5pt solid #808080")
            try w.endElement()
            try w.endElement()
        }
        try w.startElement("style:style")
        try w.attribute("style:name", "Chart")
        try w.attribute("style:family", "graphic")
        try w.attribute("style:parent-style-name", "Graphics")
        try w.startElement("style:graphic-properties")
        try w.attribute("style:vertical-pos", "top")
        try w.attribute("style:vertical-rel", "baseline")
        try w.attribute("fo:border", "none")
        try w.endElement()
        try w.endElement()
        for table in tables { try writeTableLayout(table, w) }
    }

    private func writeTableLayout(_ table: TableLayout, _ w: XMLStreamWriter) throws {
        try w.startElement("style:style")
        try w.attribute("style:name", table.name)
        try w.attribute("style:family", "table")
        try w.startElement("style:table-properties")
        try w.attribute("style:width", ODFLength.centimetres(paper.textWidth))
        try w.attribute("table:align", "margins")
        try w.attribute("fo:margin-top", "0.2cm")
        try w.attribute("fo:margin-bottom", "0.3cm")
        try w.endElement()
        try w.endElement()
        let total = table.shares.reduce(0, +)
        for (index, share) in table.shares.enumerated() {
            try w.startElement("style:style")
            try w.attribute("style:name", "\(table.name).\(index + 1)")
            try w.attribute("style:family", "table-column")
            try w.startElement("style:table-column-properties")
            try w.attribute("style:column-width", ODFLength.centimetres(paper.textWidth * share / total))
            try w.endElement()
            try w.endElement()
        }
    }

    private func writeOutlineStyle(_ w: XMLStreamWriter) throws {
        try w.startElement("text:outline-style")
        try w.attribute("style:name", "Outline")
        for level in 1...10 {
            try w.startElement("text:outline-level-style")
            try w.attribute("text:level", level)
            try w.attribute("style:num-format", "")
            try w.endElement()
        }
        try w.endElement()
    }

    private func writeBulletList(_ w: XMLStreamWriter) throws {
        try w.startElement("text:list-style")
        try w.attribute("style:name", "List_20_Bullet")
        try w.attribute("style:display-name", "List Bullet")
        for level in 1...3 {
            let indent = 0.6 * Double(level)
            try w.startElement("text:list-level-style-bullet")
            try w.attribute("text:level", level)
            try w.attribute("text:bullet-char", level == 1 ? "•" : "–")
            try w.startElement("style:list-level-properties")
            try w.attribute("text:list-level-position-and-space-mode", "label-alignment")
            try w.startElement("style:list-level-label-alignment")
            try w.attribute("text:label-followed-by", "listtab")
            try w.attribute("text:list-tab-stop-position", ODFLength.centimetres(indent))
            try w.attribute("fo:text-indent", "-0.6cm")
            try w.attribute("fo:margin-left", ODFLength.centimetres(indent))
            try w.endElement()
            try w.endElement()
            try w.endElement()
        }
        try w.endElement()
    }

    // MARK: - Style fragments

    private func paragraphStyle(
        _ w: XMLStreamWriter, _ name: StaticString, display: String?, parent: StaticString?, class styleClass: StaticString,
        next: StaticString? = nil
    ) throws {
        try w.startElement("style:style")
        try w.attribute("style:name", name)
        if let display { try w.attribute("style:display-name", display) }
        try w.attribute("style:family", "paragraph")
        if let parent { try w.attribute("style:parent-style-name", parent) }
        if let next { try w.attribute("style:next-style-name", next) }
        try w.attribute("style:class", styleClass)
    }

    private func paragraphProperties(
        _ w: XMLStreamWriter, top: Double, bottom: Double, align: StaticString? = nil, keepWithNext: Bool = false
    ) throws {
        try w.startElement("style:paragraph-properties")
        try w.attribute("fo:margin-top", ODFLength.centimetres(top))
        try w.attribute("fo:margin-bottom", ODFLength.centimetres(bottom))
        if let align { try w.attribute("fo:text-align", align) }
        if keepWithNext { try w.attribute("fo:keep-with-next", "always") }
        try w.endElement()
    }

    private func textProperties(
        _ w: XMLStreamWriter, font: StaticString? = nil, size: Double? = nil, bold: Bool = false, italic: Bool = false
    ) throws {
        try w.startElement("style:text-properties")
        if let font { try w.attribute("style:font-name", font) }
        if let size { try w.attribute("fo:font-size", points(size)) }
        if bold { try w.attribute("fo:font-weight", "bold") }
        if italic { try w.attribute("fo:font-style", "italic") }
        try w.endElement()
    }

    private func points(_ value: Double) -> String {
        ODFLength.trimmed(FixedPoint.format(value, decimals: 1)) + "pt"
    }
}
