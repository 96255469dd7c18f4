import Foundation

/// Where the running coopchart binary is, whatever its name on the command line (`coopchart` found on the PATH,
/// a symbolic link, `.build/release/coopchart`): the files that travel with it are found from there.
enum ProgramLocation {
    /// The folder of the running binary, symbolic links resolved (/usr/bin for the Debian package).
    static var folder: String? {
        guard let path = realpath("/proc/self/exe", nil) else { return nil }
        defer { free(path) }
        let executable = String(decoding: UnsafeRawBufferPointer(start: path, count: strlen(path)), as: UTF8.self)
        return String(executable[..<(executable.lastIndex(of: "/") ?? executable.endIndex)])
    }

    /// Where a file that travels with coopchart is, in the build (`.build/<triple>/release/` → the repository's
    /// `relative`) or as the Debian package installs it (`/usr/bin/` → `/usr/share/coopchart/relative`).
    static func candidates(_ relative: String) -> [String] {
        guard let folder else { return [] }
        return [folder + "/../../../" + relative, folder + "/../share/coopchart/" + relative]
            .map { URL(fileURLWithPath: $0).standardized.path }
    }
}
