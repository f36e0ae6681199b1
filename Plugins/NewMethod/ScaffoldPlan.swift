/// Everything `new-method` writes, worked out and checked before anything is written.
struct ScaffoldPlan {
    /// The method created.
    let method: ScaffoldedMethod
    /// New files: path from the package's root, contents.
    let newFiles: [(path: String, contents: String)]
    /// Changed files: path from the package's root, new contents.
    let changedFiles: [(path: String, contents: String)]

    /// Checks the request against the package and prepares the files.
    /// - Throws: ``ScaffoldRefusal`` with every problem found: an invalid or taken id, an invalid or
    ///   taken module name, a target folder or file that is already there, a file whose anchor is missing.
    init(_ options: NewMethodOptions, in package: PackageFolder) throws(ScaffoldRefusal) {
        var problems: [String] = []
        func check(_ body: () throws(ScaffoldRefusal) -> Void) {
            do { try body() } catch { problems += error.problems }
        }
        let id = options.id
        let idIsValid = MethodNaming.isValidID(id)
        if !idIsValid {
            problems.append(
                "'\(id)' is not a valid method id: use lowercase letters, digits and dashes, starting with a letter "
                    + "and not ending with a dash (for example pestle or start-stop-continue)")
        }
        let module = options.module ?? MethodNaming.moduleName(forID: id)
        let moduleIsValid = MethodNaming.isValidModuleName(module)
        if options.module != nil && !moduleIsValid {
            problems.append(
                "'\(module)' is not a valid module name: use an ASCII capital letter, then ASCII letters and digits "
                    + "(for example Pestle)")
        }
        let method = ScaffoldedMethod(options, module: module)
        let manifests = package.manifests()

        var idIsTaken = false
        let manifestFiles = [method.manifestPath, "methods/builtin/\(id).yml"]
        if idIsValid, let taken = manifests.first(where: { $0.id == id || manifestFiles.contains($0.path) }) {
            idIsTaken = true
            problems.append("a method with id '\(id)' exists already (\(taken.path)); choose another id")
        }
        var moduleIsTaken = false
        // A module named after a taken id is taken too; saying so again would only repeat the id's problem.
        if moduleIsValid && (!idIsTaken || options.module != nil) {
            check { () throws(ScaffoldRefusal) in
                if let taken = try Self.owner(of: module, in: package, manifests: manifests) {
                    moduleIsTaken = true
                    problems.append(taken)
                }
            }
        }
        // The files of a taken module belong to it: listing them would repeat the module's problem.
        if moduleIsValid && !moduleIsTaken {
            let inside = package.contents(of: method.folder)
            if !inside.isEmpty {
                problems.append(
                    "\(method.folder) exists and is not empty (\(inside.sorted().prefix(3).joined(separator: ", "))\(inside.count > 3 ? ", …" : "")); "
                        + "remove it, or choose another module name with --module")
            }
        }
        var newFiles: [(path: String, contents: String)] = []
        var changedFiles: [(path: String, contents: String)] = []
        if idIsValid && moduleIsValid && !moduleIsTaken {
            newFiles = method.files
            // The module's folder and the manifest were checked above; a taken id's page is its method's.
            for path in idIsTaken ? [method.testPath] : [method.pagePath, method.testPath] where package.exists(path) {
                problems.append("\(path) exists already; move it away or choose another id or module name")
            }
            check { () throws(ScaffoldRefusal) in
                let text = try package.read(PackageWiring.packageFile)
                changedFiles.append((PackageWiring.packageFile, try PackageWiring.package(text, adding: method)))
            }
            check { () throws(ScaffoldRefusal) in
                let text = try package.read(PackageWiring.hostFile)
                changedFiles.append((PackageWiring.hostFile, try PackageWiring.host(text, adding: method)))
            }
        }
        guard problems.isEmpty else {
            // Package.swift's missing anchor is found by two checks; say it once.
            var seen = Set<String>()
            throw ScaffoldRefusal(problems.filter { seen.insert($0).inserted })
        }
        self.method = method
        self.newFiles = newFiles
        self.changedFiles = changedFiles
    }

    /// What already uses the module name, said as a problem; nil when nothing does.
    /// - Throws: ``ScaffoldRefusal`` when `Package.swift` cannot be read or has no `methodModules`.
    private static func owner(of module: String, in package: PackageFolder, manifests: [PackageFolder.ManifestSummary]) throws(ScaffoldRefusal) -> String? {
        let modules = try PackageWiring.methodModules(in: try package.read(PackageWiring.packageFile))
        let advice = "choose another module name with --module"
        if let listed = modules.first(where: { $0.lowercased() == module.lowercased() }) {
            return "module \(listed) is already in methodModules in Package.swift; \(advice)"
        }
        if let owner = manifests.first(where: { $0.module?.lowercased() == module.lowercased() }) {
            return "module \(owner.module ?? module) is already declared by \(owner.path); \(advice)"
        }
        if MethodNaming.namesTheTemplatesUse.contains(module) {
            return "module name '\(module)' would hide a type the generated code uses; \(advice)"
        }
        if let file = package.declaredTypes()[module] {
            return "a type named \(module) exists already (\(file)); \(advice)"
        }
        return nil
    }
}
