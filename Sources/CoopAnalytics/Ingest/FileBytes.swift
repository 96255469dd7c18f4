#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads files with plain POSIX calls: straight into the array the reader parses (no `Data` in
/// between, so a 30 MB file is not copied twice), or block by block for streaming readers.
struct FileBytes: ~Copyable {
    /// Why a file could not be read (an `errno` value).
    struct Failure: Error { let code: Int32 }

    fileprivate let descriptor: Int32

    /// Opens `path` for reading; a folder is refused.
    init(path: String) throws {
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw Failure(code: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw Failure(code: EISDIR)
        }
    }

    deinit { close(descriptor) }

    /// The size the file has now (a hint for reserving memory).
    var size: Int {
        var status = stat()
        return fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    }

    /// Reads at most `count` bytes into `destination`; fewer only at the end of the file (0 there).
    func read(into destination: UnsafeMutablePointer<UInt8>, count: Int) throws -> Int {
        var got = 0
        while got < count {
            let result = systemRead(descriptor, destination + got, count - got)
            if result < 0 {
                if errno == EINTR { continue }
                throw Failure(code: errno)
            }
            if result == 0 { break }
            got += result
        }
        return got
    }

    /// Replaces `bytes` with the next block of at most `count` bytes; false at the end of the file.
    func next(_ count: Int, into bytes: inout [UInt8]) throws -> Bool {
        bytes.removeAll(keepingCapacity: true)
        try append(count, to: &bytes)
        return !bytes.isEmpty
    }

    /// Appends at most `count` bytes (fewer only at the end of the file).
    func append(_ count: Int, to bytes: inout [UInt8]) throws {
        // Through a 64 KB scratch block rather than by growing `bytes` by `count` zeros first: the whole-file
        // read asks for 1 MB more to see the end of the file, and zero-filling that (then removing it) on
        // every file read cost seconds per chart in a debug or sanitized build.
        var remaining = count
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(1, min(count, 1 << 16))) { block in
            while remaining > 0 {
                let got = try read(into: block.baseAddress!, count: min(remaining, block.count))
                if got == 0 { return }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: block[0..<got]))
                remaining -= got
            }
        }
    }

    /// The first bytes of a file (enough to tell a workbook from text).
    static func head(_ path: String, count: Int = 8) throws -> [UInt8] {
        let file = try FileBytes(path: path)
        var bytes: [UInt8] = []
        try file.append(count, to: &bytes)
        return bytes
    }

    /// The whole file.
    static func read(_ path: String) throws -> [UInt8] {
        let file = try FileBytes(path: path)
        let expected = file.size
        // Read straight into uninitialised storage: zero-filling 30 MB first would cost as much as the read.
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, count in
            count = 0
            while count < expected {
                let result = systemRead(file.descriptor, buffer.baseAddress! + count, expected - count)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if result == 0 { return }
                count += result
            }
        }
        if failure != 0 { throw Failure(code: failure) }
        // A file that grew while being read: take the rest too.
        while true {
            let before = bytes.count
            try file.append(1 << 20, to: &bytes)
            if bytes.count == before { return bytes }
        }
    }
}

private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
