import AtelierExport
import AtelierKit

/// Builds the room's pages: escaped text, one small style sheet, and the frame every page shares.
enum HTML {
    /// Text made safe inside elements and quoted attributes.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// A label escaped and followed by its language's separator (`Dots left: `, `Gommettes
    /// restantes : ` with a no-break space in French).
    static func labelled(_ label: String, _ language: Language) -> String {
        escape(label) + Labels(language)[.labelSeparator]
    }

    /// A whole page in a language: a title, a body, and optionally a refresh every `refresh` seconds
    /// (for pages that follow the room without JavaScript).
    static func page(_ title: String, language: Language, body: String, refresh: Int? = nil, script: String? = nil) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        \(refresh.map { "<noscript><meta http-equiv=\"refresh\" content=\"\($0)\"></noscript>" } ?? "")
        <title>\(escape(title))</title><style>\(style)</style></head>
        <body><main>\(body)</main>\(script.map { "<script>\($0)</script>" } ?? "")</body></html>
        """
    }

    /// The links to the same page in the other languages.
    static func languageSwitch(_ current: Language, back: String) -> String {
        let links = Language.allCases.map { language in
            language == current
                ? "<strong lang=\"\(language.rawValue)\">\(language.rawValue.uppercased())</strong>"
                : "<a lang=\"\(language.rawValue)\" hreflang=\"\(language.rawValue)\" href=\"/language?to=\(language.rawValue)&amp;back=\(escape(back))\">\(language.rawValue.uppercased())</a>"
        }
        return "<nav aria-label=\"\(escape(current(.language)))\" class=\"langs\">\(links.joined(separator: " "))</nav>"
    }

    /// A form posting to `action` with the phone's anti-forgery token and the step it is for.
    static func form(_ action: String, token: String, step: String?, _ fields: String, class name: String? = nil) -> String {
        """
        <form method="post" action="\(action)"\(name.map { " class=\"\($0)\"" } ?? "")>\
        <input type="hidden" name="form" value="\(escape(token))">\
        \(step.map { "<input type=\"hidden\" name=\"step\" value=\"\(escape($0))\">" } ?? "")\(fields)</form>
        """
    }

    /// Dark text on white, buttons of at least 44 px, focus outlines: WCAG 2.1 AA contrast and targets.
    static let style = """
        body{margin:0;font:1.05rem/1.45 system-ui,sans-serif;color:#111;background:#fff}
        main{max-width:40rem;margin:0 auto;padding:1rem}
        h1{font-size:1.4rem;margin:.2rem 0 1rem}h2{font-size:1.15rem}
        label{display:block;font-weight:600;margin:.6rem 0 .2rem}
        input,select,textarea,button{font:inherit;box-sizing:border-box;max-width:100%}
        input[type=text],input[type=number],select,textarea{width:100%;padding:.5rem;border:2px solid #555;border-radius:4px}
        button{min-height:44px;min-width:44px;padding:.4rem 1rem;margin:.3rem 0;background:#0b4f8a;color:#fff;border:0;border-radius:4px}
        button:disabled{background:#767676}button.secondary{background:#fff;color:#0b4f8a;border:2px solid #0b4f8a}
        :focus{outline:3px solid #c45500;outline-offset:2px}
        .notice{background:#e6f4ea;border-left:4px solid #1e6b32;padding:.5rem}
        .problem{background:#fdecea;border-left:4px solid #a4161a;padding:.5rem}
        .langs{text-align:right}.langs a,.langs strong{padding:.3rem;display:inline-block;min-width:44px;text-align:center}
        table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #999;padding:.3rem;text-align:left}
        .ballot li{display:flex;align-items:center;gap:.5rem;margin:.4rem 0}.ballot form{display:inline}
        .ballot .count{min-width:2rem;text-align:center;font-weight:700}
        main:has(.wall){max-width:none}.wall{font-size:1.4rem;display:grid;grid-template-columns:minmax(14rem,22rem) 1fr;gap:0 2.5rem}
        .wall h1{grid-column:1/-1;font-size:2rem}.wall .join{flex-direction:column;align-items:flex-start;gap:0}.wall .join a{word-break:break-all}.quadrants{display:grid;grid-template-columns:1fr 1fr;gap:1rem}
        .card{border:1px solid #555;border-radius:4px;padding:.4rem;margin:.3rem 0;background:#fffbe6}
        .bar{background:#0b4f8a;height:1.2rem;display:inline-block;vertical-align:middle}
        .join{display:flex;gap:2rem;align-items:center;flex-wrap:wrap}.join svg{width:14rem;height:14rem}
        .code{font-size:2.2rem;font-weight:700;letter-spacing:.2rem}
        .timer strong{font-size:1.6rem;font-variant-numeric:tabular-nums}.scatter{width:100%;max-width:30rem;height:auto}
        .moderate li{margin:.6rem 0}.moderate form{display:inline-block;margin-right:.5rem;vertical-align:top}
        """
}
