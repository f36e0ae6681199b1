import Foundation

/// Writes a plan into the package, all or nothing.
enum ScaffoldWriter {
    /// Creates the plan's new files, then replaces the changed ones. When a write fails, what was
    /// written is undone (new files and folders removed, changed files restored) before the error is
    /// reported.
    /// - Throws: ``ScaffoldRefusal`` naming the file that could not be written.
    static func write(_ plan: ScaffoldPlan, in package: PackageFolder) throws(ScaffoldRefusal) {
        let fileManager = FileManager.default
        var created: [URL] = []
        var originals: [(URL, Data)] = []
        func undo() {
            for (url, data) in originals.reversed() { try? data.write(to: url) }
            for url in created.reversed() { try? fileManager.removeItem(at: url) }
        }
        for (path, contents) in plan.newFiles + plan.changedFiles {
            let url = package.url(path)
            do {
                if let original = fileManager.contents(atPath: url.path) {
                    originals.append((url, original))
                } else {
                    created += try createFolders(for: url)
                    created.append(url)
                }
                try Data(contents.utf8).write(to: url, options: .atomic)
            } catch {
                undo()
                throw ScaffoldRefusal("cannot write \(path): \(error.localizedDescription); nothing was changed")
            }
        }
    }

    /// Creates the folders missing above `file`, and returns them, outermost first.
    private static func createFolders(for file: URL) throws -> [URL] {
        var missing: [URL] = []
        var folder = file.deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.path) {
            missing.insert(folder, at: 0)
            folder.deleteLastPathComponent()
        }
        for url in missing { try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false) }
        return missing
    }
}
