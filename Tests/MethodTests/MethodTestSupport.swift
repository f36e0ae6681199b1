import AtelierKit
import Foundation
import Testing
import Yams

/// Builds method requests the way the host does: parameters start from the defaults declared in the
/// method's manifest (`methods/builtin/<id>.yaml`), then take the values a test gives.
enum ManifestDefaults {
    /// The repository's root, found from this file's place in `Tests/MethodTests`.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The parameters a manifest declares with a default, typed as the host types them.
    static func defaults(of method: String) throws -> [String: ParameterValue] {
        guard let parameters = try manifest(of: method)["parameters"] as? [[String: Any]] else {
            throw MethodError("methods/builtin/\(method).yaml has no parameter list")
        }
        var values: [String: ParameterValue] = [:]
        for parameter in parameters {
            guard let name = parameter["name"] as? String, let type = parameter["type"] as? String,
                  let value = parameter["default"]
            else { continue }
            switch (type, value) {
            case ("integer", let v as Int): values[name] = .integer(v)
            case ("number", let v as Double): values[name] = .number(v)
            case ("number", let v as Int): values[name] = .number(Double(v))
            case ("boolean", let v as Bool): values[name] = .bool(v)
            case ("string", let v as String), ("choice", let v as String): values[name] = .string(v)
            case ("list", let v as [Any]): values[name] = .list(v.map { "\($0)" })
            default: throw MethodError("methods/builtin/\(method).yaml: default of \(name) does not match its type \(type)")
            }
        }
        return values
    }

    /// The manifest of `method` as a YAML mapping.
    static func manifest(of method: String) throws -> [String: Any] {
        let text = try String(contentsOf: root.appendingPathComponent("methods/builtin/\(method).yaml"), encoding: .utf8)
        guard let manifest = try Yams.load(yaml: text) as? [String: Any] else {
            throw MethodError("methods/builtin/\(method).yaml is not a mapping")
        }
        return manifest
    }

    /// Checks what every manifest must say: its id, the module that implements it, a name and a one-line
    /// summary in each language, the model parts it reads and writes, and a page next to it.
    static func expectWellFormed(_ method: String, module: String, writes: Set<ModelPart>) throws {
        let manifest = try manifest(of: method)
        #expect(manifest["id"] as? String == method)
        #expect((manifest["implementation"] as? [String: Any])?["module"] as? String == module)
        for field in ["name", "summary"] {
            let texts = manifest[field] as? [String: String] ?? [:]
            #expect(Set(texts.keys) == Set(Language.allCases.map(\.rawValue)), "\(field)")
            #expect(texts.values.allSatisfy { !$0.isEmpty && !$0.contains("\n") }, "\(field)")
        }
        let reads = (manifest["reads"] as? [String] ?? []).compactMap(ModelPart.init(rawValue:))
        #expect(reads.count == (manifest["reads"] as? [String])?.count)
        #expect(Set((manifest["writes"] as? [String] ?? []).compactMap(ModelPart.init(rawValue:))) == writes)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("methods/builtin/\(method).md").path))
    }

    /// A request for `method` at step `step`, with the manifest's defaults overridden by `parameters`.
    static func request(
        _ method: String, step: String, parameters: [String: ParameterValue] = [:], language: Language = .en,
        workshop: Workshop
    ) throws -> MethodRequest {
        let merged = try defaults(of: method).merging(parameters) { _, given in given }
        return MethodRequest(
            method: method, step: AgendaStep(id: step, title: step, method: method, parameters: merged),
            parameters: merged, language: language, workshop: workshop)
    }
}

/// Workshops stored as JSON under `Tests/MethodTests/Fixtures`.
enum FixtureWorkshop {
    static func load(_ name: String) throws -> Workshop {
        let url = ManifestDefaults.root.appendingPathComponent("Tests/MethodTests/Fixtures/\(name).json")
        return try JSONDecoder().decode(Workshop.self, from: Data(contentsOf: url))
    }
}

/// Runs `body` and returns the message of the ``MethodError`` it throws; records an issue when it
/// throws nothing or another error.
func methodErrorMessage(
    sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Void
) -> String? {
    do {
        try body()
        Issue.record("expected a MethodError, but the method succeeded", sourceLocation: sourceLocation)
    } catch let error as MethodError {
        return error.message
    } catch {
        Issue.record("expected a MethodError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

/// Whether two figures agree to nine decimals.
func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) < 1e-9
}
