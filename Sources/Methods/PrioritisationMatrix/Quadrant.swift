/// Where an item falls on the matrix's two axes, named for the usual impact × feasibility reading.
enum Quadrant: String, CaseIterable {
    /// Favourable on both axes: do it first.
    case quickWin = "quick-win"
    /// Favourable on the first axis only (high impact, hard to do): plan it.
    case majorProject = "major-project"
    /// Favourable on the second axis only (easy, little impact): do it when there is room.
    case fillIn = "fill-in"
    /// Favourable on neither: drop it, or rethink it.
    case thankless

    init(firstFavourable: Bool, secondFavourable: Bool) {
        switch (firstFavourable, secondFavourable) {
        case (true, true): self = .quickWin
        case (true, false): self = .majorProject
        case (false, true): self = .fillIn
        case (false, false): self = .thankless
        }
    }
}
