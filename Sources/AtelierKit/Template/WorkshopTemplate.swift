import Foundation
import Yams

/// A ready-made programme (`methods/builtin/templates/<name>.yaml`, or `templates/<name>.yaml` in a registry folder): days, steps naming registered methods,
/// and the criteria the scoring steps use.
public struct WorkshopTemplate: Decodable, Sendable {
    public var title: TemplateText
    public var criteria: [TemplateCriterion]
    public var days: [TemplateDay]

    public struct TemplateCriterion: Decodable, Sendable {
        public var id: String
        public var name: TemplateText
        public var min: Double
        public var max: Double
        public var weight: Double
        public var direction: Criterion.Direction
    }

    public struct TemplateDay: Decodable, Sendable {
        public var title: TemplateText
        public var steps: [TemplateStep]
    }

    public struct TemplateStep: Decodable, Sendable {
        public var id: String
        public var title: TemplateText
        public var method: String?
        public var minutes: Int?
        public var parameters: [String: ParameterValue]?
    }

    /// Reads a template's YAML.
    /// - Parameter display: How messages name the template.
    /// - Throws: ``RegistryError`` naming the template when it is malformed.
    static func parse(_ text: String, display: String) throws -> WorkshopTemplate {
        do {
            guard let root = try PlainYAML.compose(text, file: display) else {
                throw RegistryError(file: display, message: "the template is empty")
            }
            return try YAMLDecoder().decode(WorkshopTemplate.self, from: root)
        } catch let error as RegistryError {
            throw error
        } catch {
            throw RegistryError(file: display, message: "cannot read the template: \(error)")
        }
    }

    /// The agenda in a language, with day dates counted from the first day when given.
    public func agenda(startingOn start: CalendarDate?, language: Language) -> Agenda {
        Agenda(days: days.enumerated().map { index, day in
            AgendaDay(number: index + 1, title: day.title[language], titles: day.title.values,
                      date: start.map { $0.adding(days: index) },
                      steps: day.steps.map {
                          AgendaStep(id: $0.id, title: $0.title[language], titles: $0.title.values, method: $0.method,
                                     parameters: $0.parameters ?? [:], minutes: $0.minutes)
                      })
        })
    }

    /// The template's criteria names in every language it gives, by criterion id then language code.
    public var criterionNames: [String: [String: String]] {
        Dictionary(criteria.map { ($0.id, $0.name.values) }, uniquingKeysWith: { first, _ in first })
    }

    /// The template's criteria as model values, named in a language.
    public func modelCriteria(language: Language) -> [Criterion] {
        criteria.map {
            Criterion(id: $0.id, name: $0.name[language], scaleMin: $0.min, scaleMax: $0.max, weight: $0.weight,
                      direction: $0.direction)
        }
    }
}

/// A template text: one text for every language, or one per language (English standing in for a
/// language left out).
public struct TemplateText: Decodable, Sendable {
    var values: [String: String]

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            values = ["en": text]
        } else {
            values = try container.decode([String: String].self)
            for key in values.keys where Language(rawValue: key) == nil {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown language '\(key)'; use en, fr, nl or de")
            }
            guard values["en"] != nil else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "an English text (en) is required")
            }
        }
    }

    /// The text in a language, or in English when the template does not give that language.
    public subscript(language: Language) -> String { values[language.rawValue] ?? values["en"]! }
}

extension CalendarDate {
    /// The date a number of days later.
    public func adding(days: Int) -> CalendarDate {
        var y = year, m = month, d = day + days
        while d > CalendarDate.daysIn(month: m, year: y) {
            d -= CalendarDate.daysIn(month: m, year: y)
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return CalendarDate(year: y, month: m, day: d)!
    }
}
