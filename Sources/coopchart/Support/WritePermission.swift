import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether the user may write an existing output file or a folder, judged the way `cp` would judge
/// writing into the file, before coopchart replaces it.
///
/// coopchart replaces an output by renaming a new file over it, and a rename needs only the folder's
/// permission: without this check a read-only file would be silently replaced. The rule:
/// - an ordinary user may replace a file they may write (`access(W_OK)`), and write in a folder they
///   may write and enter;
/// - root, whom the system lets write anything, may replace a file or write in a folder only when
///   it has a write permission bit set for someone (owner, group or others). `chmod a-w` protects a
///   file from root too.
///
/// `--force` replaces a protected file anyway (and lets root write in a folder with no write bit).
enum WritePermission {
    struct Refusal {
        /// "permission denied (the file has mode r--r--r--)".
        let reason: String
        /// Whether `--force` would get past it (not for a read-only file system, nor for an ordinary
        /// user's read-only folder, which the system itself refuses).
        let forceHelps: Bool
    }

    /// Why the existing file at `path` may not be written, or nil when it may.
    static func refusal(file path: String, status: stat) -> Refusal? {
        refusal(path: path, status: status, access: W_OK, what: "the file", forceHelpsUser: true)
    }

    /// Why no new file may be created in `folder`, or nil when one may.
    static func refusal(folder: String) -> Refusal? {
        var status = stat()
        guard stat(folder, &status) == 0 else { return nil }
        return refusal(path: folder, status: status, access: W_OK | X_OK, what: "the folder", forceHelpsUser: false)
    }

    private static func refusal(path: String, status: stat, access mode: Int32, what: String, forceHelpsUser: Bool) -> Refusal? {
        let shownMode = symbolic(status.st_mode)
        if faccessat(AT_FDCWD, path, mode, AT_EACCESS) != 0 {
            let code = errno
            let reason = String(cString: strerror(code)).lowercased()
            if code == EROFS { return Refusal(reason: reason, forceHelps: false) }
            let owner = status.st_uid == geteuid() ? "" : ", owned by \(userName(status.st_uid))"
            return Refusal(reason: "\(reason) (\(what) has mode \(shownMode)\(owner))", forceHelps: forceHelpsUser)
        }
        if geteuid() == 0 && status.st_mode & 0o222 == 0 {
            return Refusal(
                reason: "permission denied (\(what) has mode \(shownMode): no write permission for anyone, which coopchart respects even for root)",
                forceHelps: true)
        }
        return nil
    }

    /// `rw-r--r--`, as `ls -l` shows permissions.
    static func symbolic(_ mode: mode_t) -> String {
        let letters: [(mode_t, Character)] = [
            (0o400, "r"), (0o200, "w"), (0o100, "x"), (0o040, "r"), (0o020, "w"), (0o010, "x"),
            (0o004, "r"), (0o002, "w"), (0o001, "x"),
        ]
        return String(letters.map { mode & $0.0 != 0 ? $0.1 : "-" })
    }

    private static func userName(_ uid: uid_t) -> String {
        guard let entry = getpwuid(uid), let name = entry.pointee.pw_name else { return "user \(uid)" }
        return String(cString: name)
    }
}
