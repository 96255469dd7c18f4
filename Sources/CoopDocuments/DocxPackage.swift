import Foundation
import ZIPFoundation

/// The .docx package: the parts zipped in memory with ZIPFoundation, in a fixed order and with a
/// fixed modification time, so the same document gives the same bytes every run.
enum DocxPackage {
    static func zip(_ parts: [(path: String, bytes: [UInt8])], date: String?) throws -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw DocumentError("could not start the .docx package in memory: \(error)")
        }
        let stamp = timestamp(date)
        for (path, bytes) in parts {
            let data = Data(bytes)
            do {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                    compressionMethod: path.hasSuffix(".png") ? .none : .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw DocumentError("could not add \(path) to the .docx package: \(error)")
            }
        }
        guard let data = archive.data else { throw DocumentError("the .docx package was not completed") }
        return [UInt8](data)
    }

    /// Noon of the given day (local time, as ZIP stores it), else 1 January 1980, the first day ZIP can record.
    private static func timestamp(_ date: String?) -> Date {
        var components = DateComponents()
        let parts = date?.split(separator: "-").compactMap { Int($0) } ?? []
        (components.year, components.month, components.day) = parts.count == 3 ? (parts[0], parts[1], parts[2]) : (1980, 1, 1)
        components.hour = 12
        return Calendar(identifier: .gregorian).date(from: components) ?? Date(timeIntervalSince1970: 315_576_000)
    }
}

/// A Word document that could not be written.
public struct DocumentError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
