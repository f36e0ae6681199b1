import AtelierExport
import AtelierKit

/// The facilitator's console: the open step's controls first, then the agenda to open another; close steps, run the round timer, moderate cards (hide, edit,
/// merge duplicates), run the step's method, undo, and see how many phones have joined and who has
/// not voted yet.
enum ConsolePage {
    static func render(_ view: ConsoleView, formToken: String, language: Language, notice: String?) -> String {
        let labels = Labels(language)
        var body = HTML.languageSwitch(language, back: "/console") + "<h1>\(HTML.escape(language(.console)))</h1>"
        if let notice { body += "<p class=\"notice\" role=\"status\">\(HTML.escape(notice))</p>" }
        body += "<p>\(HTML.labelled(language(.joined), language))\(view.phones) · \(HTML.labelled(language(.voted), language))\(view.takingPart)"
            + " · \(HTML.labelled(labels[.cardsWritten], language))\(view.cardsWritten)</p>"
        if let step = (view.open ?? view.closed).flatMap(view.agenda.step) {
            body += "<h2>\(HTML.labelled(language(view.open != nil ? .open : .closed), language))\(HTML.escape(step.title(in: language)))</h2>"
        }
        if let round = view.round {
            body += "<p>\(HTML.labelled(language(.round), language))\(round.round) / \(round.rounds) · "
                + "\(HTML.labelled(language(.passedOn), language))\(round.passed.count) / \(round.holders.count)</p>"
                + HTML.form("/console/round", token: formToken, step: nil, "<button type=\"submit\">\(HTML.escape(language(.nextRound)))</button>")
        }
        if view.open != nil {
            body += HTML.form("/console/close", token: formToken, step: nil, "<button type=\"submit\">\(HTML.escape(language(.closeStep)))</button>")
        }
        if view.open != nil || view.closed != nil {
            body += HTML.form("/console/run", token: formToken, step: nil, "<button type=\"submit\">\(HTML.escape(language(.runStep)))</button>")
        }
        body += HTML.form("/console/undo", token: formToken, step: nil, "<button type=\"submit\">\(HTML.escape(language(.undo)))</button>")
        body += ConsoleTimer.render(view.timer, formToken: formToken, language: language)
        if let waiting = view.notVoted {
            body += "<h2>\(HTML.escape(language(.notVoted)))</h2><ul>"
                + waiting.names.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
                + "<p>\(HTML.labelled(language(.guestsNotVoted), language))\(waiting.guests)</p>"
        }
        body += ConsoleCards.render(view.cards, formToken: formToken, language: language)
        let kinds = ItemKind.allCases.map { "<option value=\"\($0.rawValue)\">\(HTML.escape(labels.kind($0)))</option>" }.joined()
        body += "<table><tr><th>\(HTML.escape(labels[.step]))</th><th></th></tr>"
        for step in view.agenda.steps {
            let state = step.id == view.open ? " (\(language(.open)))" : step.id == view.closed ? " (\(language(.closed)))" : ""
            let kindField = step.method == nil
                ? "<label for=\"kind-\(HTML.escape(step.id))\">\(HTML.escape(language(.cardKind)))</label><select id=\"kind-\(HTML.escape(step.id))\" name=\"kind\">\(kinds)</select>"
                : ""
            body += "<tr><td>\(HTML.escape(step.title(in: language)))\(HTML.escape(state))<br><code>\(HTML.escape(step.id))</code></td><td>"
                + HTML.form("/console/open", token: formToken, step: step.id,
                            "\(kindField)<button type=\"submit\">\(HTML.escape(language(.openStep)))</button>") + "</td></tr>"
        }
        body += "</table>"
        body += "<h2>\(HTML.escape(language(.journal)))</h2><ul>" + view.journal.map { "<li>#\($0.id) \(HTML.escape($0.command)): \(HTML.escape($0.summary))</li>" }.joined() + "</ul>"
        return HTML.page(language(.console), language: language, body: body, refresh: 10)
    }
}
