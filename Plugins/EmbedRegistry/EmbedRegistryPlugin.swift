import Foundation
import PackagePlugin

/// Compiles the built-in registry (`methods/builtin`: manifests, pages, templates) into the target, so
/// that the executable needs no file beside it.
@main
struct EmbedRegistryPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "methods/builtin")
        let templates = folder.appending(path: "templates")
        let inputs = try files(in: folder) + files(in: templates)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInRegistryFiles.swift")
        return [
            .buildCommand(displayName: "Embedding the built-in registry of method modules",
                          executable: try context.tool(named: "atelier-embed").url,
                          arguments: [folder.path, output.path], inputFiles: inputs, outputFiles: [output]),
        ]
    }

    private func files(in folder: URL) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".md") }
            .map { folder.appending(path: $0) }
    }
}
