// Left out when built with COOPCHART_WITHOUT_SERVER=1 (see Package.swift).
#if !COOPCHART_WITHOUT_SERVER
import ArgumentParser
import Foundation
import CoopServer

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the whole tool as a web page: upload files, see the findings, draw charts, rank, make the report.",
        discussion: """
        One process, nothing else to start: open http://127.0.0.1:8080/ in a browser. The page is in \
        Vietnamese (English with the switch at the top) and uses the same engine as the commands: the \
        same errors, the same files (a chart from the page is byte for byte the file `coopchart chart` \
        writes with the same options). The HTTP API the page uses is described at /api.

        Safe by default: the server listens on 127.0.0.1 only. To let colleagues on the office network \
        use it, give --host 0.0.0.0 (or this machine's address) and a password file; the page then asks \
        for the password. Every write needs the header X-Requested-With: coopchart, the Host header \
        must name this server, and cross-origin requests are refused, so a web page elsewhere cannot \
        drive it. Uploads are kept in memory (limited per file by --max-upload and per dataset), and \
        removed after 2 hours unused and when the server stops (Ctrl+C or SIGTERM, which lets the \
        requests under way finish).

        Examples:
          coopchart serve
          coopchart serve --port 9000
          coopchart serve --hash-password < secret.txt > coopchart.password
          coopchart serve --host 0.0.0.0 --password-file coopchart.password --allow-host coopchart.office.lan
        """
    )

    @Option(help: ArgumentHelp("Address to listen on; a non-loopback address needs --password-file.", valueName: "ADDRESS"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Port to listen on (0: any free port, printed at start).", valueName: "PORT"))
    var port = 8080

    @Option(name: .customLong("password-file"),
            help: ArgumentHelp("A file holding the password's hash, one line made by --hash-password; the page then asks for the password.", valueName: "FILE"))
    var passwordFile: String?

    @Option(name: .customLong("max-upload"), help: ArgumentHelp("The largest file one may upload (a dataset may hold twice that): 64MB, 500KB, 1GB.", valueName: "SIZE"))
    var maxUpload = "64MB"

    @Option(name: .customLong("allow-host"),
            help: ArgumentHelp("A host name browsers use to reach this server (repeatable), besides its addresses and its own name.", valueName: "NAME"))
    var allowHost: [String] = []

    @Flag(name: .customLong("hash-password"), help: "Read a password from standard input and print the line for --password-file, then exit.")
    var hashPassword = false

    @Flag(name: .customLong("behind-https"), help: "Served behind a proxy that speaks HTTPS: cookies are Secure and every answer carries HSTS.")
    var behindHTTPS = false

    @Option(name: .customLong("trusted-proxy"),
            help: ArgumentHelp("The address of a proxy whose X-Forwarded-Proto and X-Forwarded-For are believed (repeatable).", valueName: "ADDRESS"))
    var trustedProxies: [String] = []

    func validate() throws {
        guard (0...65_535).contains(port) else { throw ValidationError("--port \(port) is not a port; use 1 to 65535 (or 0 for any free port)") }
        guard Self.bytes(maxUpload) != nil else {
            throw ValidationError("--max-upload \"\(maxUpload)\" is not a size; write a number with KB, MB or GB, such as 64MB")
        }
        if !hashPassword, !ServerSettings.isLoopback(host), passwordFile == nil {
            throw ValidationError("--host \(host) would let every machine that can reach this one use the server; give --password-file FILE "
                                  + "(made with `coopchart serve --hash-password`), or leave --host at 127.0.0.1")
        }
    }

    func run() async throws {
        if hashPassword {
            let line = readLine(strippingNewline: true) ?? ""
            guard !line.isEmpty else {
                Diagnostics.note("coopchart: --hash-password: no password on standard input; type it, or pipe it from a file")
                throw ExitCode(1)
            }
            do {
                print(try PasswordHash.make(line).line)
            } catch {
                Diagnostics.note("coopchart: --hash-password: \(error)")
                throw ExitCode(1)
            }
            return
        }
        let server: CoopServer
        do {
            var settings = ServerSettings(host: host, port: port, extraHostNames: allowHost, maxFileBytes: Self.bytes(maxUpload)!,
                                          behindHTTPS: behindHTTPS, trustedProxies: trustedProxies)
            if let passwordFile { settings.password = try Self.readPassword(passwordFile) }
            try settings.checkExposure()
            // Once it listens, the addresses a colleague can open (not 0.0.0.0, which no browser opens).
            server = try CoopServer(settings: settings) { addresses in
                let more = addresses.dropFirst()
                Diagnostics.note("coopchart serve: open \(addresses.first ?? "the server's address") in a browser"
                                 + (more.isEmpty ? "" : " (or \(more.joined(separator: ", ")))") + "; Ctrl+C stops the server")
            }
        } catch {
            Diagnostics.note("coopchart: \(error)")
            throw ExitCode(1)
        }
        do {
            try await server.run()
        } catch {
            Diagnostics.note("coopchart: the server stopped: \(error)")
            throw ExitCode(1)
        }
    }

    /// "64MB" → 64 000 000 bytes; "500KB", "1GB", or a plain number of bytes.
    static func bytes(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int)] = [("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000), ("B", 1)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            guard let number = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), number > 0, number * Double(factor) <= 4e9 else { return nil }
            return Int(number * Double(factor))
        }
        guard let plain = Int(trimmed), plain > 0 else { return nil }
        return plain
    }

    static func readPassword(_ path: String) throws -> PasswordHash {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path), attributes[.type] as? FileAttributeType == .typeRegular,
              let data = FileManager.default.contents(atPath: path) else {
            throw InputErrorText("\(path): cannot read the password file; give the file made by `coopchart serve --hash-password`")
        }
        guard data.count <= 4_096 else { throw InputErrorText("\(path): a password file is one line; is this the right file?") }
        return try PasswordHash(line: String(decoding: data, as: UTF8.self), file: path)
    }
}
#endif
