import Testing

/// A CSV text the reader must refuse, and what its message must say: the whole message, how it begins (where the
/// rest lists suggestions or advice), or words it contains.
struct BadCSV: CustomTestStringConvertible, Sendable {
    enum Expected: Sendable {
        case whole(String)
        case beginning(String)
        case containing(String)
    }

    let behaviour: String
    let csv: String
    let expected: [Expected]
    var testDescription: String { behaviour }

    init(_ behaviour: String, _ csv: String, _ expected: Expected...) {
        (self.behaviour, self.csv, self.expected) = (behaviour, csv, expected)
    }

    /// Records whether `message` (nil: the text read without an error) says what is expected.
    func expectMessage(_ message: String?, sourceLocation: SourceLocation = #_sourceLocation) {
        for expected in expected {
            switch expected {
            case .whole(let text): #expect(message == text, sourceLocation: sourceLocation)
            case .beginning(let text): #expect(message?.hasPrefix(text) == true, "\(message ?? "no error")", sourceLocation: sourceLocation)
            case .containing(let text): #expect(message?.contains(text) == true, "\(message ?? "no error")", sourceLocation: sourceLocation)
            }
        }
    }
}
