/// The edits that wire a new module into the package and into `atelier`, made on the files' text.
///
/// Each edit finds the code it extends by an anchor and adds one element; when the anchor is missing
/// (the file was reorganised), it is refused with the line to add by hand.
enum PackageWiring {
    static let packageFile = "Package.swift"
    static let hostFile = "Sources/atelier/BuiltinMethods.swift"

    static let modulesAnchor = "let methodModules: [String] = ["
    static let builtinsAnchor = "static let all: [any WorkshopMethod] = ["

    /// The module names `Package.swift` lists in `methodModules`.
    /// - Throws: ``ScaffoldRefusal`` when the array is not found.
    static func methodModules(in package: String) throws(ScaffoldRefusal) -> [String] {
        try array(in: package, anchor: modulesAnchor, file: packageFile, purpose: "the list of method modules").strings
    }

    /// `Package.swift` with the module added to `methodModules`; the package derives the module's target
    /// and the `MethodTests` dependency from that list.
    /// - Throws: ``ScaffoldRefusal`` when the array is not found.
    static func package(_ text: String, adding method: ScaffoldedMethod) throws(ScaffoldRefusal) -> String {
        let modules = try array(in: text, anchor: modulesAnchor, file: packageFile, purpose: "the list of method modules")
        return modules.appending(Literal.swift(method.module))
    }

    /// `BuiltinMethods.swift` with the module imported (imports kept sorted) and its method registered.
    /// - Throws: ``ScaffoldRefusal`` when the list of methods or the imports are not found, or when
    ///   the module is already imported or registered.
    static func host(_ text: String, adding method: ScaffoldedMethod) throws(ScaffoldRefusal) -> String {
        let builtins = try array(in: text, anchor: builtinsAnchor, file: hostFile, purpose: "the list of built-in methods")
        let registered = builtins.text[builtins.open...builtins.close].split { !($0.isLetter || $0.isNumber || $0 == "_") }
        guard !registered.contains(Substring(method.module)) else {
            throw ScaffoldRefusal("\(hostFile) already registers \(method.module)(); choose another module name with --module")
        }
        var lines = builtins.appending("\(method.module)()").split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let imports = lines.indices.filter { lines[$0].hasPrefix("import ") }
        guard let lastImport = imports.last else {
            throw ScaffoldRefusal(
                "\(hostFile) has no import lines, so new-method cannot tell where to add 'import \(method.target)'; "
                    + "add it and '\(method.module)(),' to BuiltinMethods.all by hand")
        }
        let importLine = "import \(method.target)"
        guard !imports.contains(where: { lines[$0].trimmingWhitespace == importLine }) else {
            throw ScaffoldRefusal("\(hostFile) already imports \(method.target); choose another module name with --module")
        }
        let position = imports.first { lines[$0] > importLine } ?? lastImport + 1
        lines.insert(importLine, at: position)
        return lines.joined(separator: "\n")
    }

    /// The array literal after `anchor`.
    /// - Throws: ``ScaffoldRefusal`` saying what was looked for, and what to do, when it is not found once.
    private static func array(in text: String, anchor: String, file: String, purpose: String) throws(ScaffoldRefusal) -> ArrayLiteral {
        guard let array = ArrayLiteral(in: text, anchor: anchor) else {
            throw ScaffoldRefusal(
                "\(file): cannot find \(purpose) — new-method looks for exactly one '\(anchor)' followed by "
                    + "its elements and a closing ']'; restore that line, or wire the module in by hand (see methods/README.md)")
        }
        return array
    }
}
