import AtelierKit

/// A two-day workshop of a Belgian federal administration, with the text people really type:
/// French, Dutch and German with accents and apostrophes, « guillemets », emoji, a right-to-left
/// name, tabs, runs of spaces, line breaks, control characters, a 10,000-character description and
/// titles that look like spreadsheet formulas.
enum SampleWorkshop {
    static let rightToLeftName = "مريم العلوي"
    static let formulaTitle = "=1+1 Simplifier les formulaires"
    static let longDescription = String(repeating: "Dix mille caractères : « accueil » & suivi. ", count: 228)
        .prefix(10_000).description

    static func make(pseudonymise: Bool = false, language: Language = .fr) -> Workshop {
        var workshop = Workshop(info: WorkshopInfo(
            title: "Budget 2027 : l'accueil « guichet unique » 🏛️",
            organisation: "SPF Stratégie & Appui — DG Transformation",
            place: "Bruxelles, Résidence Palace",
            startDate: CalendarDate(year: 2025, month: 3, day: 12),
            endDate: CalendarDate(year: 2025, month: 3, day: 13),
            languages: [language, .nl, .de],
            pseudonymise: pseudonymise))
        workshop.agenda = Agenda(days: [
            AgendaDay(number: 1, title: "Diagnostic", date: CalendarDate(year: 2025, month: 3, day: 12), steps: [
                AgendaStep(id: "day1-swot", title: "SWOT", method: "swot", minutes: 60, status: .done),
                AgendaStep(id: "day1-brainwriting", title: "Brainwriting 6-3-5", method: "brainwriting",
                           parameters: ["ideas_per_round": .integer(3), "group_size": .integer(6)], minutes: 40,
                           status: .done),
            ]),
            AgendaDay(number: 2, title: "Décisions", date: CalendarDate(year: 2025, month: 3, day: 13), steps: [
                AgendaStep(id: "day2-matrix", title: "Matrice", method: "prioritisation-matrix", status: .done),
                AgendaStep(id: "day2-vote", title: "Gommettes", method: "dot-voting", status: .done),
                AgendaStep(id: "day2-plan", title: "Plan d'action", method: "action-plan", status: .done),
            ]),
        ])
        workshop.participants = participants
        workshop.categories = [
            Category(id: "cat-access", name: "Accessibilité des services", description: "Horaires, guichets\tet canaux"),
            Category(id: "cat-digital", name: "Numérique", description: nil),
            Category(id: "cat-staff", name: "Personnel & compétences"),
            Category(id: "cat-budget", name: "Budget"),
        ]
        workshop.criteria = [
            Criterion(id: "impact", name: "Impact"),
            Criterion(id: "feasibility", name: "Faisabilité"),
        ]
        workshop.items = items
        workshop.scores = scores
        workshop.ballots = ballots
        workshop.results = results
        workshop.actions = actions
        return workshop
    }

    static let participants: [Participant] = [
        Participant(id: "p01", name: "Anne-Sophie Dubois", group: "A"),
        Participant(id: "p02", name: "Jan Peeters", group: "A"),
        Participant(id: "p03", name: "Lukas Müller", group: "A"),
        Participant(id: "p04", name: rightToLeftName, group: "A"),
        Participant(id: "p05", name: "Chloé  Lambert", group: "A"),
        Participant(id: "p06", name: "Pieter-Jan Van den Broeck", group: "A"),
        Participant(id: "p07", name: "Émilie O'Neill", group: "B"),
        Participant(id: "p08", name: "Jürgen Schäfer", group: "B"),
        Participant(id: "p09", name: "Saskia De Smet", group: "B"),
        Participant(id: "p10", name: "Nadia\u{0007}Benali", group: "B"),
        Participant(id: "p11", name: "Marc Lejeune", group: "B"),
        Participant(id: "f01", name: "Claire Facilitatrice", role: .facilitator),
    ]

