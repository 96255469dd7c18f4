/// A sentence with named slots ("{leader} dẫn đầu với {value} HTX"), filled from preformatted values.
///
/// Sentences are whole in the phrasebook so a reviewer reads and corrects the Vietnamese in one place;
/// code only supplies the numbers and names.
public struct Template: Sendable, Hashable, ExpressibleByStringLiteral {
    public let text: String

    public init(_ text: String) { self.text = text }
    public init(stringLiteral value: String) { self.text = value }

    /// The sentence with every `{slot}` replaced. A slot without a value is a programming error
    /// caught by the tests, so it is left visible rather than silently dropped.
    public func fill(_ values: [String: String]) -> String {
        var out = ""
        var slot: String?
        for character in text {
            if character == "{" { slot = ""; continue }
            if character == "}", let name = slot {
                out += values[name] ?? "{\(name)}"
                slot = nil
                continue
            }
            if slot != nil { slot!.append(character) } else { out.append(character) }
        }
        return out.nfc
    }
}
