/// How a method's result is shown in the terminal and in documents, as its manifest declares it under
/// `result`: the shape documents draw, and the words for the values, groups, figures and flags the
/// method writes, in each of Atelier's languages.
///
/// Documents know no method: they draw every step's ``StepResult`` from this declaration. A manifest
/// that declares none gets ``ranking``: a ranked table with a bar chart of the headline value.
public struct ResultPresentation: Sendable, Equatable {
    /// What documents draw.
    public enum Shape: String, Sendable, CaseIterable {
        /// A ranked table of the entries, with bars of their headline value.
        case ranking
        /// A scatter of the entries on their first two named values, which are workshop criteria (the
        /// workshop's first criterion runs up, the second across), with the entry groups as quadrants.
        case scatter
        /// The participant groups the step formed, with their members, and the sheets they pass round.
        case groups
        /// The entries as cards under their groups, in the order the manifest lists the groups.
        case cards
    }

    /// A form printed for the room before the step runs.
    public enum Worksheet: String, Sendable, CaseIterable {
        /// An empty box per declared group, to stick cards in.
        case canvas
        /// The items on the ballot with space to count marks.
        case tally
    }

    /// Where a group sits on a ``Shape/scatter``: favourable values are top and right.
    public enum Corner: String, Sendable, CaseIterable {
        case topLeft = "top-left", topRight = "top-right", bottomLeft = "bottom-left", bottomRight = "bottom-right"
    }

    /// A key the method writes (a group, a named value, a figure, a flag) and its name for people.
    public struct Term: Sendable, Equatable {
        public var id: String
        public var name: LocalizedText
        /// A short explanation, printed under the name on a canvas.
        public var note: LocalizedText?
        /// For a group of a scatter, the quadrant it names.
        public var corner: Corner?

        public init(id: String, name: LocalizedText, note: LocalizedText? = nil, corner: Corner? = nil) {
            self.id = id
            self.name = name
            self.note = note
            self.corner = corner
        }
    }

    public var shape: Shape
    /// The name of the entries' headline value (`Dots`); nil leaves the column named "Value".
    public var value: LocalizedText?
    /// The name of the entries' group column (`Quadrant`); nil leaves it named "Group".
    public var group: LocalizedText?
    /// The groups entries fall in, in the order documents show them.
    public var groups: [Term]
    /// Named values other than criteria, in the order documents show them; a named value listed
    /// nowhere is shown under its key after these.
    public var values: [Term]
    /// Whole-step figures documents show, in order; others stay in the stored result.
    public var metrics: [Term]
    /// Flags the method sets, beyond `selected` and `tie` which every method may set.
    public var flags: [Term]
    public var worksheet: Worksheet?
    /// Sentences summing the result up from its figures, `{metric}` standing for a figure: the first
    /// whose figures the result all has is used, in the language asked for.
    public var summaries: [LocalizedText]

    public init(shape: Shape, value: LocalizedText? = nil, group: LocalizedText? = nil, groups: [Term] = [],
                values: [Term] = [], metrics: [Term] = [], flags: [Term] = [], worksheet: Worksheet? = nil,
                summaries: [LocalizedText] = []) {
        self.shape = shape
        self.summaries = summaries
        self.value = value
        self.group = group
        self.groups = groups
        self.values = values
        self.metrics = metrics
        self.flags = flags
        self.worksheet = worksheet
    }

    /// What a manifest without a `result` declaration gets.
    public static let ranking = ResultPresentation(shape: .ranking)

    /// A result's summary in a language: in the language the method ran in (the workshop's), the
    /// sentence it wrote; in another, the first declared sentence whose figures the result has, filled
    /// in; else nothing, so a document never mixes languages.
    public func summary(of result: StepResult, in language: Language, ranIn workshopLanguage: Language) -> String {
        if language == workshopLanguage { return result.summary }
        for template in summaries {
            if let text = Self.fill(template[language], with: result.metrics, language: language) { return text }
        }
        return ""
    }

    /// A sentence with each `{metric}` replaced by the figure, written in the language; nil when a
    /// figure is missing.
    static func fill(_ template: String, with metrics: [String: Double], language: Language) -> String? {
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            guard let value = metrics[String(rest[rest.index(after: open)..<close])] else { return nil }
            text += rest[..<open] + language.decimal(value)
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    /// The figures a sentence names, `{metric}` by `{metric}`.
    static func placeholders(_ template: String) -> [String] {
        template.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { part in
            part.firstIndex(of: "}").map { String(part[..<$0]) }
        }
    }

    /// The name of a group, value, figure or flag key in a language; the key itself when undeclared.
    public static func name(of key: String, in terms: [Term], language: Language) -> String {
        terms.first { $0.id == key }?.name[language] ?? key
    }
}
