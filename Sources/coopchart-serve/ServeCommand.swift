import ArgumentParser
import CXlsxWriterLoader
import CoopServer
import Foundation

/// `coopchart serve`: the browser app. This program is started by `coopchart serve` (in its place, so signals
/// and the exit status are its own) and by the Debian package's systemd unit.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: ServeCommand.abstract,
        discussion: """
            One process, nothing else to start: open http://127.0.0.1:8080/ in a browser. The page is in \
            Vietnamese (English with the switch at the top) and uses the same engine as the commands: the \
            same errors, the same files (a chart from the page is byte for byte the file `coopchart chart` \
            writes with the same options). The HTTP API the page uses is described at /api.

            Safe by default: the server listens on 127.0.0.1 only. To let colleagues on the office network \
            use it, give --host 0.0.0.0 (or this machine's address) and a password file; the page then asks \
            for the password. Every write needs the header X-Requested-With: coopchart, the Host header \
            must name this server, and cross-origin requests are refused, so a web page elsewhere cannot \
            drive it. Uploads are kept in memory (limited per file by --max-upload, per dataset, and in all \
            by --max-stored), and removed after 2 hours unused and when the server stops (Ctrl+C or SIGTERM, \
            which lets the requests under way finish).

            --config FILE reads these options from a file, one a line, written as on the command line without \
            the two dashes (`port = 8080`, `allow-host = coopchart.office.lan`; # starts a comment); options \
            given after --config on the command line take precedence. The Debian package's service reads \
            /etc/coopchart/serve.conf this way.

            Examples:
              coopchart serve
              coopchart serve --port 9000
              coopchart serve --hash-password > coopchart.password
              coopchart serve --host 0.0.0.0 --password-file coopchart.password --allow-host coopchart.office.lan
              coopchart serve --config /etc/coopchart/serve.conf
            """
    )

    /// One line for `coopchart --help`, which lists this command without loading this program.
    static let abstract = "Serve the whole tool as a web page: upload files, see the findings, draw charts, rank, make the report."

    @Option(help: ArgumentHelp("Read options from FILE, one `name = value` a line (see below).", valueName: "FILE"))
    var config: String?

    @Option(help: ArgumentHelp("Address to listen on; a non-loopback address needs --password-file.", valueName: "ADDRESS"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Port to listen on (0: any free port, printed at start).", valueName: "PORT"))
    var port = 8080

    @Option(
        name: .customLong("password-file"),
        help: ArgumentHelp("A file holding the password's hash, one line made by --hash-password; the page then asks for the password.", valueName: "FILE"))
    var passwordFile: String?

    @Option(
        name: .customLong("max-upload"),
        help: ArgumentHelp("The largest file one may upload (a dataset may hold twice that): 64MB, 500KB, 1GB.", valueName: "SIZE"))
    var maxUpload = "64MB"

    @Option(
        name: .customLong("max-stored"),
        help: ArgumentHelp(
            "All the uploads the server holds at once; past it an upload is refused (503) until a dataset is deleted or expires.", valueName: "SIZE"))
    var maxStored = "1GB"

    @Option(
        name: .customLong("allow-host"),
        help: ArgumentHelp("A host name browsers use to reach this server (repeatable), besides its addresses and its own name.", valueName: "NAME"))
    var allowHost: [String] = []

    @Flag(
        name: .customLong("hash-password"),
        help: "Ask for a password (or read it from standard input) and print the line for --password-file, then exit.")
    var hashPassword = false

    @Flag(name: .customLong("behind-https"), help: "Served behind a proxy that speaks HTTPS: cookies are Secure and every answer carries HSTS.")
    var behindHTTPS = false

    @Option(
        name: .customLong("trusted-proxy"),
        help: ArgumentHelp("The address of a proxy whose X-Forwarded-Proto and X-Forwarded-For are believed (repeatable).", valueName: "ADDRESS"))
    var trustedProxies: [String] = []

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port) is not a port; use 1 to 65535 (or 0 for any free port)") }
        for (option, value) in [("--max-upload", maxUpload), ("--max-stored", maxStored)] where Self.bytes(value) == nil {
            throw ValidationError("\(option) \"\(value)\" is not a size; write a number with KB, MB or GB, such as 64MB")
        }
        if !hashPassword, !ServerSettings.isLoopback(host), passwordFile == nil {
            throw ValidationError(
                "--host \(host) would let every machine that can reach this one use the server; give --password-file FILE "
                    + "(made with `coopchart serve --hash-password`), or leave --host at 127.0.0.1")
        }
    }

    func run() async throws {
        if hashPassword {
            try printPasswordLine()
            return
        }
        // libxlsxwriter is loaded when a workbook is first written; a server loads it now, so a missing library
        // stops it here rather than at someone's first download of a workbook.
        var reason = [UInt8](repeating: 0, count: 512)
        let loaded = reason.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { coop_xlsxwriter_load($0.baseAddress, UInt($0.count)) }
        }
        guard loaded == 0 else {
            StandardError.note("coopchart: \(String(decoding: reason.prefix { $0 != 0 }, as: UTF8.self))")
            throw ExitCode(1)
        }
        let server: CoopServer
        do {
            var settings = ServerSettings(
                host: host, port: port, extraHostNames: allowHost, maxFileBytes: Self.bytes(maxUpload)!,
                maxStoredBytes: Self.bytes(maxStored)!, behindHTTPS: behindHTTPS, trustedProxies: trustedProxies)
            if let passwordFile { settings.password = try Self.readPassword(passwordFile) }
            try settings.checkExposure()
            // Once it listens, the addresses a colleague can open (not 0.0.0.0, which no browser opens).
            server = try CoopServer(settings: settings) { addresses in
                let more = addresses.dropFirst()
                StandardError.note(
                    "coopchart serve: open \(addresses.first ?? "the server's address") in a browser"
                        + (more.isEmpty ? "" : " (or \(more.joined(separator: ", ")))") + "; Ctrl+C stops the server")
            }
        } catch {
            StandardError.note("coopchart: \(error)")
            throw ExitCode(1)
        }
        do {
            try await server.run()
        } catch {
            StandardError.note("coopchart: the server stopped: \(error)")
            throw ExitCode(1)
        }
    }

    /// `--hash-password`: asked twice without echo on a terminal, read as one line from a pipe.
    func printPasswordLine() throws {
        let password: String
        do {
            password = try PasswordPrompt.read()
        } catch {
            StandardError.note("coopchart: --hash-password: \(error)")
            throw ExitCode(1)
        }
        do {
            print(try PasswordHash.make(password).line)
        } catch {
            StandardError.note("coopchart: --hash-password: \(error)")
            throw ExitCode(1)
        }
    }

    /// "64MB" → 64 000 000 bytes; "500KB", "1GB", or a plain number of bytes.
    static func bytes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            guard let number = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), number > 0, number * Double(factor) <= 4e9 else {
                return nil
            }
            return Int(number * Double(factor))
        }
        guard let plain = Int(trimmed), plain > 0 else { return nil }
        return plain
    }

    static func readPassword(_ path: String) throws -> PasswordHash {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path), attributes[.type] as? FileAttributeType == .typeRegular,
            let data = FileManager.default.contents(atPath: path)
        else {
            throw InputErrorText("\(path): cannot read the password file; give the file made by `coopchart serve --hash-password`")
        }
        guard data.count <= 4_096 else { throw InputErrorText("\(path): a password file is one line; is this the right file?") }
        return try PasswordHash(line: String(decoding: data, as: UTF8.self), file: path)
    }
}
