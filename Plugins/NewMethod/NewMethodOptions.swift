import PackagePlugin

/// What `swift package new-method` was asked to create, read from its arguments.
struct NewMethodOptions {
    /// The working languages, in the order manifests list them.
    static let languages = ["en", "fr", "nl", "de"]

    /// How to call the command, shown with `--help` and after a usage error.
    static let usage = """
        usage: swift package --allow-writing-to-package-directory new-method --id ID --name NAME [options]
          --id ID            the method's registry id: lowercase letters, digits and dashes, starting with a letter
          --name NAME        its name, used in every language unless --name-fr, --name-nl or --name-de is given
          --name-LANG NAME   its name in fr, nl or de
          --summary TEXT     one line on what it does, in every language unless --summary-LANG is given
          --summary-LANG TEXT
          --module NAME      the Swift module name (default: the id in UpperCamelCase, pestle-v2 → PestleV2)
        example: swift package --allow-writing-to-package-directory new-method --id pestle --name "PESTLE analysis"
        """

    /// The registry id, as given.
    let id: String
    /// The module name, when `--module` gives one.
    let module: String?
    /// The name in each of ``languages``.
    let names: [String: String]
    /// The summary in each language that `--summary` or `--summary-LANG` gives; the others are absent.
    let summaries: [String: String]
    /// Whether `--help` was asked for.
    let help: Bool

    /// Reads the arguments.
    /// - Throws: ``ScaffoldRefusal`` when an option is missing, repeated, unknown or has a blank or
    ///   multi-line value.
    init(_ arguments: [String]) throws(ScaffoldRefusal) {
        var extractor = ArgumentExtractor(arguments)
        help = extractor.extractFlag(named: "help") > 0
        var problems: [String] = []
        func single(_ option: String) -> String? {
            let values = extractor.extractOption(named: option)
            guard let value = values.last else { return nil }
            if values.count > 1 { problems.append("--\(option) is given \(values.count) times; give it once") }
            if value.allSatisfy(\.isWhitespace) { problems.append("--\(option) is blank; give it a value") }
            if value.contains(where: \.isNewline) { problems.append("--\(option) spans several lines; give it one line") }
            return value.trimmingWhitespace
        }
        let id = single("id")
        module = single("module")
        let name = single("name")
        let summary = single("summary")
        var names: [String: String] = [:]
        var summaries: [String: String] = [:]
        for language in Self.languages {
            names[language] = single("name-\(language)") ?? name
            summaries[language] = single("summary-\(language)") ?? summary
        }
        if !extractor.remainingArguments.isEmpty {
            problems.append("unknown arguments: \(extractor.remainingArguments.joined(separator: " ")) (see the usage below)")
        }
        if !help {
            if id == nil { problems.append("--id is missing: give the method's registry id, for example --id pestle") }
            if names["en"] == nil {
                problems.append("--name is missing: give the method's name, for example --name \"PESTLE analysis\"")
            }
        }
        guard problems.isEmpty else { throw ScaffoldRefusal(problems, usage: Self.usage) }
        self.id = id ?? ""
        self.names = names
        self.summaries = summaries
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingWhitespace: String {
        String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
