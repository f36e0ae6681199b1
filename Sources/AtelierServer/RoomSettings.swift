import AtelierKit

/// How a room runs: its secrets, its language and what the wall shows before a step closes.
public struct RoomSettings: Sendable {
    /// The short code phones type (or the QR code carries) to join.
    public var code: String
    /// The secret in the facilitator console's address, printed on the terminal only.
    public var consoleToken: String
    /// The language of pages until a participant picks another.
    public var language: Language
    /// Whether the wall shows the dots while the vote is open (otherwise only when it closes).
    public var liveDots: Bool
    /// The most phones the room takes.
    public var maxPhones: Int
    /// The longest card, in characters.
    public var maxCardLength: Int
    /// The largest request body, in bytes.
    public var maxBody: Int
    /// The most submissions one phone may make within ``rateWindow`` seconds.
    public var maxSubmissions: Int
    public var rateWindow: Duration

    public init(
        code: String = Secret.roomCode(), consoleToken: String = Secret.token(), language: Language, liveDots: Bool = false,
        maxPhones: Int = 1000, maxCardLength: Int = 280, maxBody: Int = 8 * 1024, maxSubmissions: Int = 20,
        rateWindow: Duration = .seconds(10)
    ) {
        self.code = code
        self.consoleToken = consoleToken
        self.language = language
        self.liveDots = liveDots
        self.maxPhones = maxPhones
        self.maxCardLength = maxCardLength
        self.maxBody = maxBody
        self.maxSubmissions = maxSubmissions
        self.rateWindow = rateWindow
    }
}
