import AtelierKit
import Foundation

/// What must hold for any bytes saved as a manifest in the registry: loading never traps; a refusal
/// names the manifest and a line it has; an accepted manifest is one whose id, version, names and
/// parameter defaults a run can rely on.
public enum RegistryProbe {
    /// The folder the manifest is written into, one per process.
    static let folder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("atelier-fuzz-registry-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// The modules the package's built-in manifests name.
    static let modules = Registry.modulesNamed(in: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("methods/builtin"))

    /// Every property the input breaks, described for people; empty when all hold.
    public static func problems(in bytes: [UInt8]) -> [String] {
        let file = folder.appendingPathComponent("fuzz.yaml")
        do {
            try Data(bytes).write(to: file)
        } catch {
            return ["cannot write \(file.path): \(error)"]
        }
        let registry: Registry
        do {
            registry = try Registry.load(from: folder, builtinModules: modules)
        } catch let error as RegistryError {
            return check(error, lines: CSVImportProbe.physicalLines(bytes))
        } catch {
            return ["loading threw \(error), not a RegistryError"]
        }
        guard registry.manifests.count == 1, let manifest = registry.manifests.first else {
            return ["one manifest gave \(registry.manifests.count)"]
        }
        return check(manifest)
    }

    static func check(_ error: RegistryError, lines: Int) -> [String] {
        var problems: [String] = []
        if !error.file.hasSuffix("fuzz.yaml") { problems.append("the error does not name the manifest: \(error)") }
        if let line = error.line, !(1...lines + 1).contains(line) { problems.append("line \(line) of \(lines): \(error)") }
        if let column = error.column, column < 1 { problems.append("column \(column): \(error)") }
        if error.message.isEmpty { problems.append("an empty message: \(error)") }
        if let key = error.key, key.isEmpty { problems.append("an empty key: \(error)") }
        return problems
    }

    static func check(_ manifest: MethodManifest) -> [String] {
        var problems: [String] = []
        let id = manifest.id.unicodeScalars
        if !(id.first.map { ("a"..."z").contains($0) } ?? false)
            || !id.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            problems.append("accepted the id '\(manifest.id)'")
        }
        if manifest.version.split(separator: ".", omittingEmptySubsequences: false).compactMap({ Int($0) }).count != 3 {
            problems.append("accepted the version '\(manifest.version)'")
        }
        for language in Language.allCases where manifest.name.values[language]?.isBlankText != false
            || manifest.summary.values[language]?.isBlankText != false {
            problems.append("accepted a manifest without a \(language.rawValue) name or summary")
        }
        for spec in manifest.parameters {
            if let min = spec.min, let max = spec.max, min > max { problems.append("parameter \(spec.name): minimum above maximum") }
            if let value = spec.defaultValue, let problem = spec.problem(with: value) {
                problems.append("parameter \(spec.name): its default \(problem)")
            }
        }
        do {
            _ = try manifest.resolveParameters(step: [:], overrides: [:])
        } catch {
            problems.append("its defaults do not resolve: \(error)")
        }
        return problems
    }
}

private extension String {
    var isBlankText: Bool { allSatisfy(\.isWhitespace) }
}
