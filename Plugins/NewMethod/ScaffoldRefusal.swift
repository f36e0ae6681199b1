/// Why `new-method` creates nothing: every problem found, each said for the person who typed the command.
struct ScaffoldRefusal: Error, CustomStringConvertible {
    /// One sentence per problem: what is wrong and what to do.
    let problems: [String]
    /// How to call the command, when the problem is in the arguments.
    let usage: String?

    init(_ problems: [String], usage: String? = nil) {
        self.problems = problems
        self.usage = usage
    }

    init(_ problem: String) {
        self.init([problem])
    }

    /// What `swift package` prints last, after the problems reported one by one.
    var description: String {
        "new-method wrote nothing"
    }
}
