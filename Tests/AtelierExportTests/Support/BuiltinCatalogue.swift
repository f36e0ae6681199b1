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
    static let manifests = (try? Registry.load(from: folder, builtinModules: Registry.modulesNamed(in: folder)).manifests) ?? []

    static let methods = MethodCatalogue(manifests)
}
