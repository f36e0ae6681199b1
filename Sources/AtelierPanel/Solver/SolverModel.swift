import CGLPK

/// A linear or mixed-integer program held by GLPK, built row by row and column by column, solved
/// again after changes from where the last solution left off (column generation adds columns to the
/// master problem; pricing changes the objective of one MIP).
///
/// GLPK calls `abort()` on misuse (an index out of range, a repeated index in a row or column, lower
/// bound above upper, a non-finite number), so every input is checked here first and refused with a
/// ``SolverError``. GLPK's own messages are switched off. One model is used by one thread at a time;
/// GLPK keeps its environment per thread.
final class SolverModel {
    /// Whether the objective is minimised or maximised.
    enum Sense { case minimise, maximise }

    /// The bounds of a row or column; nil is no bound on that side.
    struct Bounds: Equatable {
        var lower: Double?
        var upper: Double?

        static let free = Bounds(lower: nil, upper: nil)
        static func atLeast(_ value: Double) -> Bounds { Bounds(lower: value, upper: nil) }
        static func atMost(_ value: Double) -> Bounds { Bounds(lower: nil, upper: value) }
        static func between(_ lower: Double, _ upper: Double) -> Bounds { Bounds(lower: lower, upper: upper) }
        static func exactly(_ value: Double) -> Bounds { Bounds(lower: value, upper: value) }
    }

    private let problem: OpaquePointer
    private(set) var rowCount = 0
    private(set) var columnCount = 0

    init(sense: Sense) {
        glp_term_out(GLP_OFF)
        problem = glp_create_prob()
        glp_set_obj_dir(problem, sense == .minimise ? GLP_MIN : GLP_MAX)
    }

    deinit { glp_delete_prob(problem) }

    /// Adds a row `lower ≤ Σ coefficient·x ≤ upper` over existing columns; returns its index (from 0).
    @discardableResult
    func addRow(_ terms: [(column: Int, coefficient: Double)], bounds: Bounds) throws -> Int {
        try check(bounds, "row \(rowCount)")
        try check(terms.map(\.column), count: columnCount, kind: "column", in: "row \(rowCount)")
        try check(terms.map(\.coefficient), in: "row \(rowCount)")
        let row = glp_add_rows(problem, 1)
        setBounds(bounds) { glp_set_row_bnds(problem, row, $0, $1, $2) }
        setEntries(terms.map { ($0.column + 1, $0.coefficient) }) { glp_set_mat_row(problem, row, $0, $1, $2) }
        rowCount += 1
        return rowCount - 1
    }

    /// Adds a column with its bounds, objective coefficient and entries in existing rows; returns its
    /// index (from 0).
    @discardableResult
    func addColumn(bounds: Bounds, objective: Double = 0, integer: Bool = false,
                   entries: [(row: Int, coefficient: Double)] = []) throws -> Int {
        try check(bounds, "column \(columnCount)")
        try check([objective], in: "the objective")
        try check(entries.map(\.row), count: rowCount, kind: "row", in: "column \(columnCount)")
        try check(entries.map(\.coefficient), in: "column \(columnCount)")
        let column = glp_add_cols(problem, 1)
        setBounds(bounds) { glp_set_col_bnds(problem, column, $0, $1, $2) }
        glp_set_obj_coef(problem, column, objective)
        if integer { glp_set_col_kind(problem, column, GLP_IV) }
        setEntries(entries.map { ($0.row + 1, $0.coefficient) }) { glp_set_mat_col(problem, column, $0, $1, $2) }
        columnCount += 1
        return columnCount - 1
    }

    /// Sets the objective coefficient of a column.
    func setObjective(_ column: Int, _ coefficient: Double) throws {
        try check([column], count: columnCount, kind: "column", in: "the objective")
        try check([coefficient], in: "the objective")
        glp_set_obj_coef(problem, Int32(column + 1), coefficient)
    }

    /// Replaces a column's entries.
    func setEntries(_ column: Int, _ entries: [(row: Int, coefficient: Double)]) throws {
        try check([column], count: columnCount, kind: "column", in: "the entries")
        try check(entries.map(\.row), count: rowCount, kind: "row", in: "column \(column)")
        try check(entries.map(\.coefficient), in: "column \(column)")
        setEntries(entries.map { ($0.row + 1, $0.coefficient) }) { glp_set_mat_col(problem, Int32(column + 1), $0, $1, $2) }
    }

    /// Sets the bounds of a row.
    func setRowBounds(_ row: Int, _ bounds: Bounds) throws {
        try check([row], count: rowCount, kind: "row", in: "the bounds")
        try check(bounds, "row \(row)")
        setBounds(bounds) { glp_set_row_bnds(problem, Int32(row + 1), $0, $1, $2) }
    }

