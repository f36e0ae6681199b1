import CLibXML2

/// Collects libxml2's structured errors for one operation, through an `Unmanaged` context pointer.
///
/// Variadic error callbacks do not import into Swift on Linux; the structured callback
/// (`xmlStructuredErrorFunc`) does, and carries line and column.
final class DiagnosticCollector {
    /// The name used when libxml2 does not say which file a message is about.
    let fallbackFile: String
    private(set) var diagnostics: [XMLDiagnostic] = []

    init(file: String) { fallbackFile = file }

    /// The context pointer to hand to libxml2; valid while `self` is alive.
    var context: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Runs `body` with this collector installed as the calling thread's structured error handler
    /// (libxml2 keeps that handler per thread), restoring none afterwards.
    func capturingThreadErrors<T>(_ body: () throws -> T) rethrows -> T {
        xmlSetStructuredErrorFunc(context, collectStructuredError)
        defer { xmlSetStructuredErrorFunc(nil, nil) }
        return try body()
    }

    func record(_ error: UnsafePointer<xmlError>) {
        let level = error.pointee.level
        guard level != XML_ERR_NONE else { return }
        var message = error.pointee.message.map { String(cString: $0) } ?? "unknown error"
        while message.last == "\n" || message.last == " " { message.removeLast() }
        let file = error.pointee.file.map { String(cString: $0) } ?? fallbackFile
        diagnostics.append(XMLDiagnostic(
            file: file, line: Int(error.pointee.line), column: Int(error.pointee.int2),
            severity: level == XML_ERR_WARNING ? .warning : .error, message: message))
    }

    /// Only the error-level messages.
    var errors: [XMLDiagnostic] { diagnostics.filter { $0.severity == .error } }
}

/// The C callback that forwards to the ``DiagnosticCollector`` behind the context pointer.
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<DiagnosticCollector>.fromOpaque(context).takeUnretainedValue().record(UnsafePointer(error))
}
