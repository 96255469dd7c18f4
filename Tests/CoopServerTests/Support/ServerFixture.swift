import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer

/// What the server tests share: a server on test settings, the samples, and requests as the page sends them.
enum ServerFixture {
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("samples")

    static func sample(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: samples.appendingPathComponent(name)))
    }

    /// The 2017 files of the README's first chart: the published figures and the illustrative ones.
    static let figures2017 = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv"]

    /// A server with small limits where a test needs them; runs `test` against it in process.
    static func withServer<Value: Sendable>(
        _ settings: ServerSettings = ServerSettings(port: 0), _ setup: TestingSetup = .router,
        _ test: @Sendable (CoopServer, any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let server = try CoopServer(settings: settings)
        defer { server.shutDown() }
        return try await server.application().test(setup) { client in try await test(server, client) }
    }

    /// A server as `withServer` makes it, holding the sample files `names` uploaded as the page uploads them;
    /// runs `test` with the dataset's id.
    static func withSamples<Value: Sendable>(
        _ names: [String] = figures2017, settings: ServerSettings = ServerSettings(port: 0),
        _ test: @Sendable (CoopServer, any TestClientProtocol, String) async throws -> Value
    ) async throws -> Value {
        try await withServer(settings) { server, client in
            let id = try await uploadSamples(client, names)
            return try await test(server, client, id)
        }
    }

    /// The headers a write from the page carries.
    static var write: HTTPFields { [HTTPField.Name("X-Requested-With")!: "coopchart"] }

    /// A multipart/form-data body of files (name, bytes) and fields, as a browser sends a form.
    static func multipart(files: [(String, [UInt8])], fields: [(String, String)] = [], boundary: String = "coopchartTestBoundary7MA4YWxk")
        -> (headers: HTTPFields, body: ByteBuffer)
    {
        var body: [UInt8] = []
        func add(_ text: String) { body += Array(text.utf8) }
        for (name, value) in fields {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for (name, bytes) in files {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body += bytes
            add("\r\n")
        }
        add("--\(boundary)--\r\n")
        var headers = write
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return (headers, ByteBuffer(bytes: body))
    }

    /// Uploads `files` and returns the response.
    static func upload(_ client: any TestClientProtocol, _ files: [(String, [UInt8])], fields: [(String, String)] = []) async throws -> TestResponse {
        let (headers, body) = multipart(files: files, fields: fields)
        return try await client.execute(uri: "/api/datasets", method: .post, headers: headers, body: body)
    }

    /// Uploads sample files and returns the new dataset's id.
    static func uploadSamples(_ client: any TestClientProtocol, _ names: [String] = figures2017) async throws -> String {
        let response = try await upload(client, try names.map { ($0, try sample($0)) })
        #expect(response.status == .created, "\(String(buffer: response.body))")
        return try #require(try json(response)["id"] as? String)
    }

    static func json(_ response: TestResponse) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any])
    }

    static func post(_ client: any TestClientProtocol, _ uri: String, body: [UInt8], headers: HTTPFields = write) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(bytes: body))
    }
}

extension Data {
    init(buffer: ByteBuffer) {
        self.init(buffer.readableBytesView)
    }
}

extension TestResponse {
    var bytes: [UInt8] { Array(body.readableBytesView) }
    var text: String { String(buffer: body) }
}
