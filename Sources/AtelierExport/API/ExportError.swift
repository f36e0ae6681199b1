import Foundation

/// Why an export failed, naming the file and what to do.
public enum ExportError: Error, CustomStringConvertible {
    /// The output folder does not exist and could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// Writing one document failed; nothing was left under its final name.
    case documentFailed(file: String, format: ExportFormat, reason: String)
    /// The finished document could not be moved to its final name.
    case cannotMove(from: String, to: String, reason: String)
    /// The zip package could not be created (`entry` nil) or assembled.
    case packageFailed(file: String, entry: String?, reason: String)

    public var description: String {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            "cannot create the output folder \(path): \(reason)"
        case .documentFailed(let file, let format, let reason):
            "could not write \(file) (\(format.rawValue)): \(reason); no file was left under that name"
        case .cannotMove(let from, let to, let reason):
            "could not move the finished file \(from) to \(to): \(reason)"
        case .packageFailed(let file, let entry?, let reason):
            "could not add \(entry) to the package \(file): \(reason)"
        case .packageFailed(let file, nil, let reason):
            "could not create the package \(file): \(reason)"
        }
    }

    /// What the system said, in a few words: `No space left on device` rather than a whole NSError
    /// dump; Atelier's own errors keep their descriptions.
    static func reason(of error: any Error) -> String {
        let bridged = error as NSError
        if let underlying = bridged.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        switch bridged.domain {
        case NSPOSIXErrorDomain: return String(cString: strerror(Int32(bridged.code)))
        case NSCocoaErrorDomain: return bridged.localizedDescription
        default: return "\(error)"
        }
    }
}
