import AtelierKit

/// The room's own phrases in each language; the names of kinds, ranks, dots and the like come from the
/// documents' labels (`Labels`), so a phone says what the report says.
enum RoomWord: CaseIterable {
    case join, joinTitle, code, codeHelp, anonymous, pickName, yourName, enter, waiting, noTask
    case writeCard, quadrant, cardText, send, cardSent, yourCards
    case dotsLeft, addDot, removeDot, dotsHidden, scoreItems, scoreSent, alreadyScored
    case wall, console, openStep, closeStep, hideCard, runStep, undo, joined, voted, open, closed, result
    case scanToJoin, language, error, back, cardKind
    case idea, ideas, round, sheet, ideasAbove, ideasThisRound, passSheet, sheetPassedWait, sheetsDone, nextRound, passedOn, ideasSent
    case journal, card, editCard, mergeCard, notVoted, guestsNotVoted
    case timer, minutes, startTimer, pauseTimer, resumeTimer, resetTimer, timeLeft, paused, meanScores

    var text: LocalizedText {
        switch self {
        case .join: phrase("Join", "Rejoindre", "Deelnemen", "Teilnehmen")
        case .joinTitle: phrase("Join the workshop", "Rejoindre l'atelier", "Deelnemen aan de workshop", "Am Workshop teilnehmen")
        case .code: phrase("Room code", "Code de la salle", "Zaalcode", "Raumcode")
        case .codeHelp: phrase("The code is shown on the wall.", "Le code est affiché au mur.", "De code staat op het scherm.", "Der Code steht an der Wand.")
        case .anonymous: phrase("Join anonymously", "Rejoindre anonymement", "Anoniem deelnemen", "Anonym teilnehmen")
        case .pickName: phrase("Or pick your name", "Ou choisissez votre nom", "Of kies je naam", "Oder wählen Sie Ihren Namen")
        case .yourName: phrase("Your name", "Votre nom", "Je naam", "Ihr Name")
        case .enter: phrase("Enter", "Entrer", "Binnengaan", "Eintreten")
        case .waiting: phrase("No step is open. This page refreshes by itself.", "Aucune étape n'est ouverte. Cette page se met à jour toute seule.", "Er is geen stap open. Deze pagina ververst vanzelf.", "Kein Schritt ist offen. Diese Seite aktualisiert sich selbst.")
        case .noTask: phrase("This step is not done on the phone.", "Cette étape ne se fait pas sur le téléphone.", "Deze stap gebeurt niet op de telefoon.", "Dieser Schritt findet nicht am Telefon statt.")
        case .writeCard: phrase("Write a card", "Écrire une carte", "Schrijf een kaart", "Eine Karte schreiben")
        case .quadrant: phrase("Quadrant", "Quadrant", "Kwadrant", "Quadrant")
        case .cardText: phrase("Your card", "Votre carte", "Je kaart", "Ihre Karte")
        case .send: phrase("Send", "Envoyer", "Versturen", "Senden")
        case .cardSent: phrase("Card sent.", "Carte envoyée.", "Kaart verstuurd.", "Karte gesendet.")
        case .yourCards: phrase("Your cards", "Vos cartes", "Je kaarten", "Ihre Karten")
        case .dotsLeft: phrase("Dots left", "Gommettes restantes", "Resterende stippen", "Verbleibende Punkte")
        case .addDot: phrase("Add a dot to", "Ajouter une gommette à", "Stip toevoegen aan", "Einen Punkt geben:")
        case .removeDot: phrase("Take a dot from", "Retirer une gommette de", "Stip weghalen van", "Einen Punkt wegnehmen:")
        case .dotsHidden: phrase("The dots are shown when the vote closes.", "Les gommettes s'affichent à la clôture du vote.", "De stippen verschijnen als de stemming sluit.", "Die Punkte erscheinen, wenn die Abstimmung schließt.")
        case .scoreItems: phrase("Score each item", "Notez chaque élément", "Geef elk item een score", "Bewerten Sie jeden Eintrag")
        case .scoreSent: phrase("Scores sent.", "Notes envoyées.", "Scores verstuurd.", "Bewertungen gesendet.")
        case .alreadyScored: phrase("Scored", "Noté", "Gescoord", "Bewertet")
        case .wall: phrase("Wall", "Mur", "Wand", "Wand")
        case .console: phrase("Facilitator console", "Console d'animation", "Facilitatorconsole", "Moderationskonsole")
        case .openStep: phrase("Open", "Ouvrir", "Openen", "Öffnen")
        case .closeStep: phrase("Close the step", "Clôturer l'étape", "Stap sluiten", "Schritt schließen")
        case .hideCard: phrase("Hide", "Masquer", "Verbergen", "Ausblenden")
        case .runStep: phrase("Run the method", "Lancer la méthode", "Methode uitvoeren", "Methode ausführen")
        case .undo: phrase("Undo the last change", "Annuler la dernière modification", "Laatste wijziging ongedaan maken", "Letzte Änderung rückgängig machen")
        case .joined: phrase("Joined", "Connectés", "Aangemeld", "Angemeldet")
        case .voted: phrase("Have taken part", "Ont participé", "Hebben deelgenomen", "Haben teilgenommen")
        case .open: phrase("Open step", "Étape ouverte", "Open stap", "Offener Schritt")
        case .closed: phrase("Closed", "Clôturée", "Gesloten", "Geschlossen")
        case .result: phrase("Result", "Résultat", "Resultaat", "Ergebnis")
        case .scanToJoin: phrase("Scan to join, or type the address and the code", "Scannez pour rejoindre, ou tapez l'adresse et le code", "Scan om deel te nemen, of typ het adres en de code", "Scannen zum Teilnehmen, oder Adresse und Code eingeben")
        case .language: phrase("Language", "Langue", "Taal", "Sprache")
        case .error: phrase("That did not work", "Cela n'a pas fonctionné", "Dat is niet gelukt", "Das hat nicht geklappt")
        case .back: phrase("Back", "Retour", "Terug", "Zurück")
        case .cardKind: phrase("Cards of kind", "Cartes de type", "Kaarten van het type", "Karten der Art")
        case .idea: phrase("Idea", "Idée", "Idee", "Idee")
        case .ideas: phrase("Ideas", "Idées", "Ideeën", "Ideen")
        case .round: phrase("Round", "Tour", "Ronde", "Runde")
        case .sheet: phrase("Sheet", "Feuille", "Blad", "Blatt")
        case .ideasAbove: phrase("Ideas already on the sheet", "Idées déjà sur la feuille", "Ideeën al op het blad", "Ideen schon auf dem Blatt")
        case .ideasThisRound: phrase("Your ideas this round", "Vos idées de ce tour", "Je ideeën van deze ronde", "Ihre Ideen dieser Runde")
        case .passSheet: phrase("Pass the sheet", "Passer la feuille", "Blad doorgeven", "Blatt weitergeben")
        case .sheetPassedWait: phrase("Sheet passed on. The next round starts when everyone has passed theirs; this page refreshes by itself.",
                                      "Feuille passée. Le tour suivant commence quand chacun a passé la sienne\u{00A0}; cette page se met à jour toute seule.",
                                      "Blad doorgegeven. De volgende ronde begint als iedereen het zijne heeft doorgegeven; deze pagina ververst vanzelf.",
                                      "Blatt weitergegeben. Die nächste Runde beginnt, wenn alle ihres weitergegeben haben; diese Seite aktualisiert sich selbst.")
        case .sheetsDone: phrase("Every sheet has gone round your group. Thank you!", "Chaque feuille a fait le tour de votre groupe. Merci\u{00A0}!",
                                 "Elk blad is rond geweest in je groep. Bedankt!", "Jedes Blatt ist durch Ihre Gruppe gegangen. Danke!")
        case .nextRound: phrase("Next round", "Tour suivant", "Volgende ronde", "Nächste Runde")
        case .passedOn: phrase("Sheets passed on", "Feuilles passées", "Bladen doorgegeven", "Blätter weitergegeben")
        case .ideasSent: phrase("Ideas sent.", "Idées envoyées.", "Ideeën verstuurd.", "Ideen gesendet.")
        case .journal: phrase("Journal", "Journal", "Logboek", "Journal")
        case .card: phrase("Card", "Carte", "Kaart", "Karte")
        case .editCard: phrase("Save the text", "Enregistrer le texte", "Tekst opslaan", "Text speichern")
        case .mergeCard: phrase("Merge", "Fusionner", "Samenvoegen", "Zusammenführen")
        case .notVoted: phrase("Have not voted yet", "N'ont pas encore voté", "Hebben nog niet gestemd", "Haben noch nicht abgestimmt")
        case .guestsNotVoted: phrase("Guests who have not voted", "Invités n'ayant pas voté", "Gasten die nog niet stemden", "Gäste ohne Stimmabgabe")
        case .timer: phrase("Round timer", "Minuteur de la manche", "Rondetimer", "Rundentimer")
        case .minutes: phrase("Minutes", "Minutes", "Minuten", "Minuten")
        case .startTimer: phrase("Start", "Démarrer", "Starten", "Starten")
        case .pauseTimer: phrase("Pause", "Pause", "Pauzeren", "Anhalten")
        case .resumeTimer: phrase("Resume", "Reprendre", "Hervatten", "Fortsetzen")
        case .resetTimer: phrase("Reset", "Réinitialiser", "Resetten", "Zurücksetzen")
        case .timeLeft: phrase("Time left", "Temps restant", "Resterende tijd", "Verbleibende Zeit")
        case .paused: phrase("paused", "en pause", "gepauzeerd", "angehalten")
        case .meanScores: phrase("Mean scores so far", "Notes moyennes à ce stade", "Gemiddelde scores tot nu toe", "Bisherige Durchschnittswerte")
        }
    }
}

extension Language {
    /// The room's phrase in this language.
    func callAsFunction(_ word: RoomWord) -> String { word.text[self] }
}

/// A phrase in English, French, Dutch and German.
func phrase(_ en: String, _ fr: String, _ nl: String, _ de: String) -> LocalizedText {
    LocalizedText([.en: en, .fr: fr, .nl: nl, .de: de])
}
