import AtelierKit

/// The page of a refusal: what went wrong in the person's language, and the way back.
enum ErrorPage {
    static func render(_ error: RoomError, language: Language, back: String) -> String {
        HTML.page(language(.error), language: language, body: """
            <h1>\(HTML.escape(language(.error)))</h1>
            <p class="problem" role="alert">\(HTML.escape(error.message(in: language)))</p>
            <p><a href="\(HTML.escape(back))">\(HTML.escape(language(.back)))</a></p>
            """)
    }
}
