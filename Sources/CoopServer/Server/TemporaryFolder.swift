import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The server's private folder (mode 0700, a random name) for the moments a workbook must be a file
/// for its reader; each copy is removed as soon as it is read, and the folder when the server stops.
/// Its name never comes from a request.
final class TemporaryFolder: Sendable {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/coopchart-serve-XXXXXX").utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in mkdtemp(buffer.baseAddress!) }
        guard made != nil else {
            throw InputErrorText(
                "cannot make a private temporary folder in \(NSTemporaryDirectory()) (\(String(cString: strerror(errno)))); set TMPDIR to a folder you may write in"
            )
        }
        path = String(cString: template.map { $0 })
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}
