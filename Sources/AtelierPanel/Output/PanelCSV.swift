import Foundation

/// Writes the panel's CSV files: comma-separated, CRLF line ends, a field quoted when it holds a
/// comma, a semicolon, a quote, a line break or spaces at either end (RFC 4180).
///
/// Fields are written exactly as they were read, so that `selected.csv` and `remaining.csv` read
/// back into `sortition-algorithms` (or Atelier) unchanged. The exports' guard against spreadsheet
/// formulas (a quote before `=`, `+`, `-`, `@`) is not applied here, since it would change ids and
/// values; these files are data for the draw's tools, not documents.
public enum PanelCSV {
    /// The text of a file with this header and rows.
    public static func text(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(quoted).joined(separator: ",") + "\r\n" }.joined()
    }

    private static func quoted(_ field: String) -> String {
        let needsQuotes = field.contains { ",;\"\r\n".contains($0) } || field.first == " " || field.last == " "
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
