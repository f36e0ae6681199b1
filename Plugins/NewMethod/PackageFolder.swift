import Foundation

/// The package `new-method` works in: the files it reads to check the request, and writes.
struct PackageFolder {
    /// The package's root folder, where `Package.swift` is.
    let root: URL

    /// A registry manifest as far as `new-method` needs it.
    struct ManifestSummary {
        /// The file, from the package's root.
        let path: String
        /// Its top-level `id`.
        let id: String?
        /// Its `implementation.module`, for a built-in method.
        let module: String?
    }

    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Whether something (a file or a folder) is at `path`.
    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: url(path).path) }

    /// The names in the folder at `path`, hidden ones included; empty when there is no such folder.
    func contents(of path: String) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: url(path).path)) ?? []
    }

    /// The text of the file at `path`.
    /// - Throws: ``ScaffoldRefusal`` naming the file when it cannot be read as UTF-8.
    func read(_ path: String) throws(ScaffoldRefusal) -> String {
        do {
            return try String(contentsOf: url(path), encoding: .utf8)
        } catch {
            throw ScaffoldRefusal("cannot read \(path): \(error.localizedDescription)")
        }
    }

    /// The manifests of the built-in registry (`methods/builtin`) and of the package's registry folder of
    /// extra modules (`methods`), `*.yaml` and `*.yml`, sorted by file name in each.
    ///
    /// Only the top-level `id:` and the `module:` lines are read, which is all the checks need; the
    /// registry itself (AtelierKit's `ManifestLoader`) checks the rest when `atelier` starts.
    func manifests() -> [ManifestSummary] {
        ["methods/builtin", "methods"].flatMap { folder in
            contents(of: folder).filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted().map { "\(folder)/\($0)" }
        }.map { path in
            let lines = ((try? read(path)) ?? "").split(whereSeparator: \.isNewline)
            func value(_ key: String, topLevel: Bool) -> String? {
                for line in lines {
                    let text = topLevel ? Substring(line) : line.drop(while: { $0 == " " })
                    guard text.hasPrefix(key + ":") else { continue }
                    let rest = text.dropFirst(key.count + 1)
                    let bare = rest.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
                    return String(bare).trimmingWhitespace.trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
                }
                return nil
            }
            return ManifestSummary(path: path, id: value("id", topLevel: true), module: value("module", topLevel: false))
        }
    }

    /// Types declared (`struct`, `enum`, `class`, `actor`, `protocol`, `typealias`) in the Swift files
    /// under `Sources`, each with the first file declaring it.
    func declaredTypes() -> [String: String] {
        var found: [String: String] = [:]
        let sources = url("Sources")
        guard let walker = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil) else { return found }
        var files: [String] = []
        for case let file as URL in walker where file.pathExtension == "swift" {
            files.append("Sources" + file.path.dropFirst(sources.path.count))
        }
        let keywords: Set<Substring> = ["struct", "enum", "class", "actor", "protocol", "typealias"]
        for path in files.sorted() {
            let words = ((try? read(path)) ?? "").split { !($0.isLetter || $0.isNumber || $0 == "_") }
            for (word, next) in zip(words, words.dropFirst()) where keywords.contains(word) && found[String(next)] == nil {
                found[String(next)] = path
            }
        }
        return found
    }
}
