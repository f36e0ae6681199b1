/// The method `new-method` creates: its id, module and texts, from which the templates are rendered.
struct ScaffoldedMethod {
    /// The registry id (`pestle`).
    let id: String
    /// The module name (`Pestle`): the method type, and the target `<module>Method`.
    let module: String
    /// The name in each working language.
    let names: [String: String]
    /// The one-line summary in each working language.
    let summaries: [String: String]

    /// What the method does, when `--summary` does not say.
    static let defaultSummaries = [
        "en": "Counts the cards of the chosen kinds in each category and ranks the categories by their number of cards.",
        "fr": "Compte les cartes des types choisis dans chaque catégorie et classe les catégories selon leur nombre de cartes.",
        "nl": "Telt de kaarten van de gekozen soorten per categorie en rangschikt de categorieën naar hun aantal kaarten.",
        "de": "Zählt die Karten der gewählten Arten in jeder Kategorie und ordnet die Kategorien nach ihrer Kartenzahl.",
    ]

    init(_ options: NewMethodOptions, module: String) {
        id = options.id
        self.module = module
        names = options.names
        summaries = Self.defaultSummaries.merging(options.summaries) { _, given in given }
    }

    /// The target's name in `Package.swift`.
    var target: String { module + "Method" }

    /// The English name, for comments and the page's title.
    var name: String { names["en"] ?? id }

    /// The module's folder, from the package's root.
    var folder: String { "Sources/Methods/\(module)" }
    /// The manifest's path.
    var manifestPath: String { "methods/builtin/\(id).yaml" }
    /// The page's path.
    var pagePath: String { "methods/builtin/\(id).md" }
    /// The test file's path.
    var testPath: String { "Tests/MethodTests/\(module)Tests.swift" }

    /// The files to create, by path from the package's root, in the order they are written.
    var files: [(path: String, contents: String)] {
        [
            ("\(folder)/\(module).swift", methodSource),
            ("\(folder)/\(module)Texts.swift", textsSource),
            ("\(folder)/CategoryCount.swift", categoryCountSource),
            (manifestPath, manifest),
            (pagePath, page),
            (testPath, testSource),
        ]
    }
}
