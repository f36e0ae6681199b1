import AtelierKit
import Foundation

/// What the official record of a citizens' panel draw holds, as plain values, so that it is written
/// from whatever drew the panel: the draw's facts, the quotas met, the panel, the alternates and
/// every respondent's chance of selection. ``write(language:to:name:)`` writes it as `.odt` and `.ods`.
public struct PanelRecord: Sendable, Equatable {
    /// How a panel was drawn.
    public enum Method: String, Sendable {
        case legacy, maximin, leximin
    }

    /// One quota and how many panel members it counts.
    public struct Quota: Sendable, Equatable {
        public var feature: String
        public var value: String
        public var min: Int
        public var max: Int
        public var seated: Int

        public init(feature: String, value: String, min: Int, max: Int, seated: Int) {
            self.feature = feature
            self.value = value
            self.min = min
            self.max = max
            self.seated = seated
        }
    }

    /// One respondent: their id, chance of selection and whether they were drawn.
    public struct Respondent: Sendable, Equatable {
        public var id: String
        public var probability: Double
        public var selected: Bool

        public init(id: String, probability: Double, selected: Bool) {
            self.id = id
            self.probability = probability
            self.selected = selected
        }
    }

    /// One alternate, in order, and the members whose seat they can take.
    public struct Alternate: Sendable, Equatable {
        public var id: String
        public var replaces: [String]

        public init(id: String, replaces: [String]) {
            self.id = id
            self.replaces = replaces
        }
    }

    /// The panel's name (the title of the record).
    public var title: String
    /// The day of the draw: the record's date, and its documents' creation date.
    public var date: CalendarDate
    public var method: Method
    public var seats: Int
    /// How many panels the lottery has (the legacy method: how many draws estimated the chances).
    public var lotteryPanels: Int
    /// The solver that computed the lottery and its version (`GLPK 5.0`); nil for the legacy draw.
    public var solver: String?
    public var seed: String
    public var inputsHash: String
    public var quotas: [Quota]
    /// Every respondent, in pool order.
    public var respondents: [Respondent]
    public var alternates: [Alternate]

    public init(title: String, date: CalendarDate, method: Method, seats: Int, lotteryPanels: Int, solver: String?, seed: String,
                inputsHash: String, quotas: [Quota], respondents: [Respondent], alternates: [Alternate]) {
        self.title = title
        self.date = date
        self.method = method
        self.seats = seats
        self.lotteryPanels = lotteryPanels
        self.solver = solver
        self.seed = seed
        self.inputsHash = inputsHash
        self.quotas = quotas
        self.respondents = respondents
        self.alternates = alternates
    }

    /// Writes `<name>.odt` and `<name>.ods` into `directory`, each complete or not at all.
    /// - Returns: The two files.
    /// - Throws: ``ExportError`` naming the file and the reason.
    public func write(language: Language, to directory: URL, name: String) throws -> [URL] {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ExportError.cannotCreateDirectory(path: directory.path, reason: ExportError.reason(of: error))
        }
        TemporaryFile.removeLeftovers(in: directory)
        let text = directory.appendingPathComponent("\(name).odt")
        let workbook = directory.appendingPathComponent("\(name).ods")
        try writeInPlace(text, format: .odt) { try PanelRecordReport(self, language: language).write(to: $0, flat: false) }
        try writeInPlace(workbook, format: .ods) { try PanelRecordWorkbook(self, language: language).write(to: $0, flat: false) }
        return [text, workbook]
    }

    /// The record's facts, label and value, in the order both documents give them.
    func facts(_ labels: Labels) -> [(String, String)] {
        let method = switch method {
        case .legacy: labels.format(.panelLegacy, String(lotteryPanels))
        case .maximin: labels[.panelMaximin]
        case .leximin: labels[.panelLeximin]
        }
        var facts = [
            (labels[.panelDrawDate], labels.date(date)),
            (labels[.panelRespondents], String(respondents.count)),
            (labels[.panelSeats], String(seats)),
            (labels[.panelMethod], method),
        ]
        if self.method != .legacy { facts.append((labels[.panelLotteryPanels], String(lotteryPanels))) }
        if let solver { facts.append((labels[.panelSolver], solver)) }
        return facts + [(labels[.panelSeed], seed), (labels[.panelInputsHash], inputsHash)]
    }

    /// The metadata of both documents.
    func metadata(_ labels: Labels) -> ODFMetadata {
        ODFMetadata(title: title, subject: labels[.panelRecord], description: "", language: labels.language,
                    created: date, modified: date)
    }
}
