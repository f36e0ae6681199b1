import Foundation
import Yams

/// Reads one manifest (`<id>.yaml`), checking every key and reporting the first problem with
/// its file, line, column and key.
struct ManifestLoader {
    /// Where the manifest comes from: built in, or the file of a registry folder.
    let origin: MethodManifest.Origin
    /// How the file is named in messages (relative to where the user is, when possible).
    let displayPath: String
    /// Module names compiled into the host; a manifest naming another module is refused.
    let builtinModules: Set<String>

    /// A manifest read and checked, with where its id is written (for a second manifest reusing it).
    struct Loaded {
        var manifest: MethodManifest
        var idLine: Int?
        var idColumn: Int?
    }

    private static let topKeys = ["id", "version", "name", "summary", "implementation", "reads", "writes", "parameters", "result"]
    private static let requiredKeys = ["id", "version", "name", "summary", "implementation"]
    private static let implementationKeys = ["module", "executable", "interpreter", "arguments", "timeout_seconds", "max_output_bytes", "environment"]
    private static let parameterKeys = ["name", "type", "default", "min", "max", "choices", "help"]
    private static let resultKeys = ["shape", "value", "group", "groups", "values", "metrics", "flags", "worksheet", "summary"]
    private static let termKeys = ["id", "name", "note", "corner"]

