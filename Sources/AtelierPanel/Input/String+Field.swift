import Foundation

extension String {
    /// A field with the spaces and tabs around it removed, as `sortition-algorithms` strips them.
    var trimmedField: String { trimmingCharacters(in: .whitespaces) }
}
