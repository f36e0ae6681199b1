import AtelierKit

/// The projector's page: how to join (address, QR code, short code) and the room live. A small script
/// follows the room through a WebSocket and reconnects when the connection drops; without JavaScript
/// the page refreshes itself.
enum WallPage {
    static func render(_ state: WallState, joinAddress: String, code: String, qr: String?) -> String {
        let language = state.workshop.info.language
        return HTML.page("\(language(.wall)) · \(state.workshop.info.title)", language: language, body: """
            <div class="wall"><h1>\(HTML.escape(state.workshop.info.title))</h1>
            <div class="join">\(qr ?? "")<div><p>\(HTML.escape(language(.scanToJoin)))</p>
            <p><a href="\(HTML.escape(joinAddress))">\(HTML.escape(joinAddress))</a></p>
            <p>\(HTML.labelled(language(.code), language))<span class="code">\(HTML.escape(code))</span></p></div></div>
            <div id="live" aria-live="polite" data-version="\(state.version)">\(state.fragment())</div></div>
            """, refresh: 5, script: script)
    }

    /// Connects to `/wall/live`, replaces the live part with each state received, and reconnects after
    /// a drop (the first message after a reconnection is the whole current state); counts the round
    /// timer down each second between states.
    static let script = """
        (function(){var live=document.getElementById('live');function connect(){\
        var ws=new WebSocket((location.protocol==='https:'?'wss://':'ws://')+location.host+'/wall/live');\
        ws.onmessage=function(e){var m=JSON.parse(e.data);live.innerHTML=m.html;live.dataset.version=m.version;};\
        ws.onclose=function(){setTimeout(connect,1000);};}connect();\
        setInterval(function(){var t=live.querySelector('.timer[data-running]');if(!t)return;\
        var s=Math.max(0,t.dataset.left-1);t.dataset.left=s;\
        t.querySelector('strong').textContent=Math.floor(s/60)+':'+(s%60<10?'0':'')+s%60;},1000);})();
        """
}
