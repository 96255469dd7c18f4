import Foundation
import Hummingbird
import HTTPTypes
import NIOCore

/// What the server believes about how a browser reached it. Served behind a proxy that speaks HTTPS
/// (`--behind-https`), every answer is for an HTTPS page: cookies are `Secure`, HSTS is sent. A proxy
/// named with `--trusted-proxy` is believed when it says so per request (`X-Forwarded-Proto: https`), and
/// about the client it forwards (`X-Forwarded-For`); any other peer's forwarding headers are ignored, so a
/// client cannot pose as another to escape the login pause.
struct ProxyTrust: Sendable {
    let behindHTTPS: Bool
    let trusted: Set<String>

    init(behindHTTPS: Bool, trusted: [String]) {
        self.behindHTTPS = behindHTTPS
        self.trusted = Set(trusted.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[] ")).lowercased() })
    }

    static let forwardedProto = HTTPField.Name("X-Forwarded-Proto")!
    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!

    private func isTrusted(_ peer: SocketAddress?) -> Bool {
        guard let address = peer?.ipAddress?.lowercased() else { return false }
        return trusted.contains(address) || trusted.contains(address.replacingOccurrences(of: "::ffff:", with: ""))
    }

    func isSecure(_ request: Request, peer: SocketAddress?) -> Bool {
        if behindHTTPS { return true }
        return isTrusted(peer) && request.headers[Self.forwardedProto]?.lowercased() == "https"
    }

    /// The client's address: the peer's, or the last address a trusted proxy forwarded.
    func client(of request: Request, peer: SocketAddress?) -> String {
        if isTrusted(peer), let forwarded = request.headers[Self.forwardedFor],
            let last = forwarded.split(separator: ",").last?.trimmingCharacters(in: .whitespaces), !last.isEmpty
        {
            return String(last.prefix(64))
        }
        return peer?.ipAddress ?? "local"
    }
}
