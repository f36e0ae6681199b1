import AtelierKit
import AtelierXML

/// What `meta.xml` (or `office:meta` in a flat file) says about a document.
///
/// Dates come from the workshop, never from the clock, so exporting twice gives the same bytes.
struct ODFMetadata {
    var title: String
    var subject: String
    var description: String
    var language: Language
    /// The workshop's first day: `meta:creation-date`.
    var created: CalendarDate?
    /// The workshop's last day: `dc:date`.
    var modified: CalendarDate?

    /// The metadata of a document made from a workshop: its title (or `title`), the organisation as
    /// description, and the workshop's first and last days as creation and modification dates.
    init(workshop: Workshop, title: String? = nil, subject: String, language: Language) {
        self.init(title: title ?? workshop.info.title, subject: subject, description: workshop.info.organisation,
                  language: language, created: workshop.info.startDate,
                  modified: workshop.info.endDate ?? workshop.info.startDate)
    }

    init(title: String, subject: String, description: String, language: Language, created: CalendarDate?, modified: CalendarDate?) {
        self.title = title
        self.subject = subject
        self.description = description
        self.language = language
        self.created = created
        self.modified = modified
    }

    /// The BCP 47 tag `dc:language` carries (`fr-BE`).
    var languageTag: String { "\(language.rawValue)-\(language.country)" }

    /// Writes the `office:meta` element.
    func write(to writer: XMLStreamWriter) throws {
        try writer.startElement("office:meta")
        try writer.element("meta:generator", text: "Atelier/\(AtelierVersion.current)")
        try writer.element("dc:title", text: title)
        if !subject.isEmpty { try writer.element("dc:subject", text: subject) }
        if !description.isEmpty { try writer.element("dc:description", text: description) }
        try writer.element("dc:language", text: languageTag)
        if let created { try writer.element("meta:creation-date", text: "\(created)T00:00:00") }
        if let modified { try writer.element("dc:date", text: "\(modified)T00:00:00") }
        try writer.endElement()
    }
}
