import AtelierKit

/// A number as an error message shows it: `3`, `2.5`, `3.33`.
func figure(_ value: Double) -> String { Language.en.decimal(value) }
