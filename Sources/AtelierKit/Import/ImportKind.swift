/// What an imported file (CSV, or a sheet of a spreadsheet) brings into the workshop, and the columns it may have.
public enum ImportKind: String, Sendable, CaseIterable {
    case participants, items, categories, criteria, ballots, scores, actions

    /// Every column the kind accepts (scores also accept one column per criterion id, participants one
    /// column per attribute).
    public var columns: [String] {
        switch self {
        case .participants: ["id", "name", "group", "role"]
        case .items: ["id", "text", "kind", "category", "author", "builds_on", "addresses", "dimension", "position", "step"]
        case .categories: ["id", "name", "description"]
        case .criteria: ["id", "name", "min", "max", "weight", "direction"]
        case .ballots: ["participant", "item", "dots", "step"]
        case .scores: ["participant", "group", "item", "criterion", "value", "step"]
        case .actions: ["id", "title", "description", "problem", "carrier", "owner", "partners", "horizon", "rank",
                        "budget", "status", "items", "milestones"] + Self.followUpColumns
        }
    }

    /// The columns of an actions file that hold its follow-up (see ``FollowUp``).
    public static let followUpColumns = [
        "addressee", "service", "minister", "response", "justification", "measure", "progress", "received", "responded",
        "due", "next_review", "evidence", "parent", "weight",
    ]

    /// Columns that must be present.
    public var required: [String] {
        switch self {
        case .participants: ["id", "name"]
        case .items: ["text", "kind"]
        case .categories: ["name"]
        case .criteria: ["id"]
        case .ballots: ["item", "dots"]
        case .scores: ["item"]
        case .actions: ["title"]
        }
    }

    /// The header a file of this kind starts with, as help shows it.
    public var example: String {
        switch self {
        case .participants: "id,name,group,role,service,gender"
        case .items: "id,text,kind,category,author,builds_on"
        case .categories: "id,name,description"
        case .criteria: "id,name,min,max,weight,direction"
        case .ballots: "participant,item,dots   or   item,dots"
        case .scores: "participant,item,criterion,value   or   item,impact,feasibility"
        case .actions: "id,title,description,carrier,owner,horizon,items,status"
        }
    }
}