    static let items: [Item] = [
        Item(id: "s1", text: "Personnel motivé et « polyvalent »", kind: .strength, author: "p01", step: "day1-swot"),
        Item(id: "s2", text: "Sterke lokale verankering 💪", kind: .strength, author: "p02", step: "day1-swot"),
        Item(id: "s3", text: "personnel motivé", kind: .strength, author: "p05", step: "day1-swot", duplicateOf: "s1"),
        Item(id: "w1", text: "Applications informatiques\tvieillissantes", kind: .weakness, author: "p03", step: "day1-swot"),
        Item(id: "w2", text: "Lange wachttijden aan het loket\nvooral op maandag", kind: .weakness, author: "p09",
             step: "day1-swot"),
        Item(id: "o1", text: "Plan de relance européen (FRR)", kind: .opportunity, author: "p07", step: "day1-swot"),
        Item(id: "t1", text: "Départs à la retraite d'ici 2027", kind: .threat, author: "p08", step: "day1-swot"),
        Item(id: "t2", text: "Cyberangriffe auf öffentliche Dienste", kind: .threat, author: "p03", step: "day1-swot"),
        Item(id: "c1", text: "Comment réduire l'attente au guichet ?", kind: .challenge, category: "cat-access"),
        Item(id: "c2", text: "Hoe digitaliseren zonder iemand uit te sluiten?", kind: .challenge, category: "cat-digital"),
        Item(id: "c3", text: "Wie halten wir Fachwissen im Haus?", kind: .challenge, category: "cat-staff"),
        Item(id: "c4", text: "Défi sans catégorie", kind: .challenge),
        Item(id: "i1", text: "Rendez-vous en ligne   avec rappel SMS", kind: .idea, author: "p01", step: "day1-brainwriting",
             addresses: "c1", position: SheetPosition(group: 1, sheet: 1, round: 1, slot: 1)),
        Item(id: "i2", text: "Rappel par e-mail la veille", kind: .idea, author: "p02", buildsOn: "i1",
             step: "day1-brainwriting", addresses: "c1", position: SheetPosition(group: 1, sheet: 1, round: 2, slot: 1)),
        Item(id: "i3", text: "Digitale assistent in drie talen", kind: .idea, author: "p09", step: "day1-brainwriting",
             addresses: "c2", position: SheetPosition(group: 2, sheet: 1, round: 1, slot: 1)),
        Item(id: "i4", text: "Mentoring zwischen Generationen", kind: .idea, author: "p08", step: "day1-brainwriting",
             addresses: "c3", position: SheetPosition(group: 2, sheet: 2, round: 1, slot: 1)),
        Item(id: "pr1", text: "Prise de rendez-vous en ligne", kind: .proposal),
        Item(id: "pr2", text: "Loket op afspraak, ook 's avonds", kind: .proposal),
        Item(id: "pr3", text: "Wissensdatenbank für alle Dienste", kind: .proposal),
        Item(id: "pr4", text: formulaTitle, kind: .proposal),
        Item(id: "pr5", text: "Chatbot 🤖 pour les questions fréquentes", kind: .proposal),
    ]

    static var scores: [Score] {
        let values: [(String, Double, Double)] = [
            ("pr1", 4.5, 4), ("pr2", 4, 2), ("pr3", 3, 4.5), ("pr4", 2, 4), ("pr5", 2, 1.5),
        ]
        return values.flatMap { item, impact, feasibility in
            [
                Score(item: item, criterion: "impact", value: impact, participant: "p01", step: "day2-matrix"),
                Score(item: item, criterion: "feasibility", value: feasibility, group: "A", step: "day2-matrix"),
                Score(item: item, criterion: "impact", value: impact, step: "day2-matrix"),
            ]
        }
    }

    static let ballots: [Ballot] = [
        Ballot(participant: "p01", item: "pr1", dots: 3, step: "day2-vote"),
        Ballot(participant: "p02", item: "pr1", dots: 2, step: "day2-vote"),
        Ballot(participant: "p03", item: "pr3", dots: 5, step: "day2-vote"),
        Ballot(participant: "p04", item: "pr2", dots: 4, step: "day2-vote"),
        Ballot(participant: "p05", item: "pr4", dots: 1, step: "day2-vote"),
        Ballot(item: "pr5", dots: 4, step: "day2-vote"),
    ]

    static let results: [StepResult] = [
        StepResult(step: "day1-swot", method: "swot", summary: "8 cartes, 1 doublon fusionné.", entries: [
            ResultEntry(item: "s1", rank: 1, value: 2, group: "strength", members: ["s3"]),
            ResultEntry(item: "s2", rank: 2, value: 1, group: "strength"),
            ResultEntry(item: "w1", rank: 1, value: 1, group: "weakness", flags: ["tie"]),
            ResultEntry(item: "w2", rank: 1, value: 1, group: "weakness", flags: ["tie"]),
            ResultEntry(item: "o1", rank: 1, value: 1, group: "opportunity"),
            ResultEntry(item: "t1", rank: 1, value: 1, group: "threat", flags: ["tie"]),
            ResultEntry(item: "t2", rank: 1, value: 1, group: "threat", flags: ["tie"]),
        ], metrics: ["cards": 8, "items": 7, "duplicates": 1]),
        StepResult(
            step: "day1-brainwriting", method: "brainwriting", summary: "Deux groupes, 4 idées retenues.",
            groups: [
                ParticipantGroup(name: "A", members: ["p01", "p02", "p03", "p04", "p05", "p06"], rotation: [
                    ["p01", "p02", "p03", "p04", "p05", "p06"], ["p02", "p03", "p04", "p05", "p06", "p01"],
                    ["p03", "p04", "p05", "p06", "p01", "p02"], ["p04", "p05", "p06", "p01", "p02", "p03"],
                    ["p05", "p06", "p01", "p02", "p03", "p04"], ["p06", "p01", "p02", "p03", "p04", "p05"],
                ]),
                ParticipantGroup(name: "B", members: ["p07", "p08", "p09", "p10", "p11"], rotation: [
                    ["p07", "p08", "p09", "p10", "p11"], ["p08", "p09", "p10", "p11", "p07"],
                    ["p09", "p10", "p11", "p07", "p08"], ["p10", "p11", "p07", "p08", "p09"],
                    ["p11", "p07", "p08", "p09", "p10"],
                ]),
            ],
            metrics: ["ideas": 4]),
        StepResult(
            step: "day2-matrix", method: "prioritisation-matrix", summary: "Cinq propositions classées.",
            entries: [
                ResultEntry(item: "pr1", rank: 1, value: 4.25, values: ["impact": 4.5, "feasibility": 4], group: "quick-win"),
                ResultEntry(item: "pr3", rank: 2, value: 3.75, values: ["impact": 3, "feasibility": 4.5], group: "quick-win"),
                ResultEntry(item: "pr2", rank: 3, value: 3, values: ["impact": 4, "feasibility": 2], group: "major-project"),
                ResultEntry(item: "pr4", rank: 3, value: 3, values: ["impact": 2, "feasibility": 4], group: "fill-in"),
                ResultEntry(item: "pr5", rank: 5, value: 1.75, values: ["impact": 2, "feasibility": 1.5],
                            group: "thankless", flags: ["disagreement"]),
            ]),
        StepResult(
            step: "day2-vote", method: "dot-voting", summary: "10 votants sur 11.",
            entries: [
                ResultEntry(item: "pr1", rank: 1, value: 5, values: ["voters": 2], flags: ["selected"]),
                ResultEntry(item: "pr3", rank: 2, value: 5, values: ["voters": 1], flags: ["selected"]),
                ResultEntry(item: "pr2", rank: 3, value: 4, values: ["voters": 1], flags: ["tie", "selected"]),
                ResultEntry(item: "pr5", rank: 3, value: 4, values: ["voters": 0], flags: ["tie", "selected"]),
                ResultEntry(item: "pr4", rank: 5, value: 1, values: ["voters": 1]),
            ],
            metrics: ["voters": 10]),
    ]

