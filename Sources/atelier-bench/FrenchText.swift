/// The words of a Belgian public-service consultation, recombined into titles, descriptions and
/// problems: accents, apostrophes, « guillemets », ligatures, the odd ampersand, and now and then an
/// emoji or a line break, as people type them. Varied enough that deflate finds no long repeats.
enum FrenchText {
    static let verbs = [
        "Simplifier", "Numériser", "Former les agents à", "Évaluer", "Mutualiser", "Traduire", "Rendre accessible",
        "Accélérer", "Réorganiser", "Co-construire avec les usagers", "Harmoniser", "Publier", "Piloter",
        "Sécuriser", "Dématérialiser", "Regrouper", "Clarifier", "Automatiser", "Tester avec un panel", "Moderniser",
        "Réduire les délais de", "Décentraliser", "Ouvrir le week-end", "Mesurer la satisfaction sur",
        "Créer un guichet unique pour", "Supprimer les doublons dans", "Réécrire en langage clair",
        "Proposer en ligne", "Coordonner", "Préparer la réforme de",
    ]
    static let objects = [
        "les formulaires de demande d'allocations", "la prise de rendez-vous au guichet",
        "l'accueil téléphonique des citoyens âgés", "les courriers envoyés aux entreprises",
        "le suivi des plaintes et des réclamations", "l'accès aux bâtiments pour les personnes à mobilité réduite",
        "les horaires d'ouverture des antennes locales", "la publication des données ouvertes",
        "le changement d'adresse", "l'inscription des nouveaux habitants", "les primes à la rénovation énergétique",
        "le remboursement des frais de déplacement", "les demandes de carte d'identité électronique",
        "l'enregistrement des naissances", "les permis d'urbanisme", "la déclaration d'impôt simplifiée",
        "les marchés publics de faible montant", "l'accompagnement des demandeurs d'emploi",
        "l'aide sociale d'urgence", "les places en crèche", "les inscriptions scolaires",
        "la gestion des encombrants", "le stationnement des riverains", "les subsides aux associations",
        "la location des salles communales", "les certificats de domicile", "les autorisations d'événements",
        "l'accueil des primo-arrivants", "les bourses d'études", "le signalement des nids-de-poule",
        "la médiation de quartier", "les cours de français langue étrangère", "les chèques sport & culture",
        "l'évaluation des agents", "le télétravail des équipes", "la formation continue du personnel",
        "les archives numérisées", "le registre des associations", "les consultations citoyennes",
        "le budget participatif", "la communication de crise", "les plans de mobilité d'entreprise",
        "l'éclairage public", "la propreté des espaces verts", "le tri des déchets organiques",
    ]
    static let publics = [
        "des usagers", "des personnes âgées", "des familles monoparentales", "des indépendants",
        "des petites entreprises", "des étudiants", "des personnes en situation de handicap",
        "des nouveaux arrivants", "des agents de première ligne", "des associations de quartier",
        "des citoyens sans accès à internet", "des communes partenaires", "des jeunes de 18 à 25 ans",
    ]
    static let services = [
        "DG Accueil", "Service du personnel", "Cellule numérique", "Direction financière", "SPF BOSA",
        "DG Transformation digitale", "Service Langage clair et Communication", "DG Expérience usagers",
        "Cellule Qualité", "Direction des Affaires juridiques", "Service Population et État civil",
        "Département Urbanisme", "CPAS – Service social", "Service Mobilité", "Cellule Données & Statistiques",
        "Direction de l'Informatique", "Service Égalité des chances", "Bureau des marchés publics",
    ]
    static let partners = [
        "SPF Intérieur (Registre national)", "Banque-Carrefour des Entreprises", "BCSS", "SPF Finances",
        "Brulocalis", "UVCW", "VVSG", "Lire et Écrire", "easy.brussels", "Digitalwallonia", "CIRB",
        "Fédération des CPAS", "Ligue des familles", "Unia", "Smals", "Agence du Numérique",
        "Université de Liège", "ULB – Faculté de Philosophie et Sciences sociales", "Bibliothèques communales",
    ]
    static let bodies = [
        "Région de Bruxelles-Capitale", "Région wallonne", "Fédération Wallonie-Bruxelles",
        "Commune d'Ixelles", "Ville de Namur", "Province de Liège", "Communauté germanophone",
    ]
    static let means = [
        "un formulaire unique pré-rempli avec les données déjà connues",
        "une formation d'une journée au langage clair pour chaque rédacteur",
        "un pilote mené avec trois communes, une par région", "un tableau de bord publié chaque trimestre",
        "un panel de vingt usagers qui teste chaque nouveau courrier", "un rappel par SMS la veille du rendez-vous",
        "une permanence sans rendez-vous deux soirs par semaine", "un numéro d'appel unique et gratuit",
        "des aidants numériques dans les bibliothèques et les EPN", "un guide « pas à pas » illustré",
        "une API ouverte documentée en français et en néerlandais", "un circuit de validation réduit à deux signatures",
        "la traduction systématique en allemand et en anglais", "un accès conforme WCAG 2.1 AA",
        "une boîte à idées en ligne modérée chaque semaine", "un comité de suivi paritaire agents–usagers",
    ]
    static let measures = [
        "le temps gagné par les usagers", "le nombre d'appels évités", "le taux de dossiers complets du premier coup",
        "la satisfaction mesurée après chaque démarche", "le délai moyen de traitement", "le nombre de plaintes",
        "la part des démarches faites en ligne", "le coût par dossier traité",
    ]
    static let problems = [
        "Les citoyens doivent fournir plusieurs fois les mêmes informations",
        "Le langage administratif reste incompréhensible pour beaucoup d'usagers",
        "Près d'un Belge sur deux est en situation de vulnérabilité numérique",
        "Les délais de réponse dépassent souvent trois mois", "Les guichets ferment avant la fin de la journée de travail",
        "Les services ne partagent pas leurs données et se renvoient les usagers",
        "Les formulaires papier se perdent entre deux services", "L'information est dispersée sur cinq sites différents",
        "Les agents de première ligne ne sont pas formés aux nouvelles procédures",
        "Les personnes à mobilité réduite n'ont pas accès au bâtiment principal",
        "Les courriers ne précisent ni le délai ni la personne de contact",
        "Le budget consacré à l'accueil a baissé de 12 % en trois ans",
        "Les plaintes ne reçoivent aucun accusé de réception",
    ]
    static let closings = [
        "Le principe « only once » de la loi du 5 mai 2014 sert de base légale.",
        "Aucun nouveau texte n'est nécessaire pour le volet fédéral.", "Les résultats sont publiés six mois après le lancement.",
        "L'équipe rend compte au comité de direction chaque trimestre.", "Le coût est couvert par le budget 2026 & 2027.",
        "Les usagers sont associés dès la conception, pas seulement au test final.",
        "Chaque étape est journalisée et visible par le citoyen dans MyGov.be.",
        "Les agents concernés sont consultés avant toute décision — c'est la condition du succès.",
        "Un bilan intermédiaire est présenté au conseil communal.", "La mesure est réversible si l'évaluation est négative.",
    ]
    static let emoji = ["👍", "✅", "🚲", "♿", "📬"]

