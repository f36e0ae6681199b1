import AtelierKit
import AtelierXML
import Foundation

/// The action list in Atelier's own XML vocabulary (`urn:atelier:actions:1`), for the systems an
/// administration imports actions into.
///
/// The schema is published with the project at `exports/schema/atelier-actions-1.rng`. Values are
/// machine values (status `not-started`, carrier kind `government`, dates `YYYY-MM-DD`), never
/// translated; only the `language` attribute says which language people wrote the texts in.
/// A breaking change to the vocabulary gets a new namespace (`urn:atelier:actions:2`).
public struct ActionListXMLExporter: Exporter {
    /// The vocabulary's namespace; its last segment is the major version.
    public static let namespace = "urn:atelier:actions:1"
    /// The version written in the `version` attribute.
    public static let version = "1.1"

    /// Creates the exporter.
    public init() {}

    public var format: ExportFormat { .xml }
    public var writesActions: Bool { true }

    public func fileName(slug: String) -> String { "\(slug)-actions.xml" }

    public func write(
        _ source: any WorkshopSource, language: Language, methods: MethodCatalogue, to url: URL, progress: ExportProgress
    ) throws {
        let workshop = try source.workshopWithoutActions().localized(to: language)
        let itemText = Dictionary(workshop.items.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let sink = try FileSink(url: url)
        let w = XMLStreamWriter(sink: sink, indent: true)
        try w.startDocument()
        try w.startElement("actions")
        try w.attribute("xmlns", Self.namespace)
        try w.attribute("version", Self.version)
        try w.attribute("language", language.rawValue)
        try w.attribute("generator", "Atelier/\(AtelierVersion.current)")
        try w.attribute("count", try source.actionCount(carrier: nil))
        try writeWorkshop(workshop, w)
        for section in ResultSection.all(workshop, catalogue: methods, language: language) {
            try writeResult(section, itemText: itemText, w)
        }
        try source.forEachAction(carrier: nil) { action in
            try writeAction(action, itemText: itemText, w)
            progress.advance()
        }
        progress.flush()
        try w.endElement()
        try w.endDocument()
        try sink.close()
    }

    private func writeWorkshop(_ workshop: Workshop, _ w: XMLStreamWriter) throws {
        let info = workshop.info
        try w.startElement("workshop")
        try w.element("title", text: info.title)
        try optional("organisation", info.organisation, w)
        try optional("place", info.place, w)
        if let start = info.startDate { try w.element("start-date", text: start.description) }
        if let end = info.endDate { try w.element("end-date", text: end.description) }
        for language in info.languages { try w.element("language", text: language.rawValue) }
        try w.element("participants", text: String(workshop.participants.count))
        try w.element("pseudonymised", text: info.pseudonymise ? "true" : "false")
        try w.endElement()
    }

    /// A step's latest result in machine values: keys as the method wrote them, numbers unrounded.
    private func writeResult(_ section: ResultSection, itemText: [String: String], _ w: XMLStreamWriter) throws {
        let result = section.result
        try w.startElement("result")
        try w.attribute("step", result.step)
        try w.attribute("method", result.method)
        try w.attribute("shape", section.presentation.shape.rawValue)
        try w.element("title", text: section.title)
        try optional("summary", section.summary, w)
        for (name, value) in result.metrics.sorted(by: { $0.key < $1.key }) where value.isFinite {
            try w.startElement("figure")
            try w.attribute("name", name)
            try w.text(String(value))
            try w.endElement()
        }
        for entry in section.entries {
            try w.startElement("entry")
            try w.attribute("item", entry.item)
            try w.attribute("rank", entry.rank)
            if let value = entry.value, value.isFinite { try w.attribute("value", value) }
            if let group = entry.group { try w.attribute("group", group) }
            if let text = itemText[entry.item] { try w.element("text", text: text) }
            for (name, value) in entry.values.sorted(by: { $0.key < $1.key }) where value.isFinite {
                try w.startElement("value")
                try w.attribute("name", name)
                try w.text(String(value))
                try w.endElement()
            }
            for flag in entry.flags { try w.element("flag", text: flag) }
            try w.endElement()
        }
        for group in result.groups {
            try w.startElement("group")
            try w.attribute("name", group.name)
            for member in group.members { try w.element("member", text: member) }
            try w.endElement()
        }
        try w.endElement()
    }

    private func writeAction(_ action: Action, itemText: [String: String], _ w: XMLStreamWriter) throws {
        try w.startElement("action")
        try w.attribute("id", action.id)
        if let rank = action.rank { try w.attribute("rank", rank) }
        try w.attribute("status", action.status.rawValue)
        try w.element("title", text: action.title)
        try optional("description", action.description, w)
        try optional("problem", action.problem, w)
        try w.startElement("carrier")
        try w.attribute("kind", action.carrier.kind.rawValue)
        if let name = action.carrier.name { try w.text(name) }
        try w.endElement()
        try optional("lead-service", action.owner, w)
        for partner in action.partners { try w.element("partner", text: partner) }
        if let horizon = action.horizon { try writeHorizon("horizon", horizon, w) }
        try optional("budget", action.budget, w)
        for milestone in action.milestones {
            try w.startElement("milestone")
            try w.attribute("done", milestone.done ? "true" : "false")
            try w.element("title", text: milestone.title)
            if let due = milestone.due { try writeHorizon("due", due, w) }
            try w.endElement()
        }
        try w.startElement("provenance")
        if let dots = action.dots { try w.attribute("dots", dots) }
        if let score = action.score, score.isFinite { try w.attribute("score", score) }
        for source in action.sources {
            try w.startElement("source")
            try w.attribute("item", source)
            if let text = itemText[source] { try w.text(text) }
            try w.endElement()
        }
        try w.endElement()
        try w.endElement()
    }

    /// A horizon as written (`2027-06`) with the last day it covers, for sorting.
    private func writeHorizon(_ name: StaticString, _ horizon: Horizon, _ w: XMLStreamWriter) throws {
        try w.startElement(name)
        try w.attribute("last-day", horizon.lastDay.description)
        try w.text(horizon.description)
        try w.endElement()
    }

    private func optional(_ name: StaticString, _ value: String, _ w: XMLStreamWriter) throws {
        if !value.isEmpty { try w.element(name, text: value) }
    }
}
