import AtelierKit

/// The fixed texts of one language, and the way that language writes dates and numbers.
///
/// Each language has one table (`Labels+English.swift`, …). A key missing from a table is a test
/// failure; at run time it would show as `[key]`, never as another language's text.
public struct Labels: Sendable {
    /// The language of the texts.
    public let language: Language
    private let table: [Label: String]

    /// The labels of a language.
    public init(_ language: Language) {
        self.language = language
        table = Self.table(for: language)
    }

    /// The table behind a language: its own texts and the words imports read back (``shared(_:)``).
    static func table(for language: Language) -> [Label: String] {
        let own = switch language {
        case .en: english
        case .fr: french
        case .nl: dutch
        case .de: german
        }
        return own.merging(shared(language)) { own, _ in own }
    }

    /// The text of a label.
    public subscript(_ label: Label) -> String {
        table[label] ?? "[\(label.rawValue)]"
    }

    /// A label with its `{0}`, `{1}`, … placeholders filled in.
    public func format(_ label: Label, _ arguments: String...) -> String {
        let template = self[label]
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            let afterOpen = rest.index(after: open)
            if let close = rest[afterOpen...].firstIndex(of: "}"), let index = Int(rest[afterOpen..<close]),
               arguments.indices.contains(index) {
                text += arguments[index]
                rest = rest[rest.index(after: close)...]
            } else {
                text += "{"
                rest = rest[afterOpen...]
            }
        }
        return text + rest
    }

    /// A date as people of the language write it: `12 March 2025`, `12 mars 2025`, `12. März 2025`.
    public func date(_ date: CalendarDate) -> String { date.written(in: language) }

    /// A horizon at its own precision: `2027`, `June 2027`, `30 June 2027`; with `oneLine`, joined
    /// by no-break spaces so that a document never wraps it (imports read the plain form back).
    public func horizon(_ horizon: Horizon, oneLine: Bool = false) -> String {
        let text = horizon.written(in: language)
        return oneLine ? text.replacingOccurrences(of: " ", with: "\u{00A0}") : text
    }

    /// A milestone on one line: `title – due (done)`, the due date unbroken with `oneLine`.
    public func milestone(_ milestone: Milestone, oneLine: Bool = false) -> String {
        var text = milestone.title
        if let due = milestone.due { text += " – " + horizon(due, oneLine: oneLine) }
        if milestone.done { text += " (\(Milestone.doneWord(in: language)))" }
        return text
    }

    /// The dates a workshop ran, as one text (`12 March 2025 – 13 March 2025`), or nil without dates.
    public func dates(from start: CalendarDate?, to end: CalendarDate?) -> String? {
        switch (start, end) {
        case let (start?, end?) where start != end: format(.dateRange, date(start), date(end))
        case let (start?, _): date(start)
        case let (nil, end?): date(end)
        case (nil, nil): nil
        }
    }

    /// A number with a fixed count of decimals and the language's decimal separator (`3,75`).
    /// Whole numbers print without decimals when `trimWhole` is set.
    public func number(_ value: Double, decimals: Int = 2, trimWhole: Bool = true) -> String {
        guard value.isFinite else { return "–" }
        if trimWhole && value == value.rounded() && abs(value) < 1e15 { return String(Int(value)) }
        return FixedPoint.format(value, decimals: decimals, separator: self[.decimalSeparator])
    }

    /// How a carrier is named in a column: its kind, or the body's own name.
    public func carrier(_ carrier: Carrier) -> String {
        carrier.name ?? carrierKind(carrier.kind)
    }

    /// The name of a kind of carrier.
    public func carrierKind(_ kind: Carrier.Kind) -> String { kind.name(in: language) }

    /// The heading of the actions of one kind of carrier.
    public func carrierHeading(_ kind: Carrier.Kind) -> String {
        switch kind {
        case .administration: self[.carrierAdministrationHeading]
        case .government: self[.carrierGovernmentHeading]
        case .other: self[.carrierOtherHeading]
        }
    }

    /// The name of a status.
    public func status(_ status: ActionStatus) -> String { status.name(in: language) }

    /// The name of a kind of item.
    public func kind(_ kind: ItemKind) -> String {
        switch kind {
        case .vision: self[.kindVision]
        case .strength: self[.kindStrength]
        case .weakness: self[.kindWeakness]
        case .opportunity: self[.kindOpportunity]
        case .threat: self[.kindThreat]
        case .challenge: self[.kindChallenge]
        case .idea: self[.kindIdea]
        case .proposal: self[.kindProposal]
        }
    }

    /// The name of a role.
    public func role(_ role: Role) -> String {
        switch role {
        case .participant: self[.roleParticipant]
        case .facilitator: self[.roleFacilitator]
        case .expert: self[.roleExpert]
        case .observer: self[.roleObserver]
        }
    }

}