    /// The agreed actions: the tricky ones first, then ordinary ones up to `count`.
    static var actions: [Action] { actions(count: 24) }

    static func actions(count: Int) -> [Action] {
        var list: [Action] = [
            Action(
                id: "A1", title: "Ouvrir la prise de rendez-vous en ligne", description: longDescription,
                problem: "L'attente au guichet", carrier: .administration, owner: "DG Accueil",
                partners: ["BOSA", "Smals"], horizon: Horizon("2026-06"), rank: 1, budget: "40 000 € (budget 2027)",
                status: .limited,
                milestones: [Milestone(title: "Cahier des charges", due: Horizon("2025-09"), done: true),
                             Milestone(title: "Mise en service", due: Horizon("2026-06-30"))],
                sources: ["pr1", "i1"], dots: 5, score: 4.25),
            Action(
                id: "A2", title: "  Loket op afspraak,  ook 's avonds ", description: "Eerste lijn\nTweede lijn\r\nDerde\tkolom",
                carrier: .government, owner: "Kabinet", horizon: Horizon("2027"), rank: 2, status: .notStarted,
                sources: ["pr2"], dots: 4, score: 3),
            Action(id: "A3", title: formulaTitle, carrier: .other("Région wallonne"), owner: "SPW",
                   horizon: Horizon("2026-12-31"), rank: 3, status: .substantial, sources: ["pr4"], dots: 1, score: 3),
            Action(id: "A4", title: "Wissensdatenbank für alle Dienste 📚", carrier: .administration,
                   owner: "Abteilung Personal", partners: ["Ostbelgien"], horizon: Horizon("2027-03"), rank: 4,
                   status: .completed, sources: ["pr3"], dots: 5, score: 3.75),
            Action(id: "A5", title: "مساعدة المواطنين في الشباك", carrier: .administration, owner: rightToLeftName,
                   rank: 5, sources: ["pr5"], dots: 4, score: 1.75),
            Action(id: "A6", title: "Contrôle\u{0001}caractères\u{000B}interdits\u{FFFF}", carrier: .government,
                   rank: 6),
            Action(id: "A7", title: "Action sans rang ni échéance", carrier: .other("Ville de Bruxelles")),
        ]
        let themes = ["Former les agents", "Traduire les formulaires", "Mesurer la satisfaction",
                      "Mutualiser les guichets", "Informer les citoyens"]
        var index = list.count
        while list.count < count {
            index += 1
            let carrier: Carrier = index % 3 == 0 ? .government : index % 7 == 0 ? .other("Fédération Wallonie-Bruxelles")
                : .administration
            list.append(Action(
                id: "A\(index)", title: "\(themes[index % themes.count]) n°\(index)",
                description: "Action \(index) : suivi trimestriel.", carrier: carrier, owner: "Service \(index % 9)",
                partners: index % 2 == 0 ? ["SPF Finances"] : [], horizon: Horizon("\(2026 + index % 3)-0\(1 + index % 9)"),
                rank: index, status: ActionStatus.allCases[index % 4], sources: ["pr\(1 + index % 5)"],
                dots: index % 6, score: Double(index % 40) / 8))
        }
        return Array(list.prefix(count))
    }
}
