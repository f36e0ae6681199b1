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

    private var page: ODFPage {
        ODFPage(width: paper.size.width, height: paper.size.height, margin: paper.margin,
                bottomMargin: paper.margin - 0.8)
    }

    /// A paragraph style: its name, what it inherits, and its look.
    private struct Paragraph {
        var name: StaticString
        var display: String?
        var parent: StaticString?
        var styleClass: StaticString
        var next: StaticString?
        var outlineLevel: Int?
        /// Margins above and below in centimetres, alignment, keep-with-next.
        var spacing: (top: Double, bottom: Double)?
        var align: StaticString?
        var keepWithNext = false
        var font: StaticString?
        var size: Double?
        var bold = false
        var italic = false
    }

    private var paragraphs: [Paragraph] {
        let scale = paper.scale
        return [
            Paragraph(name: "Standard", styleClass: "text"),
            Paragraph(name: "Text_20_body", display: "Text body", parent: "Standard", styleClass: "text",
                      spacing: (0, 0.25)),
            Paragraph(name: "Heading", parent: "Standard", styleClass: "text", next: "Text_20_body", spacing: (0.42, 0.21),
                      keepWithNext: true, font: "Liberation Sans", size: 14 * scale),
            Paragraph(name: "Heading_20_1", display: "Heading 1", parent: "Heading", styleClass: "text",
                      next: "Text_20_body", outlineLevel: 1, size: 18 * scale, bold: true),
            Paragraph(name: "Heading_20_2", display: "Heading 2", parent: "Heading", styleClass: "text",
                      next: "Text_20_body", outlineLevel: 2, size: 15 * scale, bold: true),
            Paragraph(name: "Heading_20_3", display: "Heading 3", parent: "Heading", styleClass: "text",
                      next: "Text_20_body", outlineLevel: 3, size: 13 * scale, bold: true),
            Paragraph(name: "Title", parent: "Heading", styleClass: "chapter", next: "Subtitle",
                      spacing: (5 * scale, 0.5), align: "center", size: 28 * scale, bold: true),
            Paragraph(name: "Subtitle", parent: "Heading", styleClass: "chapter", next: "Facts", spacing: (0.2, 1.5),
                      align: "center", size: 18 * scale),
            Paragraph(name: "Facts", parent: "Standard", styleClass: "text", spacing: (0, 0.25), align: "center",
                      size: 12 * scale),
            Paragraph(name: "Caption", parent: "Standard", styleClass: "extra", spacing: (0.2, 0.4), size: 10 * scale,
                      italic: true),
            Paragraph(name: "Note", parent: "Standard", styleClass: "extra", spacing: (0.1, 0.2), size: 9 * scale),
            Paragraph(name: "Table_20_Contents", display: "Table Contents", parent: "Standard", styleClass: "extra",
                      size: 10 * scale),
            Paragraph(name: "Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents",
                      styleClass: "extra", bold: true),
            Paragraph(name: "List_20_Contents", display: "List Contents", parent: "Standard", styleClass: "list",
                      spacing: (0, 0.1)),
            Paragraph(name: "Footer", parent: "Standard", styleClass: "extra", spacing: (0, 0), align: "center",
                      size: 9 * scale),
            Paragraph(name: "Contents_20_Heading", display: "Contents Heading", parent: "Heading", styleClass: "index",
                      size: 16 * scale, bold: true),
        ]
    }

    /// Children of `office:styles`.
    func writeStyles(_ w: XMLStreamWriter) throws {
        try w.element("style:default-style", ["style:family": "paragraph"]) {
            try w.element("style:paragraph-properties", ["style:writing-mode": "page"])
            try w.element("style:text-properties", [
                "style:font-name": "Liberation Serif", "fo:font-size": points(11 * paper.scale),
                "fo:language": language.rawValue, "fo:country": language.country, "fo:hyphenate": "false",
            ])
        }
        for paragraph in paragraphs { try write(paragraph, w) }
        for (name, display, indent) in [
            ("Contents_20_1" as StaticString, "Contents 1", 0.0), ("Contents_20_2", "Contents 2", 0.5),
        ] {
            try w.element("style:style", [
                "style:name": name.description, "style:display-name": display, "style:family": "paragraph",
                "style:parent-style-name": "Standard", "style:class": "index",
            ]) {
                try w.element("style:paragraph-properties", [
                    "fo:margin-left": ODFLength.centimetres(indent), "fo:margin-bottom": "0.1cm",
                ]) {
                    try w.container("style:tab-stops") {
                        try w.element("style:tab-stop", [
                            "style:position": ODFLength.centimetres(paper.textWidth - indent), "style:type": "right",
                            "style:leader-style": "dotted", "style:leader-text": ".",
                        ])
                    }
                }
            }
        }
        try w.element("style:style", [
            "style:name": "Strong_20_Emphasis", "style:display-name": "Strong Emphasis", "style:family": "text",
        ]) {
            try w.element("style:text-properties", ["fo:font-weight": "bold"])
        }
        try w.element("style:style", ["style:name": "Graphics", "style:family": "graphic"]) {
            try w.element("style:graphic-properties", [
                "text:anchor-type": "as-char", "style:vertical-pos": "top", "style:vertical-rel": "baseline",
            ])
        }
        try writeOutlineStyle(w)
        try writeBulletList(w)
    }

    /// Children of `office:automatic-styles` in `styles.xml`: the page layout.
    func writePageLayouts(_ w: XMLStreamWriter) throws {
        try page.writeLayout(w)
    }

    /// Children of `office:master-styles`: one page style with `page / pages` in the footer.
    func writeMasterStyles(_ w: XMLStreamWriter) throws {
        try page.writeMaster(w, name: "Standard", footerStyle: "Footer") {
            try w.element("text:page-number", ["text:select-page": "current"]) { try w.text("1") }
            try w.text(" / ")
            try w.element("text:page-count", text: "1")
        }
    }

    private func write(_ style: Paragraph, _ w: XMLStreamWriter) throws {
        try w.startElement("style:style")
        try w.attribute("style:name", style.name)
        if let display = style.display { try w.attribute("style:display-name", display) }
        try w.attribute("style:family", "paragraph")
        if let parent = style.parent { try w.attribute("style:parent-style-name", parent) }
        if let next = style.next { try w.attribute("style:next-style-name", next) }
        if let level = style.outlineLevel { try w.attribute("style:default-outline-level", level) }
        try w.attribute("style:class", style.styleClass)
        if style.spacing != nil || style.align != nil || style.keepWithNext {
            try w.startElement("style:paragraph-properties")
            if let (top, bottom) = style.spacing {
                try w.attribute("fo:margin-top", ODFLength.centimetres(top))
                try w.attribute("fo:margin-bottom", ODFLength.centimetres(bottom))
            }
            if let align = style.align { try w.attribute("fo:text-align", align) }
            if style.keepWithNext { try w.attribute("fo:keep-with-next", "always") }
            try w.endElement()
        }
        if style.font != nil || style.size != nil || style.bold || style.italic {
            try w.startElement("style:text-properties")
            if let font = style.font { try w.attribute("style:font-name", font) }
            if let size = style.size { try w.attribute("fo:font-size", points(size)) }
            if style.bold { try w.attribute("fo:font-weight", "bold") }
            if style.italic { try w.attribute("fo:font-style", "italic") }
            try w.endElement()
        }
        try w.endElement()
    }

    private func writeOutlineStyle(_ w: XMLStreamWriter) throws {
        try w.element("text:outline-style", ["style:name": "Outline"]) {
            for level in 1...10 {
                try w.element("text:outline-level-style", ["text:level": String(level), "style:num-format": ""])
            }
        }
    }

    private func writeBulletList(_ w: XMLStreamWriter) throws {
        try w.element("text:list-style", ["style:name": "List_20_Bullet", "style:display-name": "List Bullet"]) {
            for level in 1...3 {
                let indent = ODFLength.centimetres(0.6 * Double(level))
                try w.element("text:list-level-style-bullet", [
                    "text:level": String(level), "text:bullet-char": level == 1 ? "•" : "–",
                ]) {
                    try w.element("style:list-level-properties", [
                        "text:list-level-position-and-space-mode": "label-alignment",
                    ]) {
                        try w.element("style:list-level-label-alignment", [
                            "text:label-followed-by": "listtab", "text:list-tab-stop-position": indent,
                            "fo:text-indent": "-0.6cm", "fo:margin-left": indent,
                        ])
                    }
                }
            }
        }
    }

    func points(_ value: Double) -> String {
        ODFLength.trimmed(FixedPoint.format(value, decimals: 1)) + "pt"
    }
}
