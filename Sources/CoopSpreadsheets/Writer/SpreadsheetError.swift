import CXlsxWriter

/// A workbook that could not be written, naming the sheet and cell (or the step) and libxlsxwriter's reason.
public struct SpreadsheetError: Error, CustomStringConvertible, Sendable {
    public let message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }

    /// libxlsxwriter's own words for an error code.
    static func reason(_ code: lxw_error) -> String {
        String(cString: lxw_strerror(code))
    }

    /// Throws when `code` is not success, saying where (`place`, e.g. "Bảng điểm!D5") it happened.
    static func check(_ code: lxw_error, _ place: @autoclosure () -> String) throws(SpreadsheetError) {
        guard code != LXW_NO_ERROR else { return }
        throw SpreadsheetError("\(place()): \(reason(code))")
    }
}
