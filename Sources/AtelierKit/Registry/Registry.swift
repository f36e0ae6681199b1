import Foundation

/// The method modules and templates available to the host: those built into it, and those a registry
/// folder adds (never replaces).
public struct Registry: Sendable {
    /// The registry folder that added modules and templates, if any.
    public var directory: URL?
    /// Manifests sorted by id.
    public var manifests: [MethodManifest]
    /// Template texts by name (`two-day`).
    var templates: [String: TemplateText]

    /// A template's YAML and how messages name it.
    struct TemplateText: Sendable {
        var display: String
        var text: String
    }

    /// Reads and checks the built-in files, then every `*.yaml` manifest directly in the folder and every
    /// template in its `templates/` folder.
    /// - Parameters:
    ///   - directory: The registry folder, or nil for the built-ins alone.
    ///   - builtIn: Files compiled into the host by path (`swot.yaml`, `swot.md`, `templates/two-day.yaml`).
    ///   - builtinModules: Module names compiled into the host; a manifest naming another module is refused.
    /// - Throws: ``RegistryError`` naming the file, line and key of the first problem found; a folder
    ///   manifest or template reusing a built-in id or name is refused, naming both.
    public static func load(from directory: URL?, builtIn: [String: String] = [:], builtinModules: Set<String>) throws -> Registry {
        var registry = Registry(directory: directory, manifests: [], templates: [:])
        var seen: [String: String] = [:]
        for path in builtIn.keys.sorted() {
            let display = "atelier's built-in \(path)"
            if path.hasPrefix("templates/"), path.hasSuffix(".yaml") {
                registry.templates[String(path.dropFirst(10).dropLast(5))] = TemplateText(display: display, text: builtIn[path]!)
            } else if path.hasSuffix(".yaml") {
                let page = builtIn[String(path.dropLast(5)) + ".md"]
                try registry.add(builtIn[path]!, origin: .builtIn(page: page), display: display, builtinModules: builtinModules, seen: &seen)
            }
        }
        guard let directory else { return registry.sorted() }
        let fm = FileManager.default
        guard Self.isFolder(directory) else {
            throw RegistryError(file: directory.path, message: "no registry folder of method modules here; name one with --methods DIR or ATELIER_METHODS")
        }
        for file in try Self.yamlFiles(in: directory) {
            let display = Self.display(file)
            try registry.add(try PlainYAML.read(file, display: display), origin: .file(file), display: display,
                             builtinModules: builtinModules, seen: &seen)
        }
        let folder = directory.appendingPathComponent("templates")
        if fm.fileExists(atPath: folder.path) {
            for file in try Self.yamlFiles(in: folder) where file.pathExtension == "yaml" {
                let name = file.deletingPathExtension().lastPathComponent, display = Self.display(file)
                if let other = registry.templates[name] {
                    throw RegistryError(file: display, message: "template '\(name)' is already declared by \(other.display); choose another name")
                }
                registry.templates[name] = TemplateText(display: display, text: try PlainYAML.read(file, display: display))
            }
        }
        return registry.sorted()
    }

    /// Checks one manifest and adds it, refusing an id declared before.
    private mutating func add(_ text: String, origin: MethodManifest.Origin, display: String, builtinModules: Set<String>,
                              seen: inout [String: String]) throws {
        let loaded = try ManifestLoader(origin: origin, displayPath: display, builtinModules: builtinModules).load(text)
        let manifest = loaded.manifest
        if let other = seen[manifest.id] {
            throw RegistryError(file: display, line: loaded.idLine, column: loaded.idColumn, key: "id",
                                message: "id '\(manifest.id)' is already declared by \(other); choose another id")
        }
        seen[manifest.id] = display
        manifests.append(manifest)
    }

    private func sorted() -> Registry {
        var copy = self
        copy.manifests.sort { $0.id < $1.id }
        return copy
    }

    /// The Swift modules the manifests of a folder name (`implementation.module`): what a tool or a
    /// test that loads `methods/builtin` as a registry folder passes as `builtinModules`, so a method
    /// added with `new-method` needs no list edited by hand. Unreadable manifests are left out; loading
    /// the folder reports them.
    public static func modulesNamed(in folder: URL) -> Set<String> {
        let files = (try? yamlFiles(in: folder)) ?? []
        return Set(files.compactMap { file -> String? in
            guard let text = try? PlainYAML.read(file, display: file.path),
                  case .mapping(let top)? = try? PlainYAML.compose(text, file: file.path),
                  case .mapping(let implementation)? = top["implementation"] else { return nil }
            return implementation["module"]?.string
        })
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    private static func yamlFiles(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { ["yaml", "yml"].contains($0.pathExtension) }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The manifest with this id, if any.
    public func manifest(_ id: String) -> MethodManifest? { manifests.first { $0.id == id } }

    /// The names of the templates, sorted.
    public var templateNames: [String] { templates.keys.sorted() }

    /// The template of this name, read and checked.
    /// - Throws: ``RegistryError`` naming the template when it is unknown or malformed.
    public func template(named name: String) throws -> WorkshopTemplate {
        guard let template = templates[name] else {
            throw RegistryError(file: "templates/\(name).yaml", message: "no template '\(name)'; known: \(templateNames.joined(separator: ", "))")
        }
        return try WorkshopTemplate.parse(template.text, display: template.display)
    }

    /// A path as messages show it: relative to the current folder when inside it.
    public static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }
}
