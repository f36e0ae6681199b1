import CGLPK

/// The solver the fair lotteries are computed with, named in a draw's record: another version may
/// choose another lottery, as fair, for the same inputs and seed, and so another panel.
public enum PanelSolver {
    /// The solver and its version, `GLPK 5.0`.
    public static var name: String { "GLPK \(String(cString: glp_version()))" }
}
