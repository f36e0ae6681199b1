import Foundation

/// An OpenDocument spreadsheet file (`.ods` package or flat `.fods`) read into one ``Sheet``.
public enum SpreadsheetFile {
    /// Whether a path names a spreadsheet (`.ods` or `.fods`, any case).
    public static func names(_ path: String) -> Bool {
        ["ods", "fods"].contains((path as NSString).pathExtension.lowercased())
    }

    /// Reads one sheet of a file. Whether the file is a package or flat XML is told by its first
    /// bytes, not its name.
    /// - Parameters:
    ///   - displayPath: How messages name the file.
    ///   - preferred: Folded sheet names (see ``SpreadsheetParser/fold(_:)``) read in preference to
    ///     the first sheet.
    /// - Throws: ``SpreadsheetError`` naming the file: unreadable, not a spreadsheet, refused as
    ///   unsafe (see ``ODFPackageReader``), or over ``SpreadsheetLimits``.
    public static func sheet(at url: URL, displayPath: String, preferred: Set<String>) throws -> Sheet {
        let parser = SpreadsheetParser(file: displayPath, preferred: preferred)
        let handle: FileHandle
        do {
            handle = try FileHandle(forReadingFrom: url)
        } catch {
            throw SpreadsheetError(file: displayPath, message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 4)) ?? Data()
        if start.starts(with: [0x50, 0x4B]) {
            return try parser.sheet(from: ODFPackageReader(file: displayPath).content(of: url), part: "content.xml")
        }
        let size = (try? handle.seekToEnd()) ?? 0
        guard size <= UInt64(SpreadsheetLimits.maxContentBytes) else {
            throw SpreadsheetError(file: displayPath, message: "the file is larger than the \(ODFPackageReader.size(SpreadsheetLimits.maxContentBytes)) Atelier reads as a flat spreadsheet; save it as .ods")
        }
        let data: Data
        do {
            try handle.seek(toOffset: 0)
            data = try handle.readToEnd() ?? Data()
        } catch {
            throw SpreadsheetError(file: displayPath, message: "cannot read the file (\((error as NSError).localizedDescription))")
        }
        guard looksLikeXML(data) else {
            throw SpreadsheetError(file: displayPath, message: "this is not an OpenDocument spreadsheet: neither a zip package (.ods) nor XML (.fods)")
        }
        return try parser.sheet(from: data, part: (displayPath as NSString).lastPathComponent)
    }

    /// Whether bytes start like an XML document: `<` after an optional byte-order mark and white space.
    static func looksLikeXML(_ data: Data) -> Bool {
        let start = data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
        return start.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
    }
}
