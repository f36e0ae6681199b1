/// The four quadrants of an impact × feasibility matrix.
public enum MatrixQuadrant: String, CaseIterable, Sendable {
    /// High impact, high feasibility.
    case quickWins = "quick-wins"
    /// High impact, low feasibility.
    case majorProjects = "major-projects"
    /// Low impact, high feasibility.
    case fillIns = "fill-ins"
    /// Low impact, low feasibility.
    case thanklessTasks = "thankless-tasks"

    /// Reads a result entry's group as methods write it (`quick-wins`, `Quick win`, `fill_ins`, …).
    public init?(group: String) {
        let key = String(group.lowercased().unicodeScalars.filter { ("a"..."z").contains($0) })
        switch key {
        case "quickwins", "quickwin": self = .quickWins
        case "majorprojects", "majorproject": self = .majorProjects
        case "fillins", "fillin": self = .fillIns
        case "thanklesstasks", "thanklesstask": self = .thanklessTasks
        default: return nil
        }
    }

    /// The quadrant of a point, given which side of each threshold it lies on.
    public init(highImpact: Bool, highFeasibility: Bool) {
        switch (highImpact, highFeasibility) {
        case (true, true): self = .quickWins
        case (true, false): self = .majorProjects
        case (false, true): self = .fillIns
        case (false, false): self = .thanklessTasks
        }
    }
}
