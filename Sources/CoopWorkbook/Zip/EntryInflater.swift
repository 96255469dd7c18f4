import Foundation
import CInflate
import ZIPFoundation

/// One entry of a workbook's archive, inflated as its reader asks for bytes: a pull loop over zlib on the
/// reader's own thread. Each call reads compressed bytes from the file as needed and inflates them into the
/// reader's buffer, counting every byte against the budget; a deflate stream that ends before its last block
/// (a damaged or crafted archive) is an error the moment its compressed bytes run out, never a loop, and
/// nothing is left running once the reader stops.
final class EntryInflater {
    private let file: FileHandle
    private var compressedLeft: Int
    private let compressed: Bool
    private let expectedChecksum: UInt32
    private let budget: ExtractionBudget
    private var stream = z_stream()
    private var started = false
    private let input: UnsafeMutablePointer<UInt8>
    private static let inputSize = 1 << 16
    private var checksum: uLong = crc32(0, nil, 0)
    private(set) var finished = false

    /// The entry `entry` of the archive at `path`; its compressed bytes start at `dataOffset`.
    init(path: String, entry: Entry, dataOffset: UInt64, budget: ExtractionBudget) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ExtractionFailure.damaged }
        file = handle
        try handle.seek(toOffset: dataOffset)
        compressedLeft = Int(clamping: entry.compressedSize)
        compressed = entry.isCompressed
        expectedChecksum = entry.checksum
        self.budget = budget
        input = .allocate(capacity: Self.inputSize)
        if compressed {
            // Raw deflate (no zlib header), as a ZIP entry holds it.
            guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                input.deallocate()
                throw ExtractionFailure.damaged
            }
            started = true
        }
    }

    deinit {
        if started { inflateEnd(&stream) }
        input.deallocate()
        try? file.close()
    }

    /// Up to `length` inflated bytes into `buffer`; 0 at the end of the entry (its checksum then checked).
    func read(_ buffer: UnsafeMutablePointer<UInt8>, maxLength length: Int) throws -> Int {
        guard !finished, length > 0 else { return 0 }
        let produced = compressed ? try inflate(into: buffer, length) : try copy(into: buffer, length)
        if produced > 0 {
            try budget.count(produced)
            checksum = crc32(checksum, buffer, uInt(produced))
        }
        if finished, UInt32(truncatingIfNeeded: checksum) != expectedChecksum { throw ExtractionFailure.checksum }
        return produced
    }

    private func refill() throws -> Int {
        let wanted = min(Self.inputSize, compressedLeft)
        guard wanted > 0 else { return 0 }
        let data = try file.read(upToCount: wanted) ?? Data()
        guard !data.isEmpty else { throw ExtractionFailure.stalled }
        data.copyBytes(to: input, count: data.count)
        compressedLeft -= data.count
        return data.count
    }

    private func copy(into buffer: UnsafeMutablePointer<UInt8>, _ length: Int) throws -> Int {
        let wanted = min(length, compressedLeft)
        guard wanted > 0 else {
            finished = true
            return 0
        }
        let data = try file.read(upToCount: wanted) ?? Data()
        guard !data.isEmpty else { throw ExtractionFailure.stalled }
        data.copyBytes(to: buffer, count: data.count)
        compressedLeft -= data.count
        if compressedLeft == 0 { finished = true }
        return data.count
    }

    private func inflate(into buffer: UnsafeMutablePointer<UInt8>, _ length: Int) throws -> Int {
        stream.next_out = buffer
        stream.avail_out = uInt(min(length, Int(UInt32.max)))
        while stream.avail_out > 0 {
            if stream.avail_in == 0 {
                let count = try refill()
                if count > 0 {
                    stream.next_in = input
                    stream.avail_in = uInt(count)
                }
            }
            let before = stream.avail_out
            let result = CInflate.inflate(&stream, Z_NO_FLUSH)
            if result == Z_STREAM_END {
                finished = true
                break
            }
            guard result == Z_OK || result == Z_BUF_ERROR else { throw ExtractionFailure.damaged }
            let producedNow = stream.avail_out != before
            // No input left and nothing more to give: the stream stops before its end.
            if stream.avail_in == 0 && compressedLeft == 0 && !producedNow { throw ExtractionFailure.stalled }
            // Hand over what there is; the reader asks again.
            if Int(uInt(min(length, Int(UInt32.max))) - stream.avail_out) > 0 && stream.avail_in == 0 { break }
        }
        return Int(uInt(min(length, Int(UInt32.max))) - stream.avail_out)
    }
}
