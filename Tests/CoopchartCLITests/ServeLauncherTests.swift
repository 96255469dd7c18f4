import CoopTestSupport
import Foundation
import Testing

/// `coopchart serve` is the coopchart-serve program beside coopchart, started in coopchart's place: its help,
/// its checks and its configuration file (`--config`, what the Debian package's service reads) as a user meets them.
@Suite struct ServeLauncherTests {
    @Test func serveIsListedWithTheAbstractOfTheProgramThatRunsIt() throws {
        let listing = try CoopchartProcess.run(["--help"])
        let help = try CoopchartProcess.run(["serve", "--help"])
        #expect(listing.status == 0)
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: coopchart serve [--config <FILE>] [--host <ADDRESS>] [--port <PORT>]"))
        // The listing wraps the abstract; its words are the program's, in the same order.
        let overview = try #require(help.stdout.split(separator: "\n\n").first).replacingOccurrences(of: "OVERVIEW: ", with: "")
        let words = overview.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        let listed = listing.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(listed.contains("serve " + words), "coopchart --help lists serve as: \(words)")
        #expect(try CoopchartProcess.run(["help", "serve"]).stdout == help.stdout)
    }

    @Test func aConfigurationFilesOptionsAreCheckedAsTheCommandLinesAre() throws {
        let folder = try CoopchartProcess.folder(["serve.conf": "# office server\nhost = 0.0.0.0\nport = 8090\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        // host 0.0.0.0 from the file, without a password file: refused as on the command line.
        let exposed = try CoopchartProcess.run(["serve", "--config", folder.appendingPathComponent("serve.conf").path])
        #expect(exposed.status == 64)
        #expect(exposed.stderr.contains("--host 0.0.0.0 would let every machine that can reach this one use the server; give --password-file FILE"))
    }

    @Test(arguments: [
        (
            "hots = 127.0.0.1\n",
            "\"hots\" is not an option of coopchart serve here; did you mean host? write one of host, port, password-file, allow-host, max-upload, max-stored, behind-https, trusted-proxy"
        ),
        ("\n\nmax-upload = lots\n", "max-upload: \"lots\" is not a size with KB, MB or GB, such as 64MB"),
        ("port 8080\n", "\"port 8080\" is not `name = value`; write it as `port = 8080`"),
    ])
    func aMistakeInTheFileNamesItsLine(text: String, message: String) throws {
        let folder = try CoopchartProcess.folder(["serve.conf": text])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("serve.conf").path
        let run = try CoopchartProcess.run(["serve", "--config", path])
        let line = text.prefix(while: { $0 == "\n" }).count + 1
        #expect(run.status == 1)
        #expect(run.stderr == "coopchart: \(path):\(line): \(message)\n")
    }

    @Test func aMissingConfigurationFileIsNamed() throws {
        let run = try CoopchartProcess.run(["serve", "--config", "/nonexistent/serve.conf"])
        #expect(run.status == 1)
        #expect(run.stderr.contains("--config /nonexistent/serve.conf: cannot read this file"))
    }
}
