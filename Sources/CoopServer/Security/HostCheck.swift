import Foundation
import NIOCore
import Synchronization

/// Which `Host` a request may carry: a name of this server. A page on another site that points its own
/// name at 127.0.0.1 (DNS rebinding) sends its own name as the Host, and is refused, so it cannot read
/// or drive the server even though the browser thinks it is talking to that site.
final class HostCheck: Sendable {
    private let names: Set<String>
    /// The port the server listens on, once it is bound (0 before); a Host naming another port is refused.
    private let boundPort = Atomic<Int>(0)

    /// `host` is the address listened on; a wildcard (0.0.0.0, ::) admits every address of this machine and
    /// its host name. `extraNames` are names given with --allow-host (a name in the office's DNS).
    init(host: String, extraNames: [String]) {
        var names: Set<String> = ["localhost", "127.0.0.1", "::1"]
        let listened = Self.bare(host)
        if listened == "0.0.0.0" || listened == "::" {
            names.formUnion(Self.machineNames())
        } else {
            names.insert(listened)
        }
        for name in extraNames { names.insert(Self.bare(name)) }
        self.names = names
    }

    func setPort(_ port: Int) { boundPort.store(port, ordering: .relaxed) }

    var port: Int { boundPort.load(ordering: .relaxed) }

    /// Whether the request's authority (`Host`) names this server.
    func allows(_ authority: String?) -> Bool {
        guard let authority, let (name, port) = Self.split(authority) else { return false }
        guard names.contains(name) else { return false }
        let bound = boundPort.load(ordering: .relaxed)
        if let port, bound != 0, port != bound { return false }
        return true
    }

    /// "[::1]:8080" → ("::1", 8080); "Localhost" → ("localhost", nil); nil when malformed.
    static func split(_ authority: String) -> (name: String, port: Int?)? {
        let text = authority.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, !text.contains("@"), !text.contains("/") else { return nil }
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let name = String(text[text.index(after: text.startIndex)..<close]).lowercased()
            let rest = text[text.index(after: close)...]
            if rest.isEmpty { return (name, nil) }
            guard rest.hasPrefix(":"), let port = Int(rest.dropFirst()), (1...65_535).contains(port) else { return nil }
            return (name, port)
        }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        switch parts.count {
        case 1: return (text.lowercased(), nil)
        case 2:
            guard let port = Int(parts[1]), (1...65_535).contains(port) else { return nil }
            return (parts[0].lowercased(), port)
        default: return nil
        }
    }

    private static func bare(_ host: String) -> String {
        host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
    }

    /// Every address of this machine's interfaces, and its host name.
    private static func machineNames() -> Set<String> {
        var names = Set<String>()
        for device in (try? System.enumerateDevices()) ?? [] {
            if let address = device.address?.ipAddress { names.insert(bare(address)) }
        }
        let hostName = ProcessInfo.processInfo.hostName.lowercased()
        if !hostName.isEmpty { names.insert(hostName) }
        return names
    }
}
