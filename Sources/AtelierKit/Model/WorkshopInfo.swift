/// What a workshop is: the facts on the title page of every exported document.
public struct WorkshopInfo: Codable, Sendable, Equatable {
    /// The workshop title.
    public var title: String
    /// The organisation that holds the workshop (the administration).
    public var organisation: String
    /// Where it takes place.
    public var place: String
    /// First day.
    public var startDate: CalendarDate?
    /// Last day (same as the first for a one-day workshop).
    public var endDate: CalendarDate?
    /// Working languages; the first is the default language of exports.
    public var languages: [Language]
    /// IANA time zone of the venue, for example `Europe/Brussels`.
    public var timeZone: String
    /// When true, exports show participants by pseudonym instead of name.
    public var pseudonymise: Bool
    /// Criteria names in other languages, by criterion id then language code, when the programme gives
    /// them (a template does).
    public var criterionNames: [String: [String: String]]
    /// Months after the last day within which addressees answer each recommendation (9 unless set).
    public var responseMonths: Int
    /// Months after the last day by which the follow-up is reported in public (12 unless set).
    public var reportMonths: Int

    /// Creates the description of a workshop.
    public init(
        title: String,
        organisation: String = "",
        place: String = "",
        startDate: CalendarDate? = nil,
        endDate: CalendarDate? = nil,
        languages: [Language] = [.en],
        timeZone: String = "Europe/Brussels",
        pseudonymise: Bool = false,
        criterionNames: [String: [String: String]] = [:],
        responseMonths: Int = 9,
        reportMonths: Int = 12
    ) {
        self.criterionNames = criterionNames
        self.responseMonths = responseMonths
        self.reportMonths = reportMonths
        self.title = title
        self.organisation = organisation
        self.place = place
        self.startDate = startDate
        self.endDate = endDate
        self.languages = languages
        self.timeZone = timeZone
        self.pseudonymise = pseudonymise
    }

    enum CodingKeys: String, CodingKey {
        case title, organisation, place, startDate, endDate, languages, timeZone, pseudonymise, criterionNames,
             responseMonths, reportMonths
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        organisation = try c.decode(String.self, forKey: .organisation)
        place = try c.decode(String.self, forKey: .place)
        startDate = try c.decodeIfPresent(CalendarDate.self, forKey: .startDate)
        endDate = try c.decodeIfPresent(CalendarDate.self, forKey: .endDate)
        languages = try c.decode([Language].self, forKey: .languages)
        timeZone = try c.decode(String.self, forKey: .timeZone)
        pseudonymise = try c.decode(Bool.self, forKey: .pseudonymise)
        criterionNames = try c.decodeIfPresent([String: [String: String]].self, forKey: .criterionNames) ?? [:]
        responseMonths = try c.decodeIfPresent(Int.self, forKey: .responseMonths) ?? 9
        reportMonths = try c.decodeIfPresent(Int.self, forKey: .reportMonths) ?? 12
    }

    /// The language exports use unless told otherwise.
    public var language: Language { languages.first ?? .en }
}
