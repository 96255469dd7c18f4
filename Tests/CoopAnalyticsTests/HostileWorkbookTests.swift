import Foundation
import Testing
@testable import CoopAnalytics

/// Files that attack or break readers: each is a clear error naming the file, never a crash, a hang or
/// an out-of-memory kill.
@Suite struct HostileWorkbookTests {
    /// A file from Tests/Workbooks that attacks or breaks a reader, and the words its refusal must hold.
    struct HostileFile: CustomTestStringConvertible, Sendable {
        let behaviour: String
        let name: String
        let words: [String]
        var testDescription: String { behaviour }
    }

    static let hostileFiles = [
        HostileFile(
            behaviour: "a zip bomb stops at the entry limit", name: "zip-bomb.xlsx",
            words: ["xl/worksheets/sheet1.xml inflates to more than 300 MB"]),
        HostileFile(
            behaviour: "a highly compressed entry stops at the ratio limit", name: "ratio-bomb.xlsx",
            words: ["times its compressed size", "above 200 times"]),
        HostileFile(behaviour: "external entities are refused", name: "xxe.xlsx", words: ["declares a document type or entities"]),
        HostileFile(behaviour: "entity expansion is refused", name: "billion-laughs.xlsx", words: ["declares a document type or entities"]),
        HostileFile(behaviour: "a truncated archive is damaged", name: "truncated.xlsx", words: ["truncated or damaged", "save it again"]),
        HostileFile(
            behaviour: "CSV named .xlsx is named like a workbook but holds text", name: "csv-named.xlsx",
            words: ["named like a workbook (.xlsx) but holds text"]),
        HostileFile(behaviour: "a huge sheet stops at the cell limit", name: "huge.ods", words: ["the sheet has more than 20000000 cells"]),
        HostileFile(
            behaviour: "an encrypted workbook is refused with the reason", name: "encrypted.xlsx",
            words: ["password-protected (encrypted) workbook", "without a password"]),
        HostileFile(
            behaviour: "text that is not UTF-8 is refused before the XML parser sees it", name: "invalid-utf8.ods",
            words: ["content.xml is not valid UTF-8 text"]),
        HostileFile(behaviour: "a Word document is not a workbook", name: "document.xlsx", words: ["not a workbook", "Word document"]),
    ]

    @Test(arguments: hostileFiles)
    func isRefusedWithAnErrorNamingTheFile(_ file: HostileFile) throws {
        let message = try WorkbookFixtures.error([file.name], year: "2023")
        #expect(message != nil, "\(file.name) must be refused")
        #expect(message?.hasPrefix(file.name) == true, "\(message ?? "")")
        for word in file.words { #expect(message?.contains(word) == true, "\(word) in \(message ?? "")") }
    }

    @Test func bytesThatAreNotAnArchiveAreDamaged() throws {
        let message = ingestError(Array("PK\u{3}\u{4}".utf8) + Array(repeating: 0, count: 60), file: "broken.xlsx")
        #expect(message?.hasPrefix("broken.xlsx: this is a zipped workbook (.xlsx or .ods), but its archive cannot be read") == true, "\(message ?? "")")
    }
}
