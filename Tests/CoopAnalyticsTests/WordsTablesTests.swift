import Foundation
import Testing
@testable import CoopAnalytics

/// The words tables are complete: every phrase written in English has its Vietnamese (not the English
/// again), and every error of the files that read schemes, cluster and indicator files, registries and
/// whole files is built from a table rather than from an English string alone.
@Suite struct WordsTablesTests {
    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/CoopAnalytics")

    /// The tables of error messages.
    static let tables = [
        "Output/MessageWords.swift", "Output/SchemeWords.swift", "Output/SettingsFileWords.swift", "Output/FileWords.swift",
        "Output/RegistryWords.swift",
    ]

    /// The files whose every error comes from a table. (`ScoringCoverage` writes its Vietnamese inline.)
    static let speakers = [
        "Scoring/SchemeReader.swift", "Scoring/Formula.swift", "Scoring/ScoreEngine.swift", "ProvinceRegistry/ClusterFile.swift",
        "Ingest/YAMLDocument.swift", "Catalog/IndicatorCatalogFile.swift", "CooperativeRegistry/CooperativeRegistryAggregator.swift",
        "CooperativeRegistry/CooperativeRegistryColumns.swift", "CooperativeRegistry/CooperativeRegistryProblems.swift",
        "Ingest/TextDecoding.swift", "Ingest/TextBlocks.swift", "Ingest/CSVReader.swift", "Model/DateText.swift",
        "Validation/ClusterFit.swift",
    ]

    static func text(_ file: String) throws -> String { try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8) }

    /// The arguments of every `pick(…)` call in Swift source, each as the text of its string literals
    /// (interpolations left out), or nil for an argument with no literal (a computed phrase).
    static func picks(in source: String) -> [[String?]] {
        let characters = Array(source)
        var calls: [[String?]] = []
        var index = 0
        let opening = Array("pick(")
        while index + opening.count <= characters.count {
            guard Array(characters[index..<index + opening.count]) == opening,
                index == 0 || !(characters[index - 1].isLetter || characters[index - 1] == ".")
            else { index += 1; continue }
            var position = index + opening.count
            var arguments: [String?] = []
            var literal: String?
            var depth = 0
            scan: while position < characters.count {
                let character = characters[position]
                switch character {
                case "\"":
                    // A string literal up to its closing quote, interpolations skipped.
                    position += 1
                    var text = ""
                    while position < characters.count, characters[position] != "\"" {
                        if characters[position] == "\\", position + 1 < characters.count {
                            if characters[position + 1] == "(" {
                                var nested = 1
                                position += 2
                                while position < characters.count, nested > 0 {
                                    if characters[position] == "(" { nested += 1 }
                                    if characters[position] == ")" { nested -= 1 }
                                    if characters[position] == "\"" {
                                        // A literal inside an interpolation: skip it whole.
                                        position += 1
                                        while position < characters.count, characters[position] != "\"" { position += characters[position] == "\\" ? 2 : 1 }
                                    }
                                    position += 1
                                }
                                continue
                            }
                            text.append(characters[position + 1])
                            position += 2
                            continue
                        }
                        text.append(characters[position])
                        position += 1
                    }
                    literal = (literal ?? "") + text
                case "(", "[", "{": depth += 1
                case ")", "]", "}":
                    if depth == 0 { arguments.append(literal); break scan }
                    depth -= 1
                case "," where depth == 0:
                    arguments.append(literal)
                    literal = nil
                default: break
                }
                position += 1
            }
            calls.append(arguments)
            index = position
        }
        return calls
    }

    @Test func theScannerReadsLiteralsAcrossLinesAndInterpolations() {
        let calls = Self.picks(
            in: """
                func a() -> String { pick("có \\(x.map { "\\($0)" }) tỉnh" + " nữa", "has \\(x) provinces") }
                var b: String { pick(Language.vi.format(1), String(1)) }
                """)
        #expect(calls.count == 2)
        #expect(calls.first == ["có  tỉnh nữa", "has  provinces"])
        #expect(calls.last == [nil, nil])
    }

    @Test func everyPhraseOfTheTablesHasItsVietnamese() throws {
        var count = 0
        for file in Self.tables {
            // Comments may quote `pick("…", "…")`; only code counts.
            let code = try Self.text(file).split(separator: "\n", omittingEmptySubsequences: false)
                .filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("//") }.joined(separator: "\n")
            for arguments in Self.picks(in: code) {
                count += 1
                #expect(arguments.count == 2, "\(file): \(arguments)")
                guard arguments.count == 2, let vietnamese = arguments[0] else { continue }
                let english = arguments[1]
                #expect(vietnamese != english, "\(file): the Vietnamese is the English: \(vietnamese)")
                // A phrase with words (not only a format such as "\(day)/\(month)/\(year)") has a letter only Vietnamese writes.
                if vietnamese.contains(where: { $0.isLetter }) {
                    #expect(isVietnameseNFC(vietnamese), "\(file): not Vietnamese in NFC: \(vietnamese)")
                }
            }
        }
        #expect(count > 150, "the scanner found \(count) phrases")
    }

    @Test func everyErrorOfTheseFilesComesFromAWordsTable() throws {
        for file in Self.speakers {
            let text = try Self.text(file)
            // An error built as InputError(file:…, message: "…") would reach Vietnamese outputs in English.
            #expect(!text.contains("InputError("), "\(file) builds an InputError from an English string alone")
        }
    }
}
