import AtelierKit
import Foundation

/// A CSV file as the panel keeps it: the header and records as written, each record with its line,
/// so that a problem found later (at a draw) still names the file, line and column.
public struct PanelTable: Sendable, Equatable, Codable {
    /// The file as messages name it.
    public var file: String
    /// The column names as written, trimmed.
    public var header: [String]
    public var records: [Row]

    /// One record: the line it starts on and its fields.
    public struct Row: Sendable, Equatable, Codable {
        public var line: Int
        public var fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    public init(file: String, header: [String], records: [Row]) {
        self.file = file
        self.header = header
        self.records = records
    }

    /// The largest file read: a register of a large city is some tens of megabytes.
    public static let maximumBytes = 64 << 20

    /// Reads a CSV file from others: a regular file of at most ``maximumBytes``, read as
    /// ``CSVTable`` reads imports (encodings, separators, quotes, line limits).
    /// - Parameter display: How messages name the file.
    /// - Throws: ``ImportError`` naming the file, and the line when the problem is in one.
    public init(contentsOf url: URL, display: String) throws {
        let attributes = try? FileManager.default.attributesOfItem(atPath: url.path)
        guard let attributes else { throw ImportError(file: display, message: "no such file") }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw ImportError(file: display, message: "not a regular file; give a CSV file")
        }
        guard let size = attributes[.size] as? Int, size <= Self.maximumBytes else {
            throw ImportError(file: display, message: "the file is larger than \(Self.maximumBytes >> 20) MiB; this is not a panel's CSV file")
        }
        let handle: FileHandle
        do { handle = try FileHandle(forReadingFrom: url) } catch {
            throw ImportError(file: display, message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        defer { try? handle.close() }
        // Read no more than the limit even if the file grew since it was measured.
        let data = (try? handle.read(upToCount: Self.maximumBytes + 1)) ?? Data()
        guard data.count <= Self.maximumBytes else {
            throw ImportError(file: display, message: "the file is larger than \(Self.maximumBytes >> 20) MiB; this is not a panel's CSV file")
        }
        let csv = try CSVTable(data: data, displayPath: display)
        self.init(file: display, header: csv.writtenHeader, records: csv.records.map { Row(line: $0.line, fields: $0.fields) })
    }

    /// The index of a column, its name compared without case.
    public func column(_ name: String) -> Int? {
        header.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// An error at a line and column of this file.
    func error(line: Int? = nil, column: String? = nil, _ message: String) -> ImportError {
        ImportError(file: file, line: line, field: column, message: message)
    }
}
