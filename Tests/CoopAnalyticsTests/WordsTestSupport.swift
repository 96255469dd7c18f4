import Foundation
import Testing
import CoopFormatting
@testable import CoopAnalytics

/// Every error `body` throws: one `InputError`, each of `InputErrors`, or none.
func thrownErrors(_ body: () throws -> Void) -> [InputError] {
    do {
        try body()
        return []
    } catch let error as InputError {
        return [error]
    } catch let errors as InputErrors {
        return errors.errors
    } catch {
        Issue.record("not an InputError: \(error)")
        return []
    }
}

/// The letters only Vietnamese writes (a message carrying none of them was not translated).
private let vietnameseLetters = Set("ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")

/// Whether `text` reads as Vietnamese: it has a letter only Vietnamese writes, and its letters are precomposed (NFC).
func isVietnameseNFC(_ text: String) -> Bool {
    text.lowercased().contains(where: vietnameseLetters.contains) && Array(text.unicodeScalars) == Array(text.nfc.unicodeScalars)
}

/// The problems of an error's Vietnamese, or [] when it has its own Vietnamese text in NFC.
func vietnameseProblems(_ error: InputError) -> [String] {
    guard let vietnamese = error.vietnamese else { return ["no Vietnamese: \(error.description)"] }
    if vietnamese == error.message { return ["the Vietnamese is the English: \(error.message)"] }
    if !isVietnameseNFC(vietnamese) { return ["not Vietnamese in NFC: \(vietnamese)"] }
    // A slot a template left unfilled, or a value the English has that the Vietnamese dropped.
    if vietnamese.contains("{") && !error.message.contains("{") { return ["an unfilled slot: \(vietnamese)"] }
    return []
}

/// Expects every error to have its own Vietnamese; `count` guards against a list that shrank to nothing.
func expectToldInVietnamese(_ errors: [InputError], atLeast count: Int, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(errors.count >= count, "\(errors.map(\.description))", sourceLocation: sourceLocation)
    for error in errors {
        for problem in vietnameseProblems(error) { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
    }
}
