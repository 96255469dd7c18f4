import Foundation
import CoopAnalytics
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes outputs so that a reader never sees half a file: bytes go to a temporary file in the
/// target folder, which is then renamed into place. Nothing is left behind on failure.
///
/// An output that already exists and is not a regular file (`/dev/null`, `/dev/full`, `/dev/stdout`,
/// a pipe) is written straight into, since renaming over it would replace the device itself; a
/// failed write there (`/dev/full`: no space left) is an error like any other. A symbolic link is
/// followed, so the file it points to is replaced and the link stays.
///
/// An existing file the user may not write, or a folder they may not write in, is refused as `cp`
/// would refuse it (see `WritePermission`, which also states the rule for root), unless `force`
/// (`--force`): then a read-only file is replaced like any other and keeps its permissions.
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String, inputs: [String] = [], force: Bool = false) throws {
        try write([(path, bytes)], inputs: inputs, force: force)
    }

    static func write(_ text: String, to path: String, inputs: [String] = [], force: Bool = false) throws {
        try write(Array(text.utf8), to: path, inputs: inputs, force: force)
    }

    /// Writes several files as one step: every file is first written to its temporary file; only when
    /// all of them are complete are they renamed into place, so a full disk leaves every earlier
    /// version untouched and no temporary file behind.
    static func write(_ files: [(path: String, bytes: [UInt8])], inputs: [String] = [], force: Bool = false) throws {
        var staged: [(temporary: String, target: String, shown: String)] = []
        do {
            for (path, bytes) in files {
                if let temporary = try stage(bytes, to: path, inputs: inputs, force: force) {
                    staged.append((temporary.path, temporary.target, path))
                }
            }
        } catch {
            for file in staged { unlink(file.temporary) }
            throw error
        }
        for (index, file) in staged.enumerated() where rename(file.temporary, file.target) != 0 {
            let reason = String(cString: strerror(errno))
            for rest in staged[index...] { unlink(rest.temporary) }
            throw InputError(file: file.shown, message: "cannot put the output in place (\(reason)); it was not written")
        }
    }

    /// Writes `bytes` to a new temporary file beside the target and returns it, or, for a device or
    /// pipe, writes them straight in and returns nil.
    private static func stage(_ bytes: [UInt8], to path: String, inputs: [String], force: Bool) throws -> (path: String, target: String)? {
        guard !path.isEmpty else { throw InputError(file: "-o", message: "the output path is empty; give a file name") }
        let url = URL(fileURLWithPath: path)
        try refuseOverwritingInputs(url, inputs: inputs)
        let target = url.resolvingSymlinksInPath()
        var status = stat()
        if stat(target.path, &status) == 0 {
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                throw InputError(file: path, message: "the output path is a folder; give a file name such as \(path)/chart.png")
            case S_IFREG:
                if !force, let refusal = WritePermission.refusal(file: target.path, status: status) {
                    let way = refusal.forceHelps ? "add --force to replace it, or choose another output path" : "choose another output path"
                    throw InputError(file: path, message: "cannot overwrite the existing file: \(refusal.reason); it was left unchanged; \(way)")
                }
            default:
                try writeInPlace(bytes, to: target.path, shown: path)
                return nil
            }
        }
        let folder = target.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw InputError(file: path, message: "the folder \(folder.path) does not exist; create it first or choose another output path")
        }
        if !force, let refusal = WritePermission.refusal(folder: folder.path) {
            let way = refusal.forceHelps ? "choose a folder you can write to, or add --force" : "choose a folder you can write to"
            throw InputError(file: path, message: "cannot write in \(folder.path) (\(refusal.reason)); \(way); nothing was written")
        }
        var descriptor: Int32 = -1
        var temporary = ""
        for _ in 0..<16 {
            temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(UInt32.random(in: 0...UInt32.max)).tmp").path
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw InputError(file: path, message: "cannot write in \(folder.path) (\(reason)); choose a folder you can write to")
        }
        // A replaced file keeps its permissions.
        if stat(target.path, &status) == 0 { fchmod(descriptor, status.st_mode & 0o7777) }
        let failure = writeAll(bytes, to: descriptor, sync: true)
        let closed = close(descriptor)
        if let failure = failure ?? (closed != 0 ? errno : nil) {
            unlink(temporary)
            throw writeError(failure, shown: path)
        }
        return (temporary, target.path)
    }

    private static func writeInPlace(_ bytes: [UInt8], to target: String, shown: String) throws {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw InputError(file: shown, message: "cannot open the output for writing (\(reason)); choose another output path")
        }
        let failure = writeAll(bytes, to: descriptor, sync: false)
        let closed = close(descriptor)
        if let failure = failure ?? (closed != 0 ? errno : nil) { throw writeError(failure, shown: shown) }
    }

    /// Writes every byte, retrying short writes; the `errno` of a failure, else nil.
    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, sync: Bool) -> Int32? {
        var failure: Int32?
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == nil, sync, fsync(descriptor) != 0, errno != EINVAL { failure = errno }
        return failure
    }

    private static func writeError(_ code: Int32, shown: String) -> InputError {
        let reason = String(cString: strerror(code))
        let hint = code == ENOSPC || code == EDQUOT ? "the disk is full; free some space or write elsewhere" : "choose another output path"
        return InputError(file: shown, message: "writing failed (\(reason)); \(hint); nothing was written")
    }

    /// An output that is one of the inputs would destroy the data it was made from.
    private static func refuseOverwritingInputs(_ output: URL, inputs: [String]) throws {
        let target = output.standardizedFileURL.resolvingSymlinksInPath().path
        var outputStatus = stat()
        let outputExists = stat(target, &outputStatus) == 0
        for input in inputs {
            let resolved = URL(fileURLWithPath: input).standardizedFileURL.resolvingSymlinksInPath().path
            var inputStatus = stat()
            // The same file under another name (a hard link) is the same file.
            let sameFile =
                outputExists && stat(resolved, &inputStatus) == 0
                && inputStatus.st_dev == outputStatus.st_dev && inputStatus.st_ino == outputStatus.st_ino
                && (outputStatus.st_mode & S_IFMT) == S_IFREG
            if resolved == target || sameFile {
                throw InputError(
                    file: output.path, message: "the output path is also an input file (\(input)); choose another output name (inputs are never modified)")
            }
        }
    }
}

private func systemWrite(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}

/// A folder that commands writing several files (`figures`, `demo`) create when missing.
enum OutputFolder {
    static func create(_ path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw InputError(file: path, message: "this is a file, not a folder; give the name of a folder to write the files into")
            }
            return
        }
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw InputError(file: path, message: "cannot create the folder (\(FolderFailure.reason(for: path))); choose a folder you can write to")
        }
    }
}

/// Why a folder could not be made, in a few words.
private enum FolderFailure {
    static func reason(for path: String) -> String {
        var parent = URL(fileURLWithPath: path).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: parent.path) && parent.path != "/" { parent.deleteLastPathComponent() }
        return access(parent.path, W_OK) == 0 ? "a part of the path is not a folder" : "\(parent.path) is read-only or not yours"
    }
}
