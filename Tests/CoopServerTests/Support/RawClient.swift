import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to a server, for what an HTTP client library does not do: connect from a chosen
/// loopback address (127.0.0.2 is another client than 127.0.0.1), send a request a few bytes at a time, or
/// read an answer slowly.
final class RawConnection {
    let descriptor: Int32

    /// Connects to 127.0.0.1:`port` from `source` (any address of 127.0.0.0/8).
    init(port: Int, from source: String = "127.0.0.1") throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawError.socket(errno) }
        var local = sockaddr_in()
        local.sin_family = sa_family_t(AF_INET)
        local.sin_port = 0
        inet_pton(AF_INET, source, &local.sin_addr)
        var remote = sockaddr_in()
        remote.sin_family = sa_family_t(AF_INET)
        remote.sin_port = in_port_t(UInt16(port).bigEndian)
        inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr)
        let bound = withUnsafePointer(to: &local) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0 else { close(descriptor); throw RawError.socket(errno) }
        let connected = withUnsafePointer(to: &remote) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { close(descriptor); throw RawError.socket(errno) }
        setTimeout(seconds: 120)
    }

    deinit { close(descriptor) }

    enum RawError: Error { case socket(Int32) }

    /// How long a read may wait before it gives up (0 bytes, as if closed).
    func setTimeout(seconds: Double) {
        var time = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - Double(Int(seconds))) * 1_000_000))
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &time, socklen_t(MemoryLayout<timeval>.size))
    }

    /// A small receive buffer, so an answer the test reads slowly stays in the server's hands.
    func setReceiveBuffer(_ bytes: Int32) {
        var size = bytes
        setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
    }

    @discardableResult
    func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    @discardableResult
    func send(_ bytes: [UInt8]) -> Bool {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return false }
            sent += count
        }
        return true
    }

    /// Up to `count` bytes; empty when the server closed the connection (or the read timed out).
    func receive(_ count: Int = 65_536) -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var got = 0
        repeat {
            // A signal (the server's exit, SIGCHLD) interrupts a waiting read; it is tried again.
            got = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, count, 0) }
        } while got < 0 && errno == EINTR
        return got > 0 ? Array(buffer[0..<got]) : []
    }

    /// Whether the server has closed the connection: a read returns end of file (not a timeout).
    func isClosedByServer(within seconds: Double) -> Bool {
        setTimeout(seconds: seconds)
        var byte: UInt8 = 0
        var got = recv(descriptor, &byte, 1, 0)
        // A signal that interrupts the wait is not an answer: wait again.
        while got < 0 && errno == EINTR { got = recv(descriptor, &byte, 1, 0) }
        return got == 0 || (got < 0 && errno == ECONNRESET)
    }

    /// A whole answer: the status line, the headers (lower-cased names) and the body read to its
    /// Content-Length, `pause` between reads of `chunk` bytes.
    func readResponse(chunk: Int = 65_536, pause: Duration = .zero) throws -> (status: Int, headers: [String: String], body: [UInt8]) {
        var received: [UInt8] = []
        var headerEnd: Int?
        while headerEnd == nil {
            let part = receive(chunk)
            guard !part.isEmpty else { throw RawError.socket(ECONNRESET) }
            received += part
            headerEnd = received.indices.dropLast(3).first { received[$0] == 13 && received[$0 + 1] == 10 && received[$0 + 2] == 13 && received[$0 + 3] == 10 }
        }
        let head = String(decoding: received[..<headerEnd!], as: UTF8.self).split(separator: "\r\n")
        let status = Int(head.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Array(received[(headerEnd! + 4)...])
        let length = Int(headers["content-length"] ?? "") ?? 0
        while body.count < length {
            if pause > .zero { Thread.sleep(forTimeInterval: Double(pause.components.seconds) + Double(pause.components.attoseconds) / 1e18) }
            let part = receive(min(chunk, length - body.count))
            guard !part.isEmpty else { break }
            body += part
        }
        return (status, headers, body)
    }
}

/// A request as the page sends it, written out by hand.
enum RawRequest {
    static func get(_ path: String, port: Int, headers: [String: String] = [:]) -> String {
        "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\n" + headers.map { "\($0): \($1)\r\n" }.joined() + "\r\n"
    }

    static func post(_ path: String, port: Int, body: [UInt8], headers: [String: String]) -> [UInt8] {
        var head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: \(body.count)\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        return Array((head + "\r\n").utf8) + body
    }
}

/// Runs blocking socket work on a thread of its own, off Swift's cooperative pool (two threads on a
/// two-core machine): a test that waits on a socket must not hold up the server it is talking to, nor the
/// tests running beside it.
func onThread<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        let thread = Thread {
            do { continuation.resume(returning: try work()) } catch { continuation.resume(throwing: error) }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }
}
