import Foundation

/// Hand-written ODF spreadsheet XML, to feed the sheet reader exactly the markup a test is about.
public enum SheetDocument {
    public static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" \
        xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"
        """

    /// A flat `.fods` document whose spreadsheet body is `tables`.
    public static func flat(_ tables: String) -> Data {
        Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document \(namespaces) office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
            <office:body><office:spreadsheet>\(tables)</office:spreadsheet></office:body></office:document>
            """.utf8)
    }

    /// A package's `content.xml` whose spreadsheet body is `tables`.
    public static func content(_ tables: String) -> Data {
        Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content \(namespaces)><office:body><office:spreadsheet>\(tables)</office:spreadsheet></office:body></office:document-content>
            """.utf8)
    }

    /// A sheet of rows, each a list of text cells (an empty string is an empty cell).
    public static func table(_ name: String, _ rows: [[String]]) -> String {
        "<table:table table:name=\"\(escaped(name))\">" + rows.map { row in
            "<table:table-row>" + row.map(cell).joined() + "</table:table-row>"
        }.joined() + "</table:table>"
    }

    /// A text cell, one paragraph per line.
    public static func cell(_ text: String) -> String {
        guard !text.isEmpty else { return "<table:table-cell/>" }
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { "<text:p>\(escaped(String($0)))</text:p>" }
        return "<table:table-cell office:value-type=\"string\">\(paragraphs.joined())</table:table-cell>"
    }

    public static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
