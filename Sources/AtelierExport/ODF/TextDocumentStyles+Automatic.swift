import AtelierKit
import AtelierXML

extension TextDocumentStyles {
    /// Automatic styles every text document's body uses: right-to-left paragraphs, page breaks
    /// (before a chapter heading, the contents, or any paragraph), the hairline paragraph that ends a
    /// document (so that a closing table never pushes an empty paragraph onto a page of its own),
    /// table cells, the chart frame, and
    /// the tables' column widths.
    func writeContentAutomaticStyles(_ w: XMLStreamWriter, tables: [TableLayout]) throws {
        for style in ParagraphStyle.allCases {
            try w.element("style:style", [
                "style:name": style.rightToLeftName.description, "style:family": "paragraph",
                "style:parent-style-name": style.name.description,
            ]) {
                try w.element("style:paragraph-properties", ["style:writing-mode": "rl-tb"])
            }
        }
        for (name, parent) in [
            "Chapter": "Heading_20_1", "ContentsTitle": "Contents_20_Heading", "PageBreak": "Standard",
        ] as KeyValuePairs<String, String> {
            try w.element("style:style", [
                "style:name": name, "style:family": "paragraph", "style:parent-style-name": parent,
            ]) {
                try w.element("style:paragraph-properties", ["fo:break-before": "page"])
            }
        }
        try w.element("style:style", [
            "style:name": "DocumentEnd", "style:family": "paragraph", "style:parent-style-name": "Standard",
        ]) {
            try w.element("style:paragraph-properties", [
                "fo:margin-top": "0cm", "fo:margin-bottom": "0cm", "fo:line-height": "0.05cm",
            ])
            try w.element("style:text-properties", ["fo:font-size": "1pt"])
        }
        for (name, background) in ["HeadCell": "#dde4ee", "Cell": "transparent"] as KeyValuePairs<String, String> {
            try w.element("style:style", ["style:name": name, "style:family": "table-cell"]) {
                try w.element("style:table-cell-properties", [
                    "fo:background-color": background, "fo:padding": "0.1cm", "fo:border": "0.5pt solid #808080",
                ])
            }
        }
        try w.element("style:style", [
            "style:name": "Chart", "style:family": "graphic", "style:parent-style-name": "Graphics",
        ]) {
            try w.element("style:graphic-properties", [
                "style:vertical-pos": "top", "style:vertical-rel": "baseline", "fo:border": "none",
            ])
        }
        for table in tables { try write(table, w) }
    }

    /// The text style of people's text quoted in `language`, the workshop's, in a document written
    /// in another: assistive technology reads it with that language's voice, spelling checks it in
    /// that language.
    func writeQuoteStyle(_ w: XMLStreamWriter, language: Language) throws {
        try w.element("style:style", ["style:name": XMLStreamWriter.quoteStyle.description, "style:family": "text"]) {
            try w.element("style:text-properties", ["fo:language": language.rawValue, "fo:country": language.country])
        }
    }

    private func write(_ table: TableLayout, _ w: XMLStreamWriter) throws {
        try w.element("style:style", ["style:name": table.name, "style:family": "table"]) {
            try w.element("style:table-properties", [
                "style:width": ODFLength.centimetres(paper.textWidth), "table:align": "margins",
                "fo:margin-top": "0.2cm", "fo:margin-bottom": "0.3cm",
            ])
        }
        let total = table.shares.reduce(0, +)
        for (index, share) in table.shares.enumerated() {
            try w.element("style:style", ["style:name": "\(table.name).\(index + 1)", "style:family": "table-column"]) {
                try w.element("style:table-column-properties", [
                    "style:column-width": ODFLength.centimetres(paper.textWidth * share / total),
                ])
            }
        }
    }
}
