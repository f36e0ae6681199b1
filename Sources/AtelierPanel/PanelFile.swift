import AtelierKit
import Foundation

/// A panel's file: its quotas and respondents as imported, the commitment to them and the draw.
///
/// A plain JSON document (keys sorted, indented), so that it can be read, compared and archived
/// with ordinary tools; it is kept apart from the workshop file. Whatever it holds is checked again
/// when it is read, as a file from others: the quotas and the pool go through the same checks as
/// on import.
public struct PanelFile: Sendable, Equatable, Codable {
    /// The format's name and version.
    public var format = PanelFile.currentFormat
    public var quotas: PanelTable?
    public var respondents: PanelTable?
    /// The pool's id column.
    public var idColumn = "id"
    /// The pool's address columns (one person per household); empty when not checked.
    public var addressColumns: [String] = []
    /// The settings and inputs' hash published before the seed is known.
    public var commitment: Commitment?
    /// The last draw.
    public var draw: PanelDraw?

    public static let currentFormat = "atelier-panel-1"
    /// The largest panel file read.
    public static let maximumBytes = 256 << 20

    /// What was published before the seed was known.
    public struct Commitment: Sendable, Equatable, Codable {
        public var settings: DrawSettings
        public var inputsHash: String

        public init(settings: DrawSettings, inputsHash: String) {
            self.settings = settings
            self.inputsHash = inputsHash
        }
    }

    /// A problem with the panel file itself.
    public struct FileError: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var message: String

        public init(file: String, message: String) {
            self.file = file
            self.message = message
        }

        public var description: String { "\(file): error: \(message)" }
    }

    public init() {}

    /// Reads a panel file; a file that does not exist reads as an empty panel.
    /// - Parameter display: How messages name the file.
    public static func read(_ url: URL, display: String) throws -> PanelFile {
        guard FileManager.default.fileExists(atPath: url.path) else { return PanelFile() }
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard attributes?[.type] as? FileAttributeType == .typeRegular else {
            throw FileError(file: display, message: "not a regular file")
        }
        guard let size = attributes?[.size] as? Int, size <= maximumBytes else {
            throw FileError(file: display, message: "larger than \(maximumBytes >> 20) MiB; this is not a panel file")
        }
        let panel: PanelFile
        do {
            panel = try JSONDecoder().decode(PanelFile.self, from: Data(contentsOf: url))
        } catch {
            throw FileError(file: display, message: "not a panel file Atelier can read (\(error.localizedDescription))")
        }
        guard panel.format == currentFormat else {
            throw FileError(file: display, message: "a panel file of format `\(panel.format)`; this Atelier reads \(currentFormat)")
        }
        for table in [panel.quotas, panel.respondents].compactMap({ $0 }) {
            if let row = table.records.first(where: { $0.fields.count != table.header.count }) {
                throw FileError(file: display, message: "its copy of \(table.file) has \(row.fields.count) fields on line \(row.line) under \(table.header.count) columns")
            }
        }
        return panel
    }

    /// Writes the file whole or not at all (a new file renamed over the old one).
    public func write(to url: URL, display: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            try (encoder.encode(self) + Data("\n".utf8)).write(to: url, options: .atomic)
        } catch {
            throw FileError(file: display, message: "cannot write the panel file (\((error as NSError).localizedDescription))")
        }
    }

    /// The quotas, checked; an error when none were imported.
    public func checkedQuotas(display: String) throws -> Quotas {
        guard let quotas else { throw FileError(file: display, message: "no quotas yet; run `atelier panel import quotas FILE` first") }
        return try Quotas(quotas)
    }

    /// The quotas and the pool, checked; an error when either is missing.
    public func inputs(display: String) throws -> PanelInputs {
        let quotas = try checkedQuotas(display: display)
        guard let respondents else {
            throw FileError(file: display, message: "no respondents yet; run `atelier panel import respondents FILE` first")
        }
        return PanelInputs(quotas: quotas, pool: try Pool(respondents, quotas: quotas, idColumn: idColumn, addressColumns: addressColumns))
    }

    /// The last draw made again from the inputs, settings and seed, and the inputs: what a record
    /// or the workshop's participants are made from, never what the file says was drawn.
    /// - Throws: ``FileError`` when there is no draw yet or the file's draw is not the one its
    ///   inputs and seed give; the errors of ``inputs(display:)`` and ``PanelDraw/make(_:settings:seed:)``.
    public func verifiedDraw(display: String) throws -> (draw: PanelDraw, inputs: PanelInputs) {
        guard let stored = draw else {
            throw FileError(file: display, message: "no draw yet; run `atelier panel draw` or `atelier panel reveal` first")
        }
        let inputs = try inputs(display: display)
        let again = try PanelDraw.make(inputs, settings: stored.settings, seed: stored.seed)
        guard again == stored else {
            throw FileError(file: display, message: "the draw it holds is not the one its inputs and seed give; draw again (or reveal again with the committed seed)")
        }
        return (again, inputs)
    }
}
