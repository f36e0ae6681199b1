import AtelierExport
import AtelierKit

/// The console's moderation of the step's cards before they reach the wall: each card's text to edit
/// or hide, and one form marking a card as the duplicate of another.
enum ConsoleCards {
    static func render(_ cards: [Item], formToken: String, language: Language) -> String {
        guard !cards.isEmpty else { return "" }
        let labels = Labels(language)
        var html = "<h2>\(HTML.escape(labels[.cardsWritten]))</h2><ol class=\"moderate\">"
        for card in cards {
            let id = HTML.escape(card.id)
            let item = "<input type=\"hidden\" name=\"item\" value=\"\(id)\">"
            html += "<li>" + HTML.form("/console/edit", token: formToken, step: nil, """
                \(item)<label for="edit-\(id)">\(HTML.escape(language(.card)))</label>\
                <textarea id="edit-\(id)" name="text" rows="2" maxlength="280" required>\(HTML.escape(card.text))</textarea>\
                <button type="submit">\(HTML.escape(language(.editCard)))</button>
                """) + HTML.form("/console/hide", token: formToken, step: nil,
                                 "\(item)<button type=\"submit\">\(HTML.escape(language(.hideCard)))</button>") + "</li>"
        }
        html += "</ol>"
        guard cards.count > 1 else { return html }
        let options = cards.enumerated().map { index, card in
            "<option value=\"\(HTML.escape(card.id))\">\(index + 1). \(HTML.escape(String(card.text.prefix(60))))</option>"
        }.joined()
        return html + HTML.form("/console/merge", token: formToken, step: nil, """
            <label for="merge-item">\(HTML.escape(language(.card)))</label><select id="merge-item" name="item">\(options)</select>\
            <label for="merge-into">\(HTML.escape(labels[.duplicateOf]))</label><select id="merge-into" name="into">\(options)</select>\
            <button type="submit">\(HTML.escape(language(.mergeCard)))</button>
            """)
    }
}
