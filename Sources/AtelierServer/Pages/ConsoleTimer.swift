import AtelierKit

/// The console's round timer: the time left, and the forms to start a round of some minutes, pause,
/// resume and reset it.
enum ConsoleTimer {
    static func render(_ timer: RoundTimer?, formToken: String, language: Language) -> String {
        func button(_ command: String, _ word: RoomWord) -> String {
            HTML.form("/console/timer", token: formToken, step: nil,
                      "<input type=\"hidden\" name=\"timer\" value=\"\(command)\"><button type=\"submit\">\(HTML.escape(language(word)))</button>")
        }
        var html = "<h2>\(HTML.escape(language(.timer)))</h2>" + (timer?.html(language) ?? "")
        html += HTML.form("/console/timer", token: formToken, step: nil, """
            <input type="hidden" name="timer" value="start"><label for="minutes">\(HTML.escape(language(.minutes)))</label>\
            <input type="number" id="minutes" name="minutes" min="1" max="\(RoundTimer.maxMinutes)" value="5" required>\
            <button type="submit">\(HTML.escape(language(.startTimer)))</button>
            """)
        if let timer {
            html += timer.running ? button("pause", .pauseTimer) : button("resume", .resumeTimer)
            html += button("reset", .resetTimer)
        }
        return html
    }
}
