/// The file formats a chart can be rendered to.
public enum OutputFormat: String, Sendable, CaseIterable {
    case png, pdf, svg, eps

    /// The format for a file extension such as "PDF" or "png"; nil for anything else.
    public init?(pathExtension: String) {
        self.init(rawValue: pathExtension.lowercased())
    }

    /// The usual file extension.
    public var pathExtension: String { rawValue }
}
