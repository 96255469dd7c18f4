import CCairo

/// A Cairo call that failed, with the operation, the sizes involved and Cairo's own explanation.
public enum CairoError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Cairo refused to create a surface (for example a size of zero or above 32767 pixels).
    case surfaceCreation(kind: String, width: Double, height: Double, reason: String)
    /// A drawing context could not be created on a surface.
    case contextCreation(reason: String)
    /// Drawing left the context in an error state, so the output would be incomplete.
    case drawing(reason: String)
    /// Finishing a vector document (PDF, SVG, EPS) failed.
    case finish(kind: String, reason: String)
    /// Encoding the image as PNG failed; no bytes are returned.
    case pngWrite(width: Int, height: Int, reason: String)

    public var description: String {
        switch self {
        case let .surfaceCreation(kind, width, height, reason):
            return "cannot create a \(kind) surface of \(width)×\(height): \(reason) "
                + "(sizes must be positive and at most 32767 pixels per side for images)"
        case let .contextCreation(reason):
            return "cannot create a Cairo drawing context: \(reason)"
        case let .drawing(reason):
            return "drawing failed: \(reason)"
        case let .finish(kind, reason):
            return "cannot finish the \(kind) document: \(reason)"
        case let .pngWrite(width, height, reason):
            return "cannot write a \(width)×\(height) PNG: \(reason) (PNG needs at least 1×1 pixels)"
        }
    }

    static func reason(_ status: cairo_status_t) -> String {
        guard let text = cairo_status_to_string(status) else { return "status \(status.rawValue)" }
        return String(cString: text)
    }
}
