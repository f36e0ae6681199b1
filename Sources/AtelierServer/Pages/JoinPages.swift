import AtelierKit

/// The pages before a phone has joined: the room code, then joining anonymously or by name.
enum JoinPages {
    /// Asks for the room's code (for people who typed the address).
    static func code(language: Language) -> String {
        HTML.page(language(.joinTitle), language: language, body: """
            \(HTML.languageSwitch(language, back: "/"))
            <h1>\(HTML.escape(language(.joinTitle)))</h1>
            <form method="get" action="/join">
            <label for="code">\(HTML.escape(language(.code)))</label>
            <input type="text" id="code" name="code" autocomplete="off" autocapitalize="characters" maxlength="12" required \
            aria-describedby="code-help">
            <p id="code-help">\(HTML.escape(language(.codeHelp)))</p>
            <button type="submit">\(HTML.escape(language(.enter)))</button></form>
            """)
    }

    /// Offers to join anonymously, or as one of the workshop's participants.
    static func join(code: String, participants: [Participant], language: Language) -> String {
        let code = HTML.escape(code)
        let names = participants.map { "<option value=\"\(HTML.escape($0.id))\">\(HTML.escape($0.name))</option>" }.joined()
        let byName = participants.isEmpty ? "" : """
            <form method="post" action="/join"><input type="hidden" name="code" value="\(code)">
            <label for="participant">\(HTML.escape(language(.pickName)))</label>
            <select id="participant" name="participant">\(names)</select>
            <button type="submit">\(HTML.escape(language(.join)))</button></form>
            """
        return HTML.page(language(.joinTitle), language: language, body: """
            \(HTML.languageSwitch(language, back: "/join?code=\(code)"))
            <h1>\(HTML.escape(language(.joinTitle)))</h1>
            <form method="post" action="/join"><input type="hidden" name="code" value="\(code)">
            <button type="submit">\(HTML.escape(language(.anonymous)))</button></form>
            \(byName)
            """)
    }
}
