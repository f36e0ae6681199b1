import AtelierKit
import HTTPTypes

/// Why the room refused a request, told to the person on their phone (never as a server error page).
public enum RoomError: Error, Sendable, Equatable {
    /// The request carries no valid participant cookie: join first.
    case notJoined
    /// The room code typed is not this room's.
    case wrongCode
    /// The form's anti-forgery token is missing or not this session's.
    case badFormToken
    /// The console's secret token is missing or wrong.
    case notFacilitator
    /// No step is open, or the form was for another step than the open one.
    case stepNotOpen(String?)
    /// No such step in the agenda.
    case unknownStep(String)
    /// The step's ballot or score sheet cannot be drawn up: the step and why.
    case stepNotRunnable(String, String)
    /// A field is missing or blank.
    case missing(String)
    /// A field is longer than allowed: the field and the limit in characters.
    case tooLong(String, Int)
    /// A field holds a value the form does not offer.
    case invalid(String)
    /// A number outside its range: the field, the smallest and the largest value.
    case outOfRange(String, Int, Int)
    /// The console paused or resumed the round timer while none was started.
    case noTimer
    /// The request body is larger than allowed, in bytes.
    case tooLarge(Int)
    /// Too many submissions from one phone in a short time.
    case tooFast
    /// The dot budget would be overspent.
    case overBudget(Int)
    /// More dots on one item than the cap.
    case overCap(Int)
    /// The name is already taken by another phone.
    case nameTaken(String)
    /// The room holds as many phones as it takes.
    case roomFull(Int)
    /// The phone's participant is not in the brainwriting groups the method planned.
    case notOnSheet
    /// The phone's participant holds no sheet this round: passed on, or their group has finished.
    case sheetPassed
    /// The sheet's boxes of this round are full: the number of boxes.
    case sheetFull(Int)
    /// The workshop's checks refused the submission (the message of the import's check).
    case refused(String)

    /// The HTTP status the refusal is sent with.
    var status: HTTPResponse.Status {
        switch self {
        case .notJoined, .notFacilitator: .forbidden
        case .badFormToken: .forbidden
        case .unknownStep: .notFound
        case .stepNotOpen, .nameTaken, .overBudget, .overCap, .stepNotRunnable, .noTimer, .notOnSheet, .sheetPassed, .sheetFull: .conflict
        case .tooLarge: .contentTooLarge
        case .tooFast: .tooManyRequests
        case .roomFull: .serviceUnavailable
        case .wrongCode, .missing, .tooLong, .invalid, .outOfRange, .refused: .badRequest
        }
    }

