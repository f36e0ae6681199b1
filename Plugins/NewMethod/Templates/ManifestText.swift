extension ScaffoldedMethod {
    /// `methods/builtin/<id>.yaml`: the registry manifest.
    var manifest: String {
        let languages = NewMethodOptions.languages
        return """
            # \(name): counts the cards of the chosen kinds in each category.
            id: \(id)
            version: 1.0.0
            name:
            \(languages.map { "  \($0): \(Literal.yaml(names[$0] ?? name))" }.joined(separator: "\n"))
            summary:
            \(languages.map { "  \($0): \(Literal.yaml(summaries[$0] ?? ""))" }.joined(separator: "\n"))
            implementation:
              module: \(module)
            reads: [items, categories]
            writes: [results]
            parameters:
              - name: kinds
                type: list
                default: [idea]
                help: Kinds of card to count (vision, strength, weakness, opportunity, threat, challenge, idea, proposal).
            # How documents and `atelier show` draw the result (see methods/README.md).
            result:
              shape: ranking
              value: {en: Cards, fr: Cartes, nl: Kaarten, de: Karten}
              group: {en: Category, fr: Catégorie, nl: Categorie, de: Kategorie}

            """
    }
}
