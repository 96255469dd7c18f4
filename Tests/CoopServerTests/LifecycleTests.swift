import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

@Suite("Expiry, shutdown and the serve command")
struct LifecycleTests {
    @Test("a dataset unused for the idle time is removed with what was drawn from it; a used one stays")
    func idleDatasetsExpire() async throws {
        try await ServerFixture.withSamples { server, client, old in
            _ = try await client.execute(uri: "/api/datasets/\(old)/charts/bar.svg?indicator=new_htx&year=2017", method: .get)
            #expect(server.previews.count == 1)
            let later = ContinuousClock.now + .seconds(2 * 60 * 60 + 1)
            let removed = server.store.removeIdle(.seconds(2 * 60 * 60), now: later)
            #expect(removed == [old])
            #expect(server.previews.count == 0)
            #expect(try await client.execute(uri: "/api/datasets/\(old)", method: .get).status == .notFound)
            let fresh = try await ServerFixture.uploadSamples(client)
            #expect(server.store.removeIdle(.seconds(2 * 60 * 60)).isEmpty)
            #expect(server.store.dataset(fresh) != nil)
        }
    }

    @Test("the server holds at most its number of datasets; past it an upload answers 503 and asks to try later")
    func storedLimit() async throws {
        try await ServerFixture.withServer(ServerSettings(port: 0, maxDatasets: 1)) { server, client in
            let first = try await ServerFixture.upload(client, [("a.csv", try ServerFixture.sample("dbsh-2017.csv"))])
            #expect(first.status == .created)
            let second = try await ServerFixture.upload(client, [("b.csv", try ServerFixture.sample("dbsh-2017-illustrative.csv"))])
            #expect(second.status == .serviceUnavailable)
            #expect(second.headers[.retryAfter] == "60")
            #expect(server.store.count == 1)
        }
    }

    @Test("memory is reserved before an upload is read and counts the dataset as read: a budget below the reservation refuses at once")
    func memoryIsReservedBeforeReading() async throws {
        let files = [("a.csv", try ServerFixture.sample("dbsh-2017.csv"))]
        let estimate = DatasetIntake.estimatedBytes(files.map { UploadedPart(field: "files", fileName: $0.0, bytes: $0.1) }, maximumFigures: 3_000_000)
        try await ServerFixture.withServer(ServerSettings(port: 0, maxStoredBytes: estimate - 1)) { server, client in
            let refused = try await ServerFixture.upload(client, files)
            #expect(refused.status == .serviceUnavailable)
            #expect(server.store.bytes == 0, "a refused reservation holds nothing")
        }
        try await ServerFixture.withServer(ServerSettings(port: 0, maxStoredBytes: estimate + 1)) { server, client in
            let accepted = try await ServerFixture.upload(client, files)
            #expect(accepted.status == .created)
            let held = server.store.bytes
            #expect(held > 0 && held < estimate, "the dataset as read (\(held) bytes) replaces the reservation (\(estimate) bytes)")
        }
    }

    @Test("shutting down removes every dataset and the private temporary folder")
    func shutdownRemovesEverything() async throws {
        let server = try CoopServer(settings: ServerSettings(port: 0))
        let folder = server.temporaryFolder.path
        var isFolder: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) && isFolder.boolValue)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        try await server.application().test(.router) { client in _ = try await ServerFixture.uploadSamples(client) }
        #expect(server.store.count == 1)
        server.shutDown()
        #expect(server.store.count == 0)
        #expect(!FileManager.default.fileExists(atPath: folder))
    }

    @Test("`coopchart serve` starts on a free port, answers, and exits 0 on SIGTERM")
    func sigtermDrainsAndExits() async throws {
        let binary = try #require(CLIRun.binary)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["serve", "--port", "0"]
        let output = Pipe()
        // The log (swift-log writes to stderr) tells the address.
        process.standardOutput = FileHandle.nullDevice
        process.standardError = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        // The server logs the address it listens on once it is bound.
        var text = ""
        while !text.contains("listening on http://"), process.isRunning {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        let port = try #require(Int(PageTests.matches(#"listening on http://127\.0\.0\.1:(\d+)/"#, in: text).first ?? ""))
        // A fresh connection per try: on a loaded machine the first connection can close before the request
        // is written ("I/O on closed channel"), which says nothing about the server; five tries, a second apart.
        var status: HTTPResponse.Status?
        for attempt in 1...5 where status == nil {
            let client = TestClient(host: "127.0.0.1", port: port, configuration: .init(timeout: .seconds(120)))
            client.connect()
            do {
                status = try await client.execute(TestClient.Request("/", method: .get, authority: "127.0.0.1:\(port)")).status
            } catch  where attempt < 5 {
                try await Task.sleep(for: .seconds(1))
            }
            try? await client.shutdown()
        }
        #expect(status == .ok)
        kill(process.processIdentifier, SIGTERM)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
    }

    @Test("`coopchart serve` refuses a non-loopback host without a password file, and hashes a password")
    func serveOptions() throws {
        let folder = try CLIRun.folder([])
        defer { try? FileManager.default.removeItem(at: folder) }
        let exposed = try CLIRun.run(["serve", "--host", "0.0.0.0"], in: folder)
        #expect(exposed.status == 64)
        #expect(exposed.stderr.contains("--password-file"))
        let badSize = try CLIRun.run(["serve", "--max-upload", "lots"], in: folder)
        #expect(badSize.status == 64)
        let badFile = try CLIRun.run(["serve", "--host", "0.0.0.0", "--password-file", "missing.txt"], in: folder)
        #expect(badFile.status == 1)
        #expect(badFile.stderr.contains("missing.txt"))
    }
}
