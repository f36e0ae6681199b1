import AtelierKit
import Foundation

/// A small CSV file a parameter names (preferences, pairs), read with the import's CSV reader.
///
/// The file comes from others: it is read only when it is a regular file of at most
/// ``maxBytes``, and every problem is reported as `file:line: error: column: what is wrong`.
struct CSVInput {
    /// The largest file read: 300 people ranking 40 challenges take about 200 KB.
    static let maxBytes = 4 << 20

    let path: String
    let table: CSVTable

    /// Reads the file at `path` (relative to the current folder) and checks its header holds `columns`.
    /// - Throws: ``MethodError`` when the file is missing, not a regular file, too large, not CSV, or
    ///   lacks a column.
    init(path: String, parameter: String, columns: [String]) throws {
        self.path = path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            throw MethodError("parameter \(parameter): cannot read '\(path)'; check the file's path")
        }
        guard attributes[.type] as? FileAttributeType == .typeRegular else {
            throw MethodError("parameter \(parameter): '\(path)' is not a regular file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        guard size <= Self.maxBytes else {
            throw MethodError("parameter \(parameter): '\(path)' holds \(size) bytes, more than the \(Self.maxBytes) a \(parameter) file may")
        }
        do {
            table = try CSVTable(contentsOf: URL(fileURLWithPath: path), displayPath: path)
        } catch let error as ImportError {
            throw MethodError(error.description)
        }
        for column in columns where table.column(column) == nil {
            throw error(line: 1, column, "missing column; a \(parameter) file has \(columns.joined(separator: ","))")
        }
    }

    /// The trimmed field of `column` in a record; empty when the file has no such column.
    func field(_ record: CSVTable.Record, _ column: String) -> String {
        guard let index = table.column(column), index < record.fields.count else { return "" }
        return record.fields[index].trimmingCharacters(in: .whitespaces)
    }

    /// A problem at a line of the file, said as the import says it.
    func error(line: Int, _ column: String, _ message: String) -> MethodError {
        MethodError(ImportError(file: path, line: line, field: column, message: message).description)
    }
}
