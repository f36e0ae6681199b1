import AtelierExport
import AtelierKit

/// A phone's page: what the open step asks, as plain forms that post and come back here.
enum PhonePage {
    static func render(_ view: PhoneView, language: Language, notice: String?) -> String {
        let labels = Labels(language)
        let token = view.session.formToken
        var body = HTML.languageSwitch(language, back: "/room")
        guard let step = view.step else {
            body += "<h1>\(HTML.escape(language(.joinTitle)))</h1><p>\(HTML.escape(language(.waiting)))</p>"
            return HTML.page(language(.joinTitle), language: language, body: body, refresh: 10, script: reload)
        }
        let title = step.title(in: language)
        body += "<h1>\(HTML.escape(title))</h1>"
        if let notice { body += "<p class=\"notice\" role=\"status\">\(HTML.escape(notice))</p>" }
        body += view.timer?.html(language) ?? ""
        switch view.task {
        case .cards(let kinds):
            let kindField = kinds.count == 1 ? "<p>\(HTML.escape(labels.kind(kinds[0])))</p>" : """
                <fieldset><legend>\(HTML.escape(language(.quadrant)))</legend>\(kinds.enumerated().map { index, kind in
                    "<label><input type=\"radio\" name=\"kind\" value=\"\(kind.rawValue)\"\(index == 0 ? " checked" : "")> \(HTML.escape(labels.kind(kind)))</label>"
                }.joined())</fieldset>
                """
            let categories = view.categories.isEmpty ? "" : """
                <label for="category">\(HTML.escape(labels[.category]))</label><select id="category" name="category">\
                <option value=""></option>\(view.categories.map { "<option value=\"\(HTML.escape($0.id))\">\(HTML.escape($0.name))</option>" }.joined())</select>
                """
            body += "<h2>\(HTML.escape(language(.writeCard)))</h2>" + HTML.form("/room/cards", token: token, step: step.id, """
                \(kindField)\(categories)<label for="text">\(HTML.escape(language(.cardText)))</label>\
                <textarea id="text" name="text" rows="3" maxlength="280" required></textarea>\
                <button type="submit">\(HTML.escape(language(.send)))</button>
                """)
        case .dots(let items, let budget, let cap):
            let placed = view.dots.values.reduce(0, +)
            body += "<p><strong>\(HTML.labelled(language(.dotsLeft), language))\(budget - placed) / \(budget)</strong>"
                + (cap.map { " · max \($0) / \(HTML.escape(labels[.item]))" } ?? "") + "</p><ul class=\"ballot\">"
            for item in items {
                let mine = view.dots[item.id] ?? 0
                let text = HTML.escape(item.text)
                let full = placed >= budget || cap.map { mine >= $0 } ?? false
                body += "<li>" + HTML.form("/room/dots", token: token, step: step.id, """
                    <input type="hidden" name="item" value="\(HTML.escape(item.id))"><input type="hidden" name="change" value="-1">\
                    <button type="submit" aria-label="\(HTML.escape(language(.removeDot))) \(text)"\(mine == 0 ? " disabled" : "")>−</button>
                    """) + "<span class=\"count\">\(mine)</span>" + HTML.form("/room/dots", token: token, step: step.id, """
                    <input type="hidden" name="item" value="\(HTML.escape(item.id))"><input type="hidden" name="change" value="1">\
                    <button type="submit" aria-label="\(HTML.escape(language(.addDot))) \(text)"\(full ? " disabled" : "")>+</button>
                    """) + "<span>\(text)</span></li>"
            }
            body += "</ul><p>\(HTML.escape(language(.dotsHidden)))</p>"
        case .scores(let items, let criteria):
            body += "<h2>\(HTML.escape(language(.scoreItems)))</h2>"
            for item in items {
                body += "<h3>\(HTML.escape(item.text))</h3>"
                if view.scored.contains(item.id) {
                    body += "<p>✓ \(HTML.escape(language(.alreadyScored)))</p>"
                    continue
                }
                let fields = criteria.map { criterion in
                    let id = "score-\(HTML.escape(item.id))-\(HTML.escape(criterion.id))"
                    return "<label for=\"\(id)\">\(HTML.escape(criterion.name)) (\(number(criterion.scaleMin))–\(number(criterion.scaleMax)))</label>"
                        + "<input type=\"number\" id=\"\(id)\" name=\"score-\(HTML.escape(criterion.id))\" min=\"\(number(criterion.scaleMin))\" "
                        + "max=\"\(number(criterion.scaleMax))\" step=\"any\" required>"
                }.joined()
                body += HTML.form("/room/scores", token: token, step: step.id, """
                    <input type="hidden" name="item" value="\(HTML.escape(item.id))">\(fields)<button type="submit">\(HTML.escape(language(.send)))</button>
                    """)
            }
        case .ideas:
            guard let sheet = view.sheet, let seat = sheet.seat else {
                let waiting = view.sheet.map { !$0.planned ? RoomError.notOnSheet.message(in: language)
                    : $0.done ? language(.sheetsDone) : language(.sheetPassedWait) } ?? language(.noTask)
                body += "<p role=\"status\">\(HTML.escape(waiting))</p>"
                return HTML.page(title, language: language, body: body, refresh: 5, script: reload)
            }
            body += "<h2>\(HTML.escape(language(.round))) \(sheet.round) / \(sheet.rounds) · \(HTML.escape(language(.sheet))) \(seat.group).\(seat.sheet)</h2>"
            if let topic = sheet.topic { body += "<p>\(HTML.labelled(labels.kind(.challenge), language))<strong>\(HTML.escape(topic))</strong></p>" }
            if !sheet.above.isEmpty {
                body += "<h3>\(HTML.escape(language(.ideasAbove)))</h3><ol class=\"sheet\">"
                    + sheet.above.map { "<li>\(HTML.escape($0.text))</li>" }.joined() + "</ol>"
            }
            if !sheet.written.isEmpty {
                body += "<h3>\(HTML.escape(language(.ideasThisRound)))</h3><ol class=\"sheet\">"
                    + sheet.written.map { "<li>\(HTML.escape($0.text))</li>" }.joined() + "</ol>"
            }
            let free = sheet.slots - sheet.written.count
            if free > 0 {
                let fields = (1...free).map { box in
                    "<label for=\"idea-\(box)\">\(HTML.escape(language(.idea))) \(sheet.written.count + box)</label>"
                        + "<textarea id=\"idea-\(box)\" name=\"idea-\(box)\" rows=\"2\" maxlength=\"280\"></textarea>"
                }.joined()
                body += HTML.form("/room/ideas", token: token, step: step.id,
                                  "\(fields)<button type=\"submit\">\(HTML.escape(language(.send)))</button>")
            }
            body += HTML.form("/room/pass", token: token, step: step.id,
                              "<button type=\"submit\" class=\"secondary\">\(HTML.escape(language(.passSheet)))</button>")
        case .none:
            body += "<p>\(HTML.escape(language(.noTask)))</p>"
        }
        return HTML.page(title, language: language, body: body)
    }

    /// A scale's end as people write it: 5, not 5.0.
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// With JavaScript, the waiting page looks again every few seconds without the meta refresh.
    private static let reload = "setTimeout(function(){location.reload()},5000);"
}
