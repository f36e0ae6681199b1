import AtelierKit

/// What the brainwriting method writes for people, in the four working languages.
struct BrainwritingTexts {
    let language: Language

    /// The one-line summary of a run.
    func summary(sizes: [Int], rounds: Int, minutesPerRound: Int, capacity: Int, ideas: Int, builtOn: Int) -> String {
        let people = sizes.reduce(0, +)
        let split = sizes.map(String.init).joined(separator: "+")
        let minutes = rounds * minutesPerRound
        switch language {
        case .en:
            return "Brainwriting: \(count(people, "participant", "participants")) in "
                + "\(count(sizes.count, "group", "groups")) (\(split)), \(count(rounds, "round", "rounds")) of "
                + "\(minutesPerRound) minutes (\(minutes) minutes), room for \(count(capacity, "idea", "ideas")); "
                + "\(count(ideas, "idea", "ideas")) recorded, \(builtOn) of them building on an idea above."
        case .fr:
            return "Brainwriting\u{A0}: \(count(people, "participant", "participants")) en "
                + "\(count(sizes.count, "groupe", "groupes")) (\(split)), \(count(rounds, "tour", "tours")) de "
                + "\(minutesPerRound) minutes (\(minutes) minutes), place pour \(count(capacity, "idée", "idées"))\u{A0}; "
                + "\(count(ideas, "idée relevée", "idées relevées")), dont \(builtOn) prolongeant une idée précédente."
        case .nl:
            return "Brainwriting: \(count(people, "deelnemer", "deelnemers")) in "
                + "\(count(sizes.count, "groep", "groepen")) (\(split)), \(count(rounds, "ronde", "rondes")) van "
                + "\(minutesPerRound) minuten (\(minutes) minuten), ruimte voor \(count(capacity, "idee", "ideeën")); "
                + "\(count(ideas, "idee", "ideeën")) genoteerd, waarvan \(builtOn) voortbouwend op een idee erboven."
        case .de:
            return "Brainwriting: \(count(people, "Teilnehmende Person", "Teilnehmende")) in "
                + "\(count(sizes.count, "Gruppe", "Gruppen")) (\(split)), \(count(rounds, "Runde", "Runden")) zu je "
                + "\(minutesPerRound) Minuten (\(minutes) Minuten), Platz für \(count(capacity, "Idee", "Ideen")); "
                + "\(count(ideas, "Idee", "Ideen")) erfasst, davon \(builtOn) aufbauend auf einer Idee darüber."
        }
    }

    /// Says that an idea's author is not the person who held the sheet then.
    func author(idea: String, author: String, holder: String, at position: SheetPosition) -> String {
        let (g, s, r) = (position.group, position.sheet, position.round)
        switch language {
        case .en: return "Idea \(idea) is by \(author), but sheet \(s) of group \(g) was with \(holder) in round \(r)."
        case .fr: return "L’idée \(idea) est de \(author), mais la feuille \(s) du groupe \(g) était chez \(holder) au tour \(r)."
        case .nl: return "Idee \(idea) is van \(author), maar blad \(s) van groep \(g) lag in ronde \(r) bij \(holder)."
        case .de: return "Idee \(idea) stammt von \(author), aber Blatt \(s) der Gruppe \(g) lag in Runde \(r) bei \(holder)."
        }
    }

    /// Says that some ideas of the step have no place on a sheet.
    func unplaced(_ n: Int) -> String {
        switch language {
        case .en: return n == 1
            ? "1 idea of this step has no sheet position and is not counted."
            : "\(n) ideas of this step have no sheet position and are not counted."
        case .fr: return n == 1
            ? "1 idée de cette étape n’a pas de place sur une feuille et n’est pas comptée."
            : "\(n) idées de cette étape n’ont pas de place sur une feuille et ne sont pas comptées."
        case .nl: return n == 1
            ? "1 idee van deze stap heeft geen plaats op een blad en telt niet mee."
            : "\(n) ideeën van deze stap hebben geen plaats op een blad en tellen niet mee."
        case .de: return n == 1
            ? "1 Idee dieses Schritts hat keinen Platz auf einem Blatt und wird nicht gezählt."
            : "\(n) Ideen dieses Schritts haben keinen Platz auf einem Blatt und werden nicht gezählt."
        }
    }

    /// Says that some challenges get no sheet because there are more challenges than sheets.
    func unused(_ challenges: [String], sheets: Int) -> String {
        let list = challenges.joined(separator: ", ")
        let one = challenges.count == 1
        switch language {
        case .en: return "\(one ? "Challenge" : "Challenges") \(list) \(one ? "gets" : "get") no sheet: the largest group has \(sheets) sheets."
        case .fr: return "\(one ? "Le défi" : "Les défis") \(list) \(one ? "n’a" : "n’ont") pas de feuille\u{A0}: le plus grand groupe a \(sheets) feuilles."
        case .nl: return "\(one ? "Uitdaging" : "Uitdagingen") \(list) \(one ? "krijgt" : "krijgen") geen blad: de grootste groep heeft \(sheets) bladen."
        case .de: return "\(one ? "Die Herausforderung" : "Die Herausforderungen") \(list) \(one ? "erhält" : "erhalten") kein Blatt: Die größte Gruppe hat \(sheets) Blätter."
        }
    }

    /// Says that a group's sheets go fewer rounds than asked because it has fewer members.
    func capped(group: String, members: Int, requested: Int) -> String {
        switch language {
        case .en: return "Group \(group) has \(members) members, so its sheets go round \(members) times instead of \(requested)."
        case .fr: return "Le groupe \(group) compte \(members) membres\u{A0}: ses feuilles font \(members) tours au lieu de \(requested)."
        case .nl: return "Groep \(group) heeft \(members) leden, dus de bladen gaan \(members) rondes rond in plaats van \(requested)."
        case .de: return "Gruppe \(group) hat \(members) Mitglieder, daher wandern ihre Blätter \(members) statt \(requested) Runden."
        }
    }

    private func count(_ n: Int, _ one: String, _ many: String) -> String {
        "\(n) \(n == 1 ? one : many)"
    }
}
