extension MethodRequest {
    /// An integer parameter. The host has filled in defaults and checked types, so a missing value
    /// means the manifest does not declare the parameter.
    /// - Throws: ``MethodError`` when the parameter is absent or not an integer.
    public func integer(_ name: String) throws -> Int {
        guard let value = parameters[name]?.intValue else { throw missing(name, "an integer") }
        return value
    }

    /// A number parameter (integers convert).
    public func number(_ name: String) throws -> Double {
        guard let value = parameters[name]?.doubleValue else { throw missing(name, "a number") }
        return value
    }

    /// A text parameter.
    public func string(_ name: String) throws -> String {
        guard let value = parameters[name]?.stringValue else { throw missing(name, "a string") }
        return value
    }

    /// A Boolean parameter.
    public func bool(_ name: String) throws -> Bool {
        guard let value = parameters[name]?.boolValue else { throw missing(name, "a boolean") }
        return value
    }

    /// A list parameter.
    public func list(_ name: String) throws -> [String] {
        guard let value = parameters[name]?.listValue else { throw missing(name, "a list") }
        return value
    }

    /// An optional parameter of any type: nil when it has no default and was not given.
    public func optional(_ name: String) -> ParameterValue? { parameters[name] }

    private func missing(_ name: String, _ type: String) -> MethodError {
        MethodError("parameter '\(name)' of method '\(method)' must be \(type); check its manifest")
    }
}
