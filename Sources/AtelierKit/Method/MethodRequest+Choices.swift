extension MethodRequest {
    /// A `choice` parameter read as one of a method's own options.
    ///
    /// The host has checked the value against the manifest's `choices`; the method still names its
    /// options in a type so that a manifest and a module that disagree fail with a clear message.
    /// - Throws: ``MethodError`` when the value is not one of `Option`'s cases.
    public func choice<Option>(_ name: String, as option: Option.Type) throws -> Option
    where Option: RawRepresentable & CaseIterable, Option.RawValue == String {
        let value = try string(name)
        guard let chosen = Option(rawValue: value) else {
            throw MethodError(
                "parameter \(name): '\(value)' is not one of "
                    + Option.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return chosen
    }

    /// A list parameter of item kinds (`[challenge, proposal]`).
    /// - Throws: ``MethodError`` naming the first entry that is not an ``ItemKind``.
    public func itemKinds(_ name: String) throws -> [ItemKind] {
        try list(name).map { entry in
            guard let kind = ItemKind(rawValue: entry) else {
                throw MethodError(
                    "parameter \(name): '\(entry)' is not an item kind; use "
                        + ItemKind.allCases.map(\.rawValue).joined(separator: ", "))
            }
            return kind
        }
    }
}