    /// The message for the person, in their language.
    func message(in language: Language) -> String {
        let text: LocalizedText
        switch self {
        case .notJoined:
            text = phrase("Join the room first (scan the code on the wall).", "Rejoignez d'abord la salle (scannez le code au mur).",
                     "Neem eerst deel aan de zaal (scan de code op het scherm).", "Treten Sie zuerst dem Raum bei (Code an der Wand scannen).")
        case .wrongCode:
            text = phrase("That is not this room's code; check the wall.", "Ce n'est pas le code de cette salle\u{00A0}; vérifiez au mur.",
                     "Dat is niet de code van deze zaal; kijk op het scherm.", "Das ist nicht der Code dieses Raums; siehe Wand.")
        case .badFormToken:
            text = phrase("This form is out of date; go back and try again.", "Ce formulaire n'est plus valable\u{00A0}; revenez en arrière et réessayez.",
                     "Dit formulier is verlopen; ga terug en probeer opnieuw.", "Dieses Formular ist abgelaufen; bitte zurückgehen und erneut versuchen.")
        case .notFacilitator:
            text = phrase("The console needs the facilitator's link.", "La console demande le lien de l'animateur.",
                     "De console vraagt de link van de facilitator.", "Die Konsole braucht den Link der Moderation.")
        case .stepNotOpen:
            text = phrase("This step is not open.", "Cette étape n'est pas ouverte.", "Deze stap is niet open.", "Dieser Schritt ist nicht offen.")
        case .unknownStep(let step):
            text = phrase("There is no step '\(step)'.", "Il n'y a pas d'étape «\u{00A0}\(step)\u{00A0}».", "Er is geen stap '\(step)'.", "Es gibt keinen Schritt „\(step)“.")
        case .stepNotRunnable(let step, let why):
            text = phrase("Step '\(step)' cannot be opened: \(why).", "L'étape «\u{00A0}\(step)\u{00A0}» ne peut pas être ouverte\u{00A0}: \(why).",
                     "Stap '\(step)' kan niet worden geopend: \(why).", "Schritt „\(step)“ kann nicht geöffnet werden: \(why).")
        case .missing(let field):
            text = phrase("Please fill in: \(field).", "Veuillez remplir\u{00A0}: \(field).", "Vul in: \(field).", "Bitte ausfüllen: \(field).")
        case .tooLong(let field, let limit):
            text = phrase("\(field) is too long: at most \(limit) characters.", "\(field)\u{00A0}: texte trop long, \(limit) caractères au plus.",
                     "\(field) is te lang: hoogstens \(limit) tekens.", "\(field) ist zu lang: höchstens \(limit) Zeichen.")
        case .invalid(let field):
            text = phrase("\(field): choose one of the values offered.", "\(field)\u{00A0}: choisissez une des valeurs proposées.",
                     "\(field): kies een van de aangeboden waarden.", "\(field): bitte einen der angebotenen Werte wählen.")
        case .outOfRange(let field, let low, let high):
            text = phrase("\(field): a whole number from \(low) to \(high).", "\(field)\u{00A0}: un nombre entier de \(low) à \(high).",
                     "\(field): een geheel getal van \(low) tot \(high).", "\(field): eine ganze Zahl von \(low) bis \(high).")
        case .noTimer:
            text = phrase("No round timer is set; start one first.", "Aucun minuteur n'est lancé\u{00A0}; lancez-en un d'abord.",
                     "Er loopt geen rondetimer; start er eerst een.", "Es läuft kein Rundentimer; starten Sie zuerst einen.")
        case .tooLarge(let limit):
            text = phrase("What you sent is too large (at most \(limit) bytes).", "L'envoi est trop volumineux (\(limit) octets au plus).",
                     "Wat je verstuurde is te groot (hoogstens \(limit) bytes).", "Die Sendung ist zu groß (höchstens \(limit) Bytes).")
        case .tooFast:
            text = phrase("Too many submissions at once; wait a few seconds.", "Trop d'envois d'un coup\u{00A0}; attendez quelques secondes.",
                     "Te veel inzendingen tegelijk; wacht een paar seconden.", "Zu viele Sendungen auf einmal; bitte einige Sekunden warten.")
        case .overBudget(let budget):
            text = phrase("You have placed all your \(budget) dots; take one away first.", "Vous avez placé vos \(budget) gommettes\u{00A0}; retirez-en une d'abord.",
                     "Je hebt al je \(budget) stippen geplaatst; haal er eerst een weg.", "Sie haben alle \(budget) Punkte vergeben; nehmen Sie zuerst einen weg.")
        case .overCap(let cap):
            text = phrase("At most \(cap) dots on one item.", "\(cap) gommettes au plus sur un élément.", "Hoogstens \(cap) stippen op één item.", "Höchstens \(cap) Punkte auf einen Eintrag.")
        case .nameTaken(let name):
            text = phrase("\(name) has already joined from another phone.", "\(name) a déjà rejoint depuis un autre téléphone.",
                     "\(name) neemt al deel vanaf een andere telefoon.", "\(name) ist bereits von einem anderen Telefon beigetreten.")
        case .roomFull(let count):
            text = phrase("The room is full (\(count) phones).", "La salle est pleine (\(count) téléphones).", "De zaal is vol (\(count) telefoons).", "Der Raum ist voll (\(count) Telefone).")
        case .notOnSheet:
            text = phrase("You are not on a sheet: the groups were planned before you joined. Ask the facilitator.",
                     "Vous n'avez pas de feuille\u{00A0}: les groupes ont été formés avant votre arrivée. Demandez à l'animateur.",
                     "Je hebt geen blad: de groepen werden gevormd voor je deelnam. Vraag het de facilitator.",
                     "Sie haben kein Blatt: Die Gruppen wurden gebildet, bevor Sie beigetreten sind. Fragen Sie die Moderation.")
        case .sheetPassed:
            text = phrase("You have passed your sheet on; wait for the next round.", "Vous avez passé votre feuille\u{00A0}; attendez le tour suivant.",
                     "Je hebt je blad doorgegeven; wacht op de volgende ronde.", "Sie haben Ihr Blatt weitergegeben; warten Sie auf die nächste Runde.")
        case .sheetFull(let slots):
            text = phrase("This round's \(slots) boxes on your sheet are full.", "Les \(slots) cases de ce tour sur votre feuille sont remplies.",
                     "De \(slots) vakjes van deze ronde op je blad zijn vol.", "Die \(slots) Felder dieser Runde auf Ihrem Blatt sind voll.")
        case .refused(let message):
            text = phrase("Not recorded: \(message)", "Non enregistré\u{00A0}: \(message)", "Niet opgeslagen: \(message)", "Nicht gespeichert: \(message)")
        }
        return text[language]
    }
}
