import Foundation

extension ODFDocument {
    /// Writes the document to `url`: a zip package, or one flat XML file. Zip entries carry the
    /// document's creation date (the workshop's first day).
    func write(to url: URL, flat: Bool) throws {
        if flat {
            try ODFFlatWriter.write(self, to: url)
        } else {
            try ODFPackageWriter.write(self, to: url, date: metadata.created)
        }
    }
}
