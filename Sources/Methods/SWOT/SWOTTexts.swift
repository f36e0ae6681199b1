import AtelierKit

/// What the SWOT method writes for people, in the four working languages.
struct SWOTTexts {
    let language: Language

    /// The text of a candidate challenge that builds on `basis` (a strength or weakness) and addresses
    /// `target` (an opportunity or threat).
    func challenge(_ strategy: TOWSStrategy, basis: String, target: String) -> String {
        let i = quoted(basis)
        let e = quoted(target)
        switch (strategy, language) {
        case (.so, .en): return "How might we use \(i) to seize \(e)?"
        case (.so, .fr): return "Comment pourrions-nous nous appuyer sur \(i) pour saisir \(e)\u{A0}?"
        case (.so, .nl): return "Hoe kunnen we \(i) inzetten om \(e) te benutten?"
        case (.so, .de): return "Wie können wir \(i) nutzen, um \(e) zu ergreifen?"
        case (.st, .en): return "How might we use \(i) to counter \(e)?"
        case (.st, .fr): return "Comment pourrions-nous nous appuyer sur \(i) pour contrer \(e)\u{A0}?"
        case (.st, .nl): return "Hoe kunnen we \(i) inzetten om \(e) af te wenden?"
        case (.st, .de): return "Wie können wir \(i) nutzen, um \(e) abzuwenden?"
        case (.wo, .en): return "How might we seize \(e) to overcome \(i)?"
        case (.wo, .fr): return "Comment pourrions-nous saisir \(e) pour surmonter \(i)\u{A0}?"
        case (.wo, .nl): return "Hoe kunnen we \(e) benutten om \(i) te verhelpen?"
        case (.wo, .de): return "Wie können wir \(e) ergreifen, um \(i) zu überwinden?"
        case (.wt, .en): return "How might we reduce \(i) so that \(e) does less harm?"
        case (.wt, .fr): return "Comment pourrions-nous réduire \(i) pour limiter les effets de \(e)\u{A0}?"
        case (.wt, .nl): return "Hoe kunnen we \(i) verkleinen zodat \(e) minder schade doet?"
        case (.wt, .de): return "Wie können wir \(i) verringern, damit \(e) weniger schadet?"
        }
    }

    /// The one-line summary of a run.
    func summary(cards: Int, items: Int, challenges: Int) -> String {
        let duplicates = cards - items
        switch language {
        case .en:
            return "SWOT: \(count(cards, "card", "cards")) merged into \(count(items, "item", "items")) "
                + "(\(count(duplicates, "duplicate", "duplicates"))); "
                + "\(count(challenges, "candidate challenge", "candidate challenges")) from the TOWS cross-strategies."
        case .fr:
            return "SWOT\u{A0}: \(count(cards, "carte regroupée", "cartes regroupées")) en "
                + "\(count(items, "élément", "éléments")) (\(count(duplicates, "doublon", "doublons")))\u{A0}; "
                + "\(count(challenges, "défi candidat", "défis candidats")) issus des stratégies croisées TOWS."
        case .nl:
            return "SWOT: \(count(cards, "kaart", "kaarten")) samengevoegd tot \(count(items, "punt", "punten")) "
                + "(\(count(duplicates, "dubbel", "dubbels"))); "
                + "\(count(challenges, "kandidaat-uitdaging", "kandidaat-uitdagingen")) uit de TOWS-kruisstrategieën."
        case .de:
            return "SWOT: \(count(cards, "Karte", "Karten")) zu \(count(items, "Punkt", "Punkten")) zusammengeführt "
                + "(\(count(duplicates, "Duplikat", "Duplikate"))); "
                + "\(count(challenges, "Kandidat", "Kandidaten")) für Herausforderungen aus den TOWS-Kreuzstrategien."
        }
    }

    /// Says that a quadrant has more items than the result shows.
    func hidden(_ count: Int, of quadrant: Quadrant, maxItems: Int) -> String {
        let name = plural(quadrant)
        switch language {
        case .en: return "\(name.prefix(1).uppercased() + name.dropFirst()) not shown: \(count) (max_items is \(maxItems))."
        case .fr: return "\(name.prefix(1).uppercased() + name.dropFirst()) non affichées\u{A0}: \(count) (max_items vaut \(maxItems))."
        case .nl: return "\(name.prefix(1).uppercased() + name.dropFirst()) niet getoond: \(count) (max_items is \(maxItems))."
        case .de: return "Nicht angezeigte \(name): \(count) (max_items ist \(maxItems))."
        }
    }

    /// Says that a cross-strategy yields nothing because one of its quadrants is empty.
    func skipped(_ strategy: TOWSStrategy) -> String {
        let label = strategy.rawValue.uppercased()
        let i = plural(strategy.internalQuadrant)
        let e = plural(strategy.externalQuadrant)
        switch language {
        case .en: return "No \(label) candidate challenges: the \(i) or the \(e) quadrant is empty."
        case .fr: return "Aucun défi candidat \(label)\u{A0}: le quadrant des \(i) ou celui des \(e) est vide."
        case .nl: return "Geen \(label)-kandidaat-uitdagingen: het kwadrant \(i) of \(e) is leeg."
        case .de: return "Keine \(label)-Kandidaten: Der Quadrant \(i) oder \(e) ist leer."
        }
    }

    /// Says that a candidate challenge of an earlier run is kept because other records refer to it.
    func kept(_ challenge: String, referredToBy referrers: [String]) -> String {
        let list = referrers.joined(separator: ", ")
        switch language {
        case .en:
            return "Candidate challenge \(challenge) no longer comes from the top items; it is kept because it is referred to by: \(list)."
        case .fr:
            return "Le défi candidat \(challenge) ne provient plus des premiers éléments\u{A0}; il est conservé car il est cité par\u{A0}: \(list)."
        case .nl:
            return "Kandidaat-uitdaging \(challenge) komt niet meer uit de bovenste punten; ze blijft omdat ernaar verwezen wordt door: \(list)."
        case .de:
            return "Der Kandidat \(challenge) stammt nicht mehr aus den obersten Punkten; er bleibt, weil darauf verwiesen wird von: \(list)."
        }
    }

    /// The plural name of a quadrant, in running text.
    func plural(_ quadrant: Quadrant) -> String {
        switch (quadrant, language) {
        case (.strength, .en): "strengths"
        case (.strength, .fr): "forces"
        case (.strength, .nl): "sterktes"
        case (.strength, .de): "Stärken"
        case (.weakness, .en): "weaknesses"
        case (.weakness, .fr): "faiblesses"
        case (.weakness, .nl): "zwaktes"
        case (.weakness, .de): "Schwächen"
        case (.opportunity, .en): "opportunities"
        case (.opportunity, .fr): "opportunités"
        case (.opportunity, .nl): "kansen"
        case (.opportunity, .de): "Chancen"
        case (.threat, .en): "threats"
        case (.threat, .fr): "menaces"
        case (.threat, .nl): "bedreigingen"
        case (.threat, .de): "Risiken"
        }
    }

    /// A card's text inside the language's quotation marks, on one line.
    private func quoted(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        switch language {
        case .en, .nl: return "“\(line)”"
        case .fr: return "«\u{A0}\(line)\u{A0}»"
        case .de: return "„\(line)“"
        }
    }

    private func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
