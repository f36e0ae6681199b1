/// The version of Atelier, written into exported documents as `Atelier/<version>`.
public enum AtelierVersion {
    public static let current = "0.1.0"
}
