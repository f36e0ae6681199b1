import AtelierExport
import AtelierKit
import Foundation
import ODFSchemas
import ZIPFoundation

/// A tracking workbook exported from a workshop, edited the way a test needs by rewriting its
/// content.xml (or the flat file), then imported back into the workshop in memory.
struct WorkbookEdit {
    let workshop: Workshop
    let export: SampleExport
    /// The Actions sheet markup being edited: the package's content.xml.
    var content: String
    var flat: String

    init(_ workshop: Workshop, language: Language = .fr) throws {
        self.workshop = workshop
        export = try SampleExport(workshop, formats: [.ods, .fods], language: language)
        content = String(decoding: try ODFPackage(export.file("actions.ods")).data("content.xml"), as: UTF8.self)
        flat = try String(contentsOf: export.file("actions.fods"), encoding: .utf8)
    }

    /// Applies the same text edit to the package's content.xml and to the flat file.
    mutating func edit(_ change: (inout String) -> Void) {
        change(&content)
        change(&flat)
    }

    /// Edits the row whose ID cell holds `id`.
    mutating func editRow(_ id: String, _ change: @escaping (inout String) -> Void) {
        edit { xml in
            let cell = xml.range(of: "<text:p>\(id)</text:p>")!
            let start = xml.range(of: "<table:table-row>", options: .backwards, range: xml.startIndex..<cell.lowerBound)!.lowerBound
            let end = xml.range(of: "</table:table-row>", range: cell.upperBound..<xml.endIndex)!.upperBound
            var row = String(xml[start..<end])
            change(&row)
            xml.replaceSubrange(start..<end, with: row)
        }
    }

    /// Replaces the first occurrence of a text in the row of `id`.
    mutating func replace(_ old: String, with new: String, inRow id: String) {
        editRow(id) { row in row = row.replacingOccurrences(of: old, with: new, range: row.range(of: old)) }
    }

    /// Replaces the first occurrence of a text in the whole document.
    mutating func replaceFirst(_ old: String, with new: String) {
        edit { xml in xml = xml.replacingOccurrences(of: old, with: new, range: xml.range(of: old)) }
    }

    /// Adds the due-date column workbooks had before the horizon was their one date column: a
    /// `date` cell of each action's last day, after the milestones, as an older workbook comes back.
    mutating func addDueByColumn() {
        replaceFirst("<text:p>Poids</text:p></table:table-cell>",
                     with: "<text:p>Poids</text:p></table:table-cell>" + SheetDocument.cell("À réaliser pour le"))
        for action in workshop.actions {
            let cell = action.horizon.map { horizon in
                "<table:table-cell table:style-name=\"ce-date\" office:value-type=\"date\" office:date-value=\"\(horizon.lastDay)\">"
                    + "<text:p>\(horizon.lastDay)</text:p></table:table-cell>"
            } ?? "<table:table-cell/>"
            editRow(action.id) { row in row = String(row.dropLast("</table:table-row>".count)) + cell + "</table:table-row>" }
        }
    }

    /// Adds a row of cells (markup) at the end of the Actions sheet.
    mutating func appendRow(_ cells: [String]) {
        edit { xml in
            let end = xml.range(of: "</table:table>")!.lowerBound
            xml.insert(contentsOf: "<table:table-row>\(cells.joined())</table:table-row>", at: end)
        }
    }

    /// The edited package, written with its other parts as exported.
    func ods() throws -> URL {
        let original = try ODFPackage(export.file("actions.ods"))
        var zip = ZipBuilder()
        for path in original.paths {
            zip.add(path, path == "content.xml" ? Data(content.utf8) : try original.data(path))
        }
        let url = try editedFolder().appendingPathComponent("actions.ods")
        try zip.data.write(to: url)
        return url
    }

    /// The edited flat file.
    func fods() throws -> URL {
        let url = try editedFolder().appendingPathComponent("actions.fods")
        try Data(flat.utf8).write(to: url)
        return url
    }

    /// Where edited files go, named `actions.ods` and `actions.fods` as messages show them.
    private func editedFolder() throws -> URL {
        let folder = export.directory.url.appendingPathComponent("edited")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}

/// Imports the actions sheet of a file into a workshop held in memory, as `atelier import actions`
/// does into a store: the same reader, importer and checks.
func importActions(from url: URL, into workshop: Workshop) throws -> (workshop: Workshop, changes: ChangeSet) {
    let name = url.lastPathComponent
    let sheet = try SpreadsheetImportReader(contentsOf: url, displayPath: name, kind: .actions)
    let importer = Importer(kind: .actions, table: try sheet.table(for: workshop), file: name)
    let (changes, _) = try importer.changes(for: workshop)
    var result = workshop
    for action in changes.actions.upsert {
        if let index = result.actions.firstIndex(where: { $0.id == action.id }) {
            result.actions[index] = action
        } else {
            result.actions.append(action)
        }
    }
    return (result, changes)
}

/// The message importing a file gives, or "imported".
func importRefusal(_ url: URL, into workshop: Workshop) -> String {
    do {
        _ = try importActions(from: url, into: workshop)
        return "imported"
    } catch {
        return "\(error)"
    }
}