    static func title(_ r: inout SeededRandom) -> String {
        var title = "\(r.pick(verbs)) \(r.pick(objects))"
        if r.oneIn(3) { title += " \(r.pick(publics))" }
        if r.oneIn(5) { title += " d'ici \(2026 + r.below(4))" }
        return title
    }

    static func description(_ r: inout SeededRandom) -> String {
        var sentences = [
            "Pour \(r.pick(objects)) \(r.pick(publics)), le service met en place \(r.pick(means)).",
        ]
        if !r.oneIn(4) {
            sentences.append("L'équipe mesure \(r.pick(measures)) et vise une amélioration de \(5 + r.below(46)) % en \(1 + r.below(3)) an\(r.oneIn(3) ? "" : "s").")
        }
        if r.oneIn(2) { sentences.append(r.pick(closings)) }
        if r.oneIn(3) { sentences.append("Partenaire clé : \(r.pick(partners)) (\(10 + r.below(190)) agents concernés).") }
        var text = sentences.joined(separator: " ")
        if r.oneIn(40) { text += " \(r.pick(emoji))" }
        if r.oneIn(25) { text += "\nÉtape suivante : \(r.pick(means))." }
        return text
    }

    static func problem(_ r: inout SeededRandom) -> String {
        var text = r.pick(problems)
        if r.oneIn(2) { text += " ; \(r.pick(problems).lowercasedFirst)" }
        return text + "."
    }
}

extension String {
    /// The text with its first letter in lower case (`Les` → `les`).
    var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