    func load(_ text: String) throws -> Loaded {
        let root: Node
        do {
            guard let node = try PlainYAML.compose(text, file: displayPath) else { throw error(nil, nil, "the manifest is empty") }
            root = node
        } catch let yaml as YamlError {
            throw translate(yaml, text: text)
        }
        let top = try mapping(root, "", allowed: Self.topKeys, required: Self.requiredKeys)

        let id = try string(top["id"]!, "id")
        guard Self.isValidID(id) else {
            throw error(top["id"], "id", "'\(id)' is not a valid id: use lowercase letters, digits and dashes, starting with a letter")
        }
        let version = try string(top["version"]!, "version")
        guard Self.isValidVersion(version) else {
            throw error(top["version"], "version", "'\(version)' is not a version of the form MAJOR.MINOR.PATCH")
        }
        let name = try localized(top["name"]!, "name", requireAll: true)
        let summary = try localized(top["summary"]!, "summary", requireAll: true)
        let implementation = try self.implementation(top["implementation"]!)
        let reads = try parts(top["reads"], "reads")
        let writes = try parts(top["writes"], "writes")
        var parameters: [ParameterSpec] = []
        if let node = top["parameters"] {
            guard case .sequence(let list) = node else { throw error(node, "parameters", "must be a list of parameters") }
            for (index, element) in list.enumerated() {
                let spec = try parameter(element, "parameters[\(index)]")
                if parameters.contains(where: { $0.name == spec.name }) {
                    throw error(element, "parameters[\(index)].name", "parameter '\(spec.name)' is declared twice")
                }
                parameters.append(spec)
            }
        }
        let presentation = try top["result"].map(self.presentation) ?? .ranking
        let manifest = MethodManifest(id: id, version: version, name: name, summary: summary, implementation: implementation,
                                      reads: reads, writes: writes, parameters: parameters, presentation: presentation,
                                      origin: origin)
        return Loaded(manifest: manifest, idLine: top["id"]?.mark?.line, idColumn: top["id"]?.mark?.column)
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), !id.hasSuffix("-") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    static func isValidVersion(_ version: String) -> Bool {
        let parts = version.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    // MARK: Sections

    private func implementation(_ node: Node) throws -> MethodManifest.Implementation {
        let map = try mapping(node, "implementation", allowed: Self.implementationKeys, required: [])
        switch (map["module"], map["executable"]) {
        case (let module?, nil):
            for key in ["interpreter", "arguments", "timeout_seconds", "max_output_bytes", "environment"] where map[key] != nil {
                throw error(map[key], "implementation.\(key)", "applies only to an external executable, not to a built-in module")
            }
            let name = try string(module, "implementation.module")
            guard builtinModules.contains(name) else {
                throw error(module, "implementation.module", "no built-in module '\(name)'; known: \(builtinModules.sorted().joined(separator: ", "))")
            }
            return .module(name)
        case (nil, let executable?):
            guard case .file(let file) = origin else {
                throw error(executable, "implementation.executable", "a built-in manifest names a module, not an executable")
            }
            let path = try executablePath(executable, file: file)
            var spec = MethodManifest.ExecutableSpec(path: path)
            if let node = map["interpreter"] { spec.interpreter = try string(node, "implementation.interpreter") }
            guard spec.interpreter != nil || FileManager.default.isExecutableFile(atPath: path.path) else {
                throw error(executable, "implementation.executable", "\(path.path) is not executable (chmod +x, or name an interpreter)")
            }
            if let node = map["arguments"] { spec.arguments = try strings(node, "implementation.arguments") }
            if let node = map["environment"] { spec.environment = try strings(node, "implementation.environment") }
            if let node = map["timeout_seconds"] {
                guard let value = number(node), value > 0, value <= 3600 else {
                    throw error(node, "implementation.timeout_seconds", "must be a number of seconds between 0 and 3600")
                }
                spec.timeoutSeconds = value
            }
            if let node = map["max_output_bytes"] {
                let largest = MethodManifest.ExecutableSpec.largestMaxOutputBytes
                guard let value = integer(node), value > 0, value <= largest else {
                    throw error(node, "implementation.max_output_bytes", "must be a whole number of bytes between 1 and \(largest)")
                }
                spec.maxOutputBytes = value
            }
            return .executable(spec)
        case (.some, .some):
            throw error(map["executable"], "implementation", "give either 'module' or 'executable', not both")
        case (nil, nil):
            throw error(node, "implementation", "missing implementation: give 'module' (a built-in Swift module) or 'executable'")
        }
    }

    private func presentation(_ node: Node) throws -> ResultPresentation {
        let map = try mapping(node, "result", allowed: Self.resultKeys, required: ["shape"])
        let shape: ResultPresentation.Shape = try choice(map["shape"]!, "result.shape")
        var presentation = ResultPresentation(shape: shape)
        if let node = map["value"] { presentation.value = try localized(node, "result.value", requireAll: true) }
        if let node = map["group"] { presentation.group = try localized(node, "result.group", requireAll: true) }
        if let node = map["worksheet"] { presentation.worksheet = try choice(node, "result.worksheet") }
        presentation.groups = try terms(map["groups"], "result.groups", corners: shape == .scatter)
        presentation.values = try terms(map["values"], "result.values", corners: false)
        presentation.metrics = try terms(map["metrics"], "result.metrics", corners: false)
        presentation.flags = try terms(map["flags"], "result.flags", corners: false)
        if let node = map["summary"] {
            guard case .sequence(let list) = node else {
                throw error(node, "result.summary", "must be a list of sentences, each in en, fr, nl and de")
            }
            for (index, element) in list.enumerated() {
                let text = try localized(element, "result.summary[\(index)]", requireAll: true)
                let english = Set(ResultPresentation.placeholders(text[.en]))
                for language in Language.allCases {
                    let names = ResultPresentation.placeholders(text[language])
                    let place = "result.summary[\(index)].\(language.rawValue)"
                    if let bad = names.first(where: { $0.isEmpty || $0.contains(where: { $0.isWhitespace || $0 == "{" }) }) {
                        throw error(element, place, "'{\(bad)}' is not a figure's name")
                    }
                    guard Set(names) == english else {
                        throw error(element, place, "names other figures than the English sentence (\(english.sorted().joined(separator: ", ")))")
                    }
                }
                presentation.summaries.append(text)
            }
        }
        if shape == .scatter {
            let corners = presentation.groups.compactMap(\.corner)
            if let again = corners.first(where: { corner in corners.filter { $0 == corner }.count > 1 }) {
                throw error(map["groups"], "result.groups", "two groups take the \(again.rawValue) corner; give each corner one group")
            }
        }
        if presentation.worksheet == .canvas, !presentation.groups.contains(where: { $0.note != nil }) {
            throw error(map["worksheet"], "result.worksheet",
                        "a canvas draws a box for each group with a note saying what goes in it; give groups a note")
        }
        return presentation
    }

    /// Keys with their names in the four languages; with `corners`, each also names its quadrant.
    private func terms(_ node: Node?, _ path: String, corners: Bool) throws -> [ResultPresentation.Term] {
        guard let node else { return [] }
        guard case .sequence(let list) = node else {
            throw error(node, path, "must be a list of entries, each with an id and a name in en, fr, nl and de")
        }
        var terms: [ResultPresentation.Term] = []
        for (index, element) in list.enumerated() {
            let place = "\(path)[\(index)]"
            let map = try mapping(element, place, allowed: Self.termKeys, required: corners ? ["id", "name", "corner"] : ["id", "name"])
            let id = try string(map["id"]!, "\(place).id")
            guard !id.isBlank else { throw error(map["id"], "\(place).id", "must not be empty") }
            guard !terms.contains(where: { $0.id == id }) else { throw error(map["id"], "\(place).id", "'\(id)' is listed twice") }
            var term = ResultPresentation.Term(id: id, name: try localized(map["name"]!, "\(place).name", requireAll: true))
            if let note = map["note"] { term.note = try localized(note, "\(place).note", requireAll: true) }
            if let corner = map["corner"] {
                guard corners else { throw error(corner, "\(place).corner", "only the groups of a scatter sit in corners") }
                term.corner = try choice(corner, "\(place).corner")
            }
            terms.append(term)
        }
        return terms
    }

    /// A text that must be one of an enumeration's raw values.
    private func choice<T: RawRepresentable & CaseIterable>(_ node: Node, _ path: String) throws -> T where T.RawValue == String {
        let text = try string(node, path)
        guard let value = T(rawValue: text) else {
            throw error(node, path, "unknown value '\(text)'; use one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// The real path of the program, which must lie inside the manifest's folder: a relative path without
    /// `..`, leading to a file that no symbolic link takes out of the folder.
    private func executablePath(_ node: Node, file: URL) throws -> URL {
        let key = "implementation.executable"
        let relative = try string(node, key)
        guard !relative.hasPrefix("/") else {
            throw error(node, key, "'\(relative)' is an absolute path; give a path relative to the manifest's folder")
        }
        guard !relative.split(separator: "/").contains("..") else {
            throw error(node, key, "'\(relative)' leads out of the manifest's folder through '..'")
        }
        let folder = file.deletingLastPathComponent()
        let path = folder.appendingPathComponent(relative).standardizedFileURL
        guard let real = Self.realPath(path.path), let realFolder = Self.realPath(folder.path) else {
            throw error(node, key, "\(path.path) does not exist")
        }
        guard real.hasPrefix(realFolder.hasSuffix("/") ? realFolder : realFolder + "/") else {
            throw error(node, key, "\(path.path) leads to \(real), outside the manifest's folder \(realFolder)")
        }
        guard (try? FileManager.default.attributesOfItem(atPath: real))?[.type] as? FileAttributeType == .typeRegular else {
            throw error(node, key, "\(path.path) is not a regular file (a program or a script)")
        }
        return URL(fileURLWithPath: real)
    }

    /// The path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    private func parameter(_ node: Node, _ path: String) throws -> ParameterSpec {
        let map = try mapping(node, path, allowed: Self.parameterKeys, required: ["name", "type"])
        let name = try string(map["name"]!, "\(path).name")
        guard Self.isValidParameterName(name) else {
            throw error(map["name"], "\(path).name", "'\(name)' is not a valid parameter name: use lowercase letters, digits and underscores")
        }
        let typeText = try string(map["type"]!, "\(path).type")
        guard let type = ParameterType(rawValue: typeText) else {
            throw error(map["type"], "\(path).type",
                        "unknown type '\(typeText)'; use one of \(ParameterType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        var spec = ParameterSpec(name: name, type: type, help: LocalizedText([:]))
        if let help = map["help"] { spec.help = try localized(help, "\(path).help", requireAll: false) }
        for bound in ["min", "max"] {
            guard let node = map[bound] else { continue }
            guard type == .integer || type == .number else {
                throw error(node, "\(path).\(bound)", "bounds apply only to integer and number parameters")
            }
            let largest = ParameterSpec.largestMagnitude
            guard let value = number(node), value.isFinite, abs(value) <= largest else {
                throw error(node, "\(path).\(bound)", "must be a number between \((-largest).plain) and \(largest.plain)")
            }
            if bound == "min" { spec.min = value } else { spec.max = value }
        }
        if let min = spec.min, let max = spec.max, min > max {
            throw error(map["max"], "\(path).max", "the maximum \(max.plain) is below the minimum \(min.plain)")
        }
        if let node = map["choices"] {
            guard type == .choice else { throw error(node, "\(path).choices", "choices apply only to choice parameters") }
            spec.choices = try strings(node, "\(path).choices")
            guard !spec.choices.isEmpty else { throw error(node, "\(path).choices", "a choice needs at least one value") }
        } else if type == .choice {
            throw error(node, "\(path).choices", "a choice parameter needs its list of choices")
        }
        if let node = map["default"] {
            spec.defaultValue = try value(of: node, as: spec, "\(path).default")
        }
        return spec
    }

    static func isValidParameterName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("a"..."z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// Reads a YAML value as a parameter value and checks it against the declaration.
    private func value(of node: Node, as spec: ParameterSpec, _ path: String) throws -> ParameterValue {
        let value: ParameterValue
        switch spec.type {
        case .integer:
            guard let v = integer(node) else { throw error(node, path, "must be a whole number") }
            value = .integer(v)
        case .number:
            guard let v = number(node) else { throw error(node, path, "must be a number") }
            value = .number(v)
        case .boolean:
            guard case .scalar = node, Resolver.default.resolveTag(of: node) == .bool, let v = node.bool else {
                throw error(node, path, "must be true or false")
            }
            value = .bool(v)
        case .string, .choice:
            value = .string(try string(node, path))
        case .list:
            value = .list(try strings(node, path))
        }
        if let problem = spec.problem(with: value) { throw error(node, path, problem) }
        return value
    }

    private func parts(_ node: Node?, _ path: String) throws -> [ModelPart] {
        guard let node else { return [] }
        let names = try strings(node, path)
        return try names.map { name in
            guard let part = ModelPart(rawValue: name) else {
                throw error(node, path, "unknown model part '\(name)'; use \(ModelPart.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return part
        }
    }

    // MARK: Typed nodes

    /// A mapping's values by key, with unknown and missing keys reported.
    private func mapping(_ node: Node, _ path: String, allowed: [String], required: [String]) throws -> [String: Node] {
        guard case .mapping(let mapping) = node else {
            throw error(node, path, path.isEmpty ? "the manifest must be a mapping of keys to values" : "must be a mapping of keys to values")
        }
        var result: [String: Node] = [:]
        for (keyNode, valueNode) in mapping {
            guard let key = keyNode.string else { throw error(keyNode, path, "keys must be text") }
            guard !key.isEmpty else {
                throw error(keyNode, path, "a key is empty; expected one of \(allowed.joined(separator: ", "))")
            }
            let full = path.isEmpty ? key : "\(path).\(key)"
            guard allowed.contains(key) else {
                throw error(keyNode, full, "unknown key; expected one of \(allowed.joined(separator: ", "))")
            }
            result[key] = valueNode
        }
        for key in required where result[key] == nil {
            throw error(node, path.isEmpty ? key : "\(path).\(key)", "missing required key")
        }
        return result
    }

    private func localized(_ node: Node, _ path: String, requireAll: Bool) throws -> LocalizedText {
        if !requireAll, case .scalar = node { return LocalizedText([.en: try string(node, path)]) }
        let map = try mapping(node, path, allowed: Language.allCases.map(\.rawValue),
                              required: requireAll ? Language.allCases.map(\.rawValue) : ["en"])
        var values: [Language: String] = [:]
        for (key, value) in map {
            let text = try string(value, "\(path).\(key)")
            guard !text.isBlank else { throw error(value, "\(path).\(key)", "must not be empty") }
            values[Language(rawValue: key)!] = text
        }
        return LocalizedText(values)
    }

    private func string(_ node: Node, _ path: String) throws -> String {
        guard case .scalar(let scalar) = node, Resolver.default.resolveTag(of: node) != .null else { throw error(node, path, "must be text") }
        return scalar.string
    }

    private func strings(_ node: Node, _ path: String) throws -> [String] {
        guard case .sequence(let list) = node else { throw error(node, path, "must be a list, for example [a, b]") }
        return try list.enumerated().map { try string($0.element, "\(path)[\($0.offset)]") }
    }

    private func integer(_ node: Node) -> Int? {
        guard case .scalar = node, Resolver.default.resolveTag(of: node) == .int else { return nil }
        return node.int
    }

    private func number(_ node: Node) -> Double? {
        guard case .scalar = node else { return nil }
        switch Resolver.default.resolveTag(of: node) {
        case .int: return node.int.map(Double.init)
        case .float: return node.float
        default: return nil
        }
    }

    // MARK: Errors

    /// The line after `first` where a block mapping gives `key` again at the same indentation.
    static func line(of key: String, after first: Mark, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = String(repeating: " ", count: max(first.column - 1, 0)) + key
        for index in lines.indices.dropFirst(first.line) {
            let rest = lines[index].dropFirst(start.count).drop { $0 == " " }
            if lines[index].hasPrefix(start), rest.first == ":" { return index + 1 }
        }
        return nil
    }

    /// An error at a node; the key path is left out at the top of the manifest, where it is empty.
    private func error(_ node: Node?, _ key: String?, _ message: String) -> RegistryError {
        RegistryError(file: displayPath, line: node?.mark?.line, column: node?.mark?.column, key: key?.isEmpty == true ? nil : key,
                      message: message)
    }

    private func translate(_ yaml: YamlError, text: String) -> RegistryError {
        switch yaml {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
             .composer(_, let problem, let mark, _):
            return RegistryError(file: displayPath, line: mark.line, column: mark.column, message: "YAML syntax: \(problem)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let first = context.mark
            guard let key = duplicates.first, !key.isEmpty else {
                return RegistryError(file: displayPath, line: first.line, column: first.column, message: "an empty key is given twice")
            }
            guard let again = Self.line(of: key, after: first, in: text) else {
                return RegistryError(file: displayPath, line: first.line, column: first.column, key: key, message: "key given twice")
            }
            return RegistryError(file: displayPath, line: again, column: first.column, key: key,
                                 message: "key given twice; it is first given on line \(first.line)")
        case .reader(let problem, _, _, _):
            return RegistryError(file: displayPath, message: "cannot read the file as UTF-8 text: \(problem)")
        default:
            return RegistryError(file: displayPath, message: "YAML: \(yaml)")
        }
    }
}
