/// The rules for a method's registry id and its Swift module name.
enum MethodNaming {
    /// Whether `id` is a registry id: lowercase ASCII letters, digits and dashes, starting with a
    /// letter and not ending with a dash (the rule `ManifestLoader.isValidID` applies in AtelierKit).
    static func isValidID(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, ("a"..."z").contains(first), !id.hasSuffix("-") else { return false }
        return id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The module name for an id: its dash-separated words, each starting with a capital
    /// (`pestle` → `Pestle`, `start-stop-continue` → `StartStopContinue`).
    static func moduleName(forID id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// Whether `name` can name the module and its method type: an ASCII capital letter, then ASCII
    /// letters and digits.
    static func isValidModuleName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }

    /// Names the generated code refers to, or that Swift reserves: a method type with one of these
    /// names would hide it and the new module would not compile.
    static let namesTheTemplatesUse: Set<String> = [
        "Any", "Self", "Type", "Protocol",
        "String", "Int", "Double", "Bool", "Array", "Dictionary", "Optional", "Error", "Sendable",
        "Testing", "Test", "Suite", "CategoryCount",
    ]
}
