import AtelierKit
import DotVotingMethod
import Foundation

/// What must hold for any bytes handed to `atelier import`: reading never traps; a refusal names a
/// line the file has; an accepted file reads exactly as ``ReferenceCSV`` reads it; and turning it into
/// changes for each kind of import, with the dot vote's own checks, either succeeds or names the
/// header or one of the file's records.
public enum CSVImportProbe {
    /// Every property the input breaks, described for people; empty when all hold.
    public static func problems(in bytes: [UInt8]) -> [String] {
        let lines = physicalLines(bytes)
        let table: CSVTable
        do {
            table = try CSVTable(data: Data(bytes), displayPath: "fuzz.csv")
        } catch let error as ImportError {
            return check(error, lines: 1...lines, what: "reading")
        } catch {
            return ["reading threw \(error), not an ImportError"]
        }
        var problems: [String] = []
        let text = String(decoding: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes, as: UTF8.self)
        let expected = ReferenceCSV.read(text, separator: table.separator.unicodeScalars.first!)
        let actual = ReferenceCSV.Table(header: table.header,
                                        records: table.records.map { ReferenceCSV.Record(line: $0.line, fields: $0.fields) })
        if expected != actual {
            problems.append("read as \(actual) but the rules give \(expected.map { "\($0)" } ?? "a refusal")")
        }
        let recordLines = Set(table.records.map(\.line))
        for kind in ImportKind.allCases {
            let step = kind == .ballots ? "vote" : kind == .scores ? "matrix" : nil
            let importer = Importer(kind: kind, table: table, file: "fuzz.csv", step: step)
            do {
                let (changes, _) = try importer.changes(for: FuzzWorkshop.workshop, extraChecks: FuzzWorkshop.runner?.importIssues)
                if !ChangeValidator().issues(in: changes, for: FuzzWorkshop.workshop).isEmpty {
                    problems.append("import \(kind.rawValue) accepted changes the validator refuses")
                }
            } catch let error as ImportError {
                if let line = error.line, line != 1, !recordLines.contains(line) {
                    problems.append("import \(kind.rawValue) names line \(line), which holds no record: \(error)")
                }
                problems += check(error, lines: 1...lines, what: "import \(kind.rawValue)")
            } catch {
                problems.append("import \(kind.rawValue) threw \(error), not an ImportError")
            }
        }
        return problems
    }

    /// An error's place lies in the file and its message says something.
    static func check(_ error: ImportError, lines: ClosedRange<Int>, what: String) -> [String] {
        var problems: [String] = []
        if let line = error.line, !lines.contains(line) { problems.append("\(what) names line \(line) of \(lines.upperBound): \(error)") }
        if error.message.isEmpty { problems.append("\(what) gave an empty message") }
        if !error.description.hasPrefix("fuzz.csv") { problems.append("\(what) does not name the file: \(error)") }
        return problems
    }

    /// Lines as an editor counts them: CRLF, LF or a lone CR ends one.
    static func physicalLines(_ bytes: [UInt8]) -> Int {
        var lines = 1
        for (index, byte) in bytes.enumerated() where byte == 0x0A || byte == 0x0D {
            if byte == 0x0A, index > 0, bytes[index - 1] == 0x0D { continue }
            lines += 1
        }
        return lines
    }
}

/// The workshop imports are checked against: participants (one a facilitator), cards of every kind, a
/// category, two criteria, a ballot, a score and an action, with a dot vote (5 dots, at most 3 on one
/// item) and a matrix in the agenda.
enum FuzzWorkshop {
    static let workshop = Workshop(
        info: WorkshopInfo(title: "Atelier « fuzz »", languages: [.fr]),
        agenda: Agenda(days: [AgendaDay(number: 1, title: "Jour 1", steps: [
            AgendaStep(id: "matrix", title: "Matrice", method: "prioritisation-matrix"),
            AgendaStep(id: "vote", title: "Vote", method: "dot-voting", parameters: ["dots": .integer(5), "max_per_item": .integer(3)]),
        ])]),
        participants: [Participant(id: "p1", name: "Anne"), Participant(id: "p2", name: "Jan", group: "A"),
                       Participant(id: "f1", name: "Sophie", role: .facilitator)],
        items: [Item(id: "i1", text: "Un guichet unique", kind: .proposal), Item(id: "i2", text: "En ligne", kind: .proposal),
                Item(id: "s1", text: "Accueil", kind: .strength, author: "p1")],
        categories: [Category(id: "c1", name: "Usagers")],
        criteria: [Criterion(id: "impact", name: "Impact"), Criterion(id: "feasibility", name: "Faisabilité")],
        scores: [Score(item: "i1", criterion: "impact", value: 4, participant: "p2", step: "matrix")],
        ballots: [Ballot(participant: "p2", item: "i1", dots: 2, step: "vote")],
        actions: [Action(id: "A01", title: "Ouvrir un guichet", carrier: .administration, sources: ["i1"])])

    /// The package's registry, with the dot vote's import checks; nil when the registry is not beside
    /// the sources (the checks are then left out).
    static let runner: Runner? = {
        let methods = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("methods/builtin")
        guard let registry = try? Registry.load(from: methods, builtinModules: Registry.modulesNamed(in: methods)) else { return nil }
        return Runner(registry: registry, builtins: [DotVoting()])
    }()
}
