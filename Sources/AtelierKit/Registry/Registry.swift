import Foundation

/// The method modules available to the host, read from the manifests of the `methods/` folder.
public struct Registry: Sendable {
    /// The registry folder.
    public var directory: URL
    /// Manifests sorted by id.
    public var manifests: [MethodManifest]

    /// Reads and checks every `*.yaml` manifest directly in the folder.
    /// - Parameters:
    ///   - directory: The registry folder.
    ///   - builtinModules: Module names compiled into the host; a manifest naming another module is refused.
    /// - Throws: ``RegistryError`` naming the file, line and key of the first problem found.
    public static func load(from directory: URL, builtinModules: Set<String>) throws -> Registry {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw RegistryError(file: directory.path, message: "no registry folder of method modules here; name one with --methods DIR or ATELIER_METHODS")
        }
        let files = try fm.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var manifests: [MethodManifest] = []
        var seen: [String: String] = [:]
        for file in files {
            let display = Self.display(file)
            let text = try PlainYAML.read(file, display: display)
            let loaded = try ManifestLoader(file: file, displayPath: display, builtinModules: builtinModules).load(text)
            let manifest = loaded.manifest
            if let other = seen[manifest.id] {
                throw RegistryError(file: display, line: loaded.idLine, column: loaded.idColumn, key: "id",
                                    message: "id '\(manifest.id)' is already declared by \(other)")
            }
            seen[manifest.id] = display
            manifests.append(manifest)
        }
        return Registry(directory: directory, manifests: manifests.sorted { $0.id < $1.id })
    }

    /// The manifest with this id, if any.
    public func manifest(_ id: String) -> MethodManifest? { manifests.first { $0.id == id } }

    /// A path as messages show it: relative to the current folder when inside it.
    public static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
