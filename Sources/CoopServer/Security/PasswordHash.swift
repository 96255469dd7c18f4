import Foundation
import Crypto
import CryptoExtras

/// A password as the server keeps it: PBKDF2-HMAC-SHA256 with a random salt, never the password itself.
/// The password file holds one line, `pbkdf2-sha256$ROUNDS$SALT$HASH` (salt and hash in base64), made
/// by `coopchart serve --hash-password`. A password is checked by deriving its hash with the same salt
/// and comparing every byte, whatever the first difference (constant time).
public struct PasswordHash: Sendable, Equatable {
    public static let scheme = "pbkdf2-sha256"
    /// OWASP's figure for PBKDF2-HMAC-SHA256 (2023), and swift-crypto's minimum.
    public static let defaultRounds = 600_000
    static let minimumRounds = 210_000

    let rounds: Int
    let salt: [UInt8]
    let hash: [UInt8]

    /// A new hash of `password` with a fresh random salt.
    public static func make(_ password: String, rounds: Int = defaultRounds) throws -> PasswordHash {
        var generator = SystemRandomNumberGenerator()
        let salt = (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return PasswordHash(rounds: rounds, salt: salt, hash: try derive(password, salt: salt, rounds: rounds))
    }

    /// The line for the password file.
    public var line: String {
        "\(Self.scheme)$\(rounds)$\(Data(salt).base64EncodedString())$\(Data(hash).base64EncodedString())"
    }

    /// Reads the password file's line; `file` names it in the error.
    public init(line text: String, file: String) throws {
        let line = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = line.split(separator: "$", omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == Self.scheme, let rounds = Int(parts[1]), rounds >= Self.minimumRounds,
            let salt = Data(base64Encoded: String(parts[2])), salt.count >= 16,
            let hash = Data(base64Encoded: String(parts[3])), hash.count == 32
        else {
            throw InputErrorText(
                "\(file): not a password hash; the file holds one line \(Self.scheme)$ROUNDS$SALT$HASH, "
                    + "made by `coopchart serve --hash-password` (the password itself is never stored)")
        }
        self.init(rounds: rounds, salt: Array(salt), hash: Array(hash))
    }

    init(rounds: Int, salt: [UInt8], hash: [UInt8]) {
        self.rounds = rounds
        self.salt = salt
        self.hash = hash
    }

    /// Whether `password` is the one hashed. Slow on purpose (the rounds); call it off the event loop.
    public func matches(_ password: String) -> Bool {
        guard let derived = try? Self.derive(password, salt: salt, rounds: rounds) else { return false }
        return ConstantTime.equal(derived, hash)
    }

    private static func derive(_ password: String, salt: [UInt8], rounds: Int) throws -> [UInt8] {
        let key = try KDF.Insecure.PBKDF2.deriveKey(from: Array(password.utf8), salt: salt, using: .sha256, outputByteCount: 32, rounds: rounds)
        return key.withUnsafeBytes { Array($0) }
    }
}

/// Comparisons whose time does not depend on where two secrets first differ.
enum ConstantTime {
    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static func equal(_ a: String, _ b: String) -> Bool { equal(Array(a.utf8), Array(b.utf8)) }
}
