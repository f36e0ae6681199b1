import AtelierExport
import AtelierKit
import Foundation

/// The built-in methods as documents know them, read from `methods/builtin/` of this checkout,
/// as atelier embeds them.
enum BuiltinCatalogue {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("methods/builtin")

    /// The built-in manifests.
    static let manifests: [MethodManifest] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(".yaml") || name.hasSuffix(".md") {
            files[name] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        // The modules the manifests name, so a method added with `new-method` needs no edit here.
        let modules = Set(files.values.flatMap { $0.split(separator: "\n") }.compactMap { line -> String? in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            return trimmed.hasPrefix("module: ") ? String(trimmed.dropFirst(8)) : nil
        })
        return (try? Registry.load(from: nil, builtIn: files, builtinModules: modules).manifests) ?? []
    }()

    static let methods = MethodCatalogue(manifests)
}
