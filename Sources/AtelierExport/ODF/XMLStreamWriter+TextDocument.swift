import AtelierXML

/// Building blocks of text documents: paragraphs and headings of people's text, lists and tables.
extension XMLStreamWriter {
    /// A paragraph in `style`, right-to-left when the text starts in a right-to-left script; with
    /// `quoted`, its text is marked as written in the workshop's language (``quote(_:)``).
    func paragraph(_ style: ParagraphStyle, _ text: String, quoted: Bool = false) throws {
        try startElement("text:p")
        try attribute("text:style-name", ODFText.isRightToLeft(text) ? style.rightToLeftName : style.name)
        try quote(text, quoted)
        try endElement()
    }

    /// The automatic text style of text quoted in the workshop's language where the document is in
    /// another (``TextDocumentStyles/writeQuoteStyle(_:language:)``).
    static let quoteStyle: StaticString = "Quoted"

    /// Writes people's text, inside a span in ``quoteStyle`` when `quoted`.
    func quote(_ text: String, _ quoted: Bool) throws {
        guard quoted else { return try ODFText.write(text, to: self) }
        try startElement("text:span")
        try attribute("text:style-name", Self.quoteStyle)
        try ODFText.write(text, to: self)
        try endElement()
    }

    /// A paragraph `label: value` with the label in bold, separated as the language does (`: `, or
    /// ` : ` after a no-break space in French) unless a `separator` is given.
    func labelledParagraph(
        _ style: ParagraphStyle, _ label: String, _ value: String, _ labels: Labels, separator: String? = nil
    ) throws {
        try startElement("text:p")
        try attribute("text:style-name", ODFText.isRightToLeft(value) ? style.rightToLeftName : style.name)
        try startElement("text:span")
        try attribute("text:style-name", "Strong_20_Emphasis")
        try ODFText.write(label, to: self)
        try endElement()
        try text(separator ?? labels[.labelSeparator])
        try ODFText.write(value, to: self)
        try endElement()
    }

    /// A heading with its outline level; a chapter heading starts a new page. `quoted` marks the
    /// text as written in the workshop's language.
    func heading(_ level: Int, _ text: String, chapter: Bool = false, quoted: Bool = false) throws {
        let style: ParagraphStyle = level == 1 ? .heading1 : level == 2 ? .heading2 : .heading3
        try startElement("text:h")
        if chapter {
            try attribute("text:style-name", "Chapter")
        } else {
            try attribute("text:style-name", ODFText.isRightToLeft(text) ? style.rightToLeftName : style.name)
        }
        try attribute("text:outline-level", level)
        try quote(text, quoted)
        try endElement()
    }

    /// The hairline paragraph that closes a text document's body: LibreOffice would otherwise add an
    /// empty paragraph after a closing table, which can fall on a page of its own.
    func documentEnd() throws {
        try element("text:p", ["text:style-name": "DocumentEnd"]) {}
    }

    /// A bulleted list, one paragraph per entry.
    func bulletList(_ entries: [String]) throws {
        guard !entries.isEmpty else { return }
        try startElement("text:list")
        try attribute("text:style-name", "List_20_Bullet")
        for entry in entries {
            try startElement("text:list-item")
            try paragraph(.listItem, entry)
            try endElement()
        }
        try endElement()
    }

    /// Opens a table: its columns, then its header row, which repeats on every page the table spans.
    /// Close it with `endElement()`.
    func startTable(_ layout: TableLayout, name: String, header: [String]?) throws {
        try startElement("table:table")
        try attribute("table:name", name)
        try attribute("table:style-name", layout.name)
        for index in layout.shares.indices {
            try startElement("table:table-column")
            try attribute("table:style-name", "\(layout.name).\(index + 1)")
            try endElement()
        }
        if let header {
            try startElement("table:table-header-rows")
            try row(header, heading: true)
            try endElement()
        }
    }

    /// A row of text cells; the cells at `quoted` are marked as written in the workshop's language.
    func row(_ cells: [String], heading: Bool = false, quoted: Set<Int> = []) throws {
        try startElement("table:table-row")
        for (index, cell) in cells.enumerated() {
            try startCell(heading: heading)
            try paragraph(heading ? .tableHeading : .tableContents, cell, quoted: quoted.contains(index))
            try endElement()
        }
        try endElement()
    }

    /// A two-cell row: a bold label, then its value (`quoted`: in the workshop's language).
    func labelledRow(_ label: String, _ value: String, quoted: Bool = false) throws {
        try startElement("table:table-row")
        try startCell()
        try paragraph(.tableHeading, label)
        try endElement()
        try startCell()
        try paragraph(.tableContents, value, quoted: quoted)
        try endElement()
        try endElement()
    }

    /// Opens a text cell; close it with `endElement()` after writing its paragraphs.
    func startCell(heading: Bool = false) throws {
        try startElement("table:table-cell")
        try attribute("table:style-name", heading ? "HeadCell" : "Cell")
        try attribute("office:value-type", "string")
    }
}