    /// Solves the linear program (integrality ignored) by the simplex method, from the last basis.
    /// - Parameter dual: Use the dual simplex method: the quicker from a basis that bounds changed
    ///   since (it stays dual feasible), where the primal method may stall; the primal method is the
    ///   quicker after columns were added.
    /// - Returns: Whether an optimal solution was found; false when there is none (infeasible).
    func solveLinear(dual: Bool = false) throws -> Bool {
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_OFF
        parameters.meth = dual ? GLP_DUALP : GLP_PRIMAL
        var code = glp_simplex(problem, &parameters)
        if code == GLP_EBADB || code == GLP_EFAIL || code == GLP_ESING || code == GLP_ECOND {
            // A basis left singular by earlier changes: start again from the standard one.
            glp_std_basis(problem)
            code = glp_simplex(problem, &parameters)
        }
        guard code == 0 else { throw SolverError.failed("the simplex method stopped (GLPK code \(code))") }
        switch glp_get_status(problem) {
        case GLP_OPT: return true
        case GLP_NOFEAS, GLP_INFEAS: return false
        case GLP_UNBND: throw SolverError.failed("the linear program is unbounded")
        case let status: throw SolverError.failed("the linear program has no optimal solution (GLPK status \(status))")
        }
    }

    /// Solves the mixed-integer program by branch and bound, from the optimal basis of its linear
    /// relaxation.
    /// - Returns: Whether an optimal integer solution was found; false when there is none.
    func solveInteger() throws -> Bool {
        guard try solveLinear() else { return false }
        var parameters = glp_iocp()
        glp_init_iocp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.presolve = GLP_OFF
        parameters.br_tech = GLP_BR_DTH
        parameters.bt_tech = GLP_BT_BLB
        let code = glp_intopt(problem, &parameters)
        guard code == 0 || code == GLP_ENOPFS else { throw SolverError.failed("branch and bound stopped (GLPK code \(code))") }
        switch glp_mip_status(problem) {
        case GLP_OPT: return true
        case GLP_NOFEAS: return false
        case let status: throw SolverError.failed("the integer program has no optimal solution (GLPK status \(status))")
        }
    }

    /// The objective's value in the last linear solution.
    var linearObjective: Double { glp_get_obj_val(problem) }
    /// The objective's value in the last integer solution.
    var integerObjective: Double { glp_mip_obj_val(problem) }

    /// A column's value in the last linear solution.
    func linearValue(_ column: Int) -> Double { glp_get_col_prim(problem, Int32(column + 1)) }
    /// A column's value in the last integer solution.
    func integerValue(_ column: Int) -> Double { glp_mip_col_val(problem, Int32(column + 1)) }
    /// A row's dual value (shadow price) in the last linear solution.
    func rowDual(_ row: Int) -> Double { glp_get_row_dual(problem, Int32(row + 1)) }

    /// Refuses bounds GLPK would abort on: not finite, or lower above upper.
    private func check(_ bounds: Bounds, _ what: String) throws {
        for value in [bounds.lower, bounds.upper].compactMap({ $0 }) where !value.isFinite {
            throw SolverError.invalidInput("a bound that is not a number (\(value)) in \(what)")
        }
        if let lower = bounds.lower, let upper = bounds.upper, lower > upper {
            throw SolverError.invalidInput("a lower bound \(lower) above the upper bound \(upper) in \(what)")
        }
    }

    /// Refuses indices out of range or repeated.
    private func check(_ indices: [Int], count: Int, kind: String, in what: String) throws {
        if let bad = indices.first(where: { $0 < 0 || $0 >= count }) {
            throw SolverError.invalidInput("\(kind) \(bad) of \(count) in \(what)")
        }
        if Set(indices).count != indices.count {
            throw SolverError.invalidInput("a \(kind) twice in \(what)")
        }
    }

    /// Refuses coefficients that are not finite.
    private func check(_ coefficients: [Double], in what: String) throws {
        if let bad = coefficients.first(where: { !$0.isFinite }) {
            throw SolverError.invalidInput("a coefficient that is not a number (\(bad)) in \(what)")
        }
    }

    private func setBounds(_ bounds: Bounds, _ set: (Int32, Double, Double) -> Void) {
        switch (bounds.lower, bounds.upper) {
        case (nil, nil): set(GLP_FR, 0, 0)
        case (let lower?, nil): set(GLP_LO, lower, 0)
        case (nil, let upper?): set(GLP_UP, 0, upper)
        case (let lower?, let upper?): set(lower == upper ? GLP_FX : GLP_DB, lower, upper)
        }
    }

    /// Passes entries as GLPK wants them: arrays indexed from 1 (element 0 unused).
    private func setEntries(_ entries: [(Int, Double)], _ set: (Int32, UnsafePointer<Int32>, UnsafePointer<Double>) -> Void) {
        let indices = [Int32(0)] + entries.map { Int32($0.0) }
        let values = [0.0] + entries.map(\.1)
        set(Int32(entries.count), indices, values)
    }
}
