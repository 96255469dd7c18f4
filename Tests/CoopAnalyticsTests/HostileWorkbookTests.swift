import Foundation
import Testing
@testable import CoopAnalytics

/// Files that attack or break readers: each is a clear error naming the file, never a crash, a hang or
/// an out-of-memory kill.
@Suite struct HostileWorkbookTests {
    func refused(_ name: String, _ words: [String]) throws {
        let message = try WorkbookFixtures.error([name], year: "2023")
        #expect(message != nil, "\(name) must be refused")
        #expect(message?.hasPrefix(name) == true, "\(message ?? "")")
        for word in words { #expect(message?.contains(word) == true, "\(word) in \(message ?? "")") }
    }

    @Test func aZipBombStopsAtTheEntryLimit() throws {
        try refused("zip-bomb.xlsx", ["xl/worksheets/sheet1.xml inflates to more than 300 MB"])
    }

    @Test func aHighlyCompressedEntryStopsAtTheRatioLimit() throws {
        try refused("ratio-bomb.xlsx", ["times its compressed size", "above 200 times"])
    }

    @Test func externalEntitiesAreRefused() throws {
        try refused("xxe.xlsx", ["declares a document type or entities"])
    }

    @Test func entityExpansionIsRefused() throws {
        try refused("billion-laughs.xlsx", ["declares a document type or entities"])
    }

    @Test func aTruncatedArchiveIsDamaged() throws {
        try refused("truncated.xlsx", ["truncated or damaged", "save it again"])
    }

    @Test func csvNamedXlsxIsNamedLikeAWorkbookButHoldsText() throws {
        try refused("csv-named.xlsx", ["named like a workbook (.xlsx) but holds text"])
    }

    @Test func aHugeSheetStopsAtTheCellLimit() throws {
        try refused("huge.ods", ["the sheet has more than 20000000 cells"])
    }

    @Test func anEncryptedWorkbookIsRefusedWithTheReason() throws {
        try refused("encrypted.xlsx", ["password-protected (encrypted) workbook", "without a password"])
    }

    @Test func textThatIsNotUTF8IsRefusedBeforeTheXMLParserSeesIt() throws {
        try refused("invalid-utf8.ods", ["content.xml is not valid UTF-8 text"])
    }

    @Test func aWordDocumentIsNotAWorkbook() throws {
        try refused("document.xlsx", ["not a workbook", "Word document"])
    }

    @Test func bytesThatAreNotAnArchiveAreDamaged() throws {
        let message = ingestError(Array("PK\u{3}\u{4}".utf8) + Array(repeating: 0, count: 60), file: "broken.xlsx")
        #expect(message?.hasPrefix("broken.xlsx: this is a zipped workbook (.xlsx or .ods), but its archive cannot be read") == true, "\(message ?? "")")
    }
}
