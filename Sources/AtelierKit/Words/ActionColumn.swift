/// A column of the tracking workbook's Actions sheet, in the order the workbook writes them, with
/// its header in each language: the exporter writes these headers and the spreadsheet import reads
/// them back.
public enum ActionColumn: CaseIterable, Sendable {
    case rank, identifier, title, carrier, body, leadService, partners, dueBy, horizon, status, dots, score, budget
    case problem, description, sources, milestones
    case addressee, service, minister, response, justification, measure, progress, received, responded, due
    case nextReview, evidence, parent, weight

    /// The column's header in a language.
    public func header(in language: Language) -> String { headers[language] }

    private var headers: LocalisedText {
        switch self {
        case .rank: LocalisedText("Rank", "Rang", "Rang", "Rang")
        case .identifier: LocalisedText("ID", "ID", "ID", "ID")
        case .title: LocalisedText("Title", "Titre", "Titel", "Titel")
        case .carrier: LocalisedText("Carrier", "Porteur", "Drager", "Träger")
        case .body: LocalisedText("Body", "Organisme", "Instantie", "Stelle")
        case .leadService: LocalisedText("Lead service", "Service pilote", "Trekkende dienst", "Federführender Dienst")
        case .partners: LocalisedText("Partners", "Partenaires", "Partners", "Partner")
        case .dueBy: LocalisedText("Due by", "À réaliser pour le", "Uiterlijk op", "Fällig bis")
        case .horizon: LocalisedText("Horizon", "Échéance", "Termijn", "Zeithorizont")
        case .status: LocalisedText("Status", "État d'avancement", "Status", "Stand")
        case .dots: LocalisedText("Dots", "Gommettes", "Stippen", "Punkte")
        case .score: LocalisedText("Score", "Score", "Score", "Punktzahl")
        case .budget: LocalisedText("Budget", "Budget", "Budget", "Budget")
        case .problem: LocalisedText("Problem addressed", "Problème traité", "Aangepakt probleem", "Behandeltes Problem")
        case .description: LocalisedText("Description", "Description", "Beschrijving", "Beschreibung")
        case .sources: LocalisedText("Comes from", "Issue de", "Komt voort uit", "Hervorgegangen aus")
        case .milestones: LocalisedText("Milestones", "Jalons", "Mijlpalen", "Meilensteine")
        case .addressee: LocalisedText("Addressee", "Destinataire", "Geadresseerde", "Adressat")
        case .service: LocalisedText("Responsible service", "Service responsable", "Verantwoordelijke dienst", "Zuständiger Dienst")
        case .minister: LocalisedText("Minister", "Ministre", "Minister", "Minister")
        case .response: LocalisedText("Response", "Réponse", "Antwoord", "Antwort")
        case .justification: LocalisedText("Justification", "Justification", "Motivering", "Begründung")
        case .measure: LocalisedText("Planned measure", "Mesure prévue", "Geplande maatregel", "Geplante Maßnahme")
        case .progress: LocalisedText("Progress (%)", "Progression (%)", "Vordering (%)", "Fortschritt (%)")
        case .received: LocalisedText("Received on", "Reçue le", "Ontvangen op", "Eingegangen am")
        case .responded: LocalisedText("Answered on", "Répondu le", "Beantwoord op", "Beantwortet am")
        case .due: LocalisedText("Due on", "Échéance de réponse", "Antwoord uiterlijk", "Antwort fällig am")
        case .nextReview: LocalisedText("Next review", "Prochain examen", "Volgende evaluatie", "Nächste Überprüfung")
        case .evidence: LocalisedText("Evidence", "Preuves", "Bewijsstukken", "Nachweise")
        case .parent: LocalisedText("Part of", "Fait partie de", "Onderdeel van", "Teil von")
        case .weight: LocalisedText("Weight", "Poids", "Gewicht", "Gewicht")
        }
    }
}
