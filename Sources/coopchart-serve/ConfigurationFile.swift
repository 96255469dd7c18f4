import CoopAnalytics
import Foundation

/// `coopchart serve --config FILE`: the options of the command, one a line, as `name = value` (the long option
/// without its two dashes), blank lines and `#` comments allowed:
///
///     host = 0.0.0.0
///     port = 8080
///     password-file = /etc/coopchart/password
///     allow-host = coopchart.office.lan
///
/// The file's options take the place of `--config FILE` on the command line, so what follows it there wins
/// (a repeated option keeps its last value; `allow-host` adds up). A relative `password-file` is read from the
/// configuration file's folder. Each line is checked here, so a mistake names the file and the line.
enum ConfigurationFile {
    /// The options a file may set, each with the check of its value (nil when it is acceptable).
    static let options: [(name: String, problem: @Sendable (String) -> String?)] = [
        ("host", { $0.isEmpty ? "an address, such as 127.0.0.1 or 0.0.0.0" : nil }),
        ("port", { Int($0).map { (0...65_535).contains($0) } == true ? nil : "a port, 1 to 65535 (or 0 for any free port)" }),
        ("password-file", { $0.isEmpty ? "the path of the file made by `coopchart serve --hash-password`" : nil }),
        ("allow-host", { $0.isEmpty || $0.contains(" ") ? "one host name, such as coopchart.office.lan" : nil }),
        ("max-upload", { ServeCommand.bytes($0) == nil ? "a size with KB, MB or GB, such as 64MB" : nil }),
        ("max-stored", { ServeCommand.bytes($0) == nil ? "a size with KB, MB or GB, such as 1GB" : nil }),
        ("behind-https", { ["true", "false", "yes", "no"].contains($0.lowercased()) ? nil : "true or false" }),
        ("trusted-proxy", { $0.isEmpty || $0.contains(" ") ? "one address, such as 127.0.0.1" : nil }),
    ]

    /// A configuration file is a few lines; anything larger is not one.
    static let maxBytes = 64 * 1024

    struct Problem: Error, CustomStringConvertible {
        let description: String
    }

    /// `arguments` with each `--config FILE` (or `--config=FILE`) followed by the options the file holds.
    static func expand(_ arguments: [String]) throws -> [String] {
        var expanded: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                expanded += arguments[(index - 1)...]
                break
            }
            let path: String
            if argument == "--config" {
                guard index < arguments.count else { return expanded + [argument] }  // the parser names the missing value
                path = arguments[index]
                index += 1
            } else if argument.hasPrefix("--config=") {
                path = String(argument.dropFirst("--config=".count))
            } else {
                expanded.append(argument)
                continue
            }
            expanded += ["--config", path] + (try fileArguments(path))
        }
        return expanded
    }

    /// The options of the file at `path` as command-line arguments (`--name=value`, so a value may begin with a dash).
    static func fileArguments(_ path: String) throws -> [String] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw Problem(description: "--config \(path): cannot read this file; give the path of a configuration file such as /etc/coopchart/serve.conf")
        }
        guard data.count <= maxBytes else {
            throw Problem(
                description: "--config \(path): \(data.count) bytes is not a configuration file (at most \(maxBytes / 1024) KB); is this the right file?")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw Problem(description: "--config \(path): not UTF-8 text; save it as UTF-8")
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var result: [String] = []
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            let place = "\(path):\(number + 1)"
            guard let equals = trimmed.firstIndex(of: "=") else {
                throw Problem(description: "\(place): \"\(trimmed)\" is not `name = value`; write it as `port = 8080`")
            }
            let name = trimmed[..<equals].trimmingCharacters(in: .whitespaces).lowercased()
            var value = trimmed[trimmed.index(after: equals)...].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
            guard let option = options.first(where: { $0.name == name || "--" + $0.name == name }) else {
                let known = options.map(\.name).joined(separator: ", ")
                let close = options.map(\.name).min { editDistance(name, $0) < editDistance(name, $1) }.flatMap { editDistance(name, $0) <= 2 ? $0 : nil }
                throw Problem(
                    description: "\(place): \"\(name)\" is not an option of coopchart serve here; "
                        + (close.map { "did you mean \($0)? " } ?? "") + "write one of \(known)")
            }
            if let expected = option.problem(value) {
                throw Problem(description: "\(place): \(option.name): \"\(value)\" is not \(expected)")
            }
            if option.name == "password-file", !value.hasPrefix("/") {
                value = folder.appendingPathComponent(value).standardizedFileURL.path
            }
            if option.name == "behind-https" {
                // A flag on the command line: `behind-https = true` gives it, `false` leaves it out.
                if ["true", "yes"].contains(value.lowercased()) { result.append("--behind-https") }
                continue
            }
            result.append("--\(option.name)=\(value)")
        }
        return result
    }
}
