import Testing
@testable import CoopAnalytics

/// Every scheme error reads `FILE:LINE: message`, naming the value and what would be accepted.
@Suite struct ScoringSchemeErrorTests {
    static let valid = """
        title: "Chấm điểm"
        year: 2017
        criteria:
          - id: new
            label: "HTX thành lập mới"
            indicator: new_htx
            points: 30
            method: minmax
          - id: density
            formula: "members / htx"
            points: 10
            method: proportional
        tiebreak: [new]
        awards:
          - ranks: "1"
            title: "Cờ thi đua"
        """

    @Test func aValidSchemeReadsEveryPart() throws {
        let scheme = try scoringScheme(Self.valid)
        #expect(scheme.title == "Chấm điểm")
        #expect(scheme.period == Period(year: 2017))
        #expect(scheme.criteria.map(\.id) == ["new", "density"])
        #expect(scheme.criteria[1].sourceText == "members / htx")
        #expect(scheme.tiebreak == ["new"])
        #expect(scheme.awards.first?.ranks == 1...1)
        #expect(scheme.criteria[0].origin.line == 4)
    }

    /// One edit of the valid scheme, and the line and words of the error it must give.
    struct SchemeMistake: CustomTestStringConvertible, Sendable {
        let behaviour: String
        let replacing: String
        let replacement: String
        let line: Int
        let words: [String]
        var testDescription: String { behaviour }
    }

    static let mistakes = [
        SchemeMistake(
            behaviour: "an unknown method names its line", replacing: "method: minmax", replacement: "method: minimax",
            line: 8, words: ["unknown method \"minimax\"", "minmax, proportional, target or rank"]),
        SchemeMistake(
            behaviour: "an unknown indicator names its line and suggests", replacing: "indicator: new_htx", replacement: "indicator: new_hxt",
            line: 6, words: ["unknown indicator \"new_hxt\"", "new_htx"]),
        // `    formula: "members / hxt"`: the scalar opens at column 14, its text at 15, "hxt" at 25.
        SchemeMistake(
            behaviour: "an unknown indicator in a formula names its column", replacing: "members / htx", replacement: "members / hxt",
            line: 10, words: ["unknown indicator \"hxt\"", "column 25"]),
        SchemeMistake(
            behaviour: "an unknown criterion id in the tiebreak names its line", replacing: "tiebreak: [new]", replacement: "tiebreak: [new, plan]",
            line: 13, words: ["unknown criterion id \"plan\"", "new, density"]),
        // `    formula: "members / / htx"`: the second "/" is at column 25 of the line.
        SchemeMistake(
            behaviour: "a formula that does not parse names line and column", replacing: "members / htx", replacement: "members / / htx",
            line: 10, words: ["does not parse at column 25", "expected a number, an indicator id or \"(\""]),
        SchemeMistake(
            behaviour: "duplicate ids name both lines", replacing: "id: density", replacement: "id: new",
            line: 9, words: ["duplicate criterion id \"new\" (first used at line 4)"]),
        SchemeMistake(
            behaviour: "negative maximum points are refused", replacing: "points: 30", replacement: "points: -30",
            line: 7, words: ["negative maximum points (-30)"]),
    ]

    @Test(arguments: mistakes)
    func aMistakeIsReportedAtItsLineNamingTheValue(_ mistake: SchemeMistake) {
        let text = schemeErrorText(Self.valid.replacingOccurrences(of: mistake.replacing, with: mistake.replacement))
        #expect(text?.hasPrefix("scheme.yaml:\(mistake.line): ") == true, "\(text ?? "")")
        for word in mistake.words { #expect(text?.contains(word) == true, "\(word) in \(text ?? "")") }
    }

    @Test func formulaParseErrorsCarryTheirColumn() {
        #expect(throws: Formula.ParseError(column: 11, message: "expected \")\" to close the \"(\"")) { try Formula("(a + b * c") }
        #expect(throws: Formula.ParseError.self) { try Formula("") }
        #expect(throws: Formula.ParseError.self) { try Formula("a b") }
        #expect(throws: Formula.ParseError.self) { try Formula("max(a)") }
        #expect(throws: Formula.ParseError.self) { try Formula("1,5 * a") }
    }

    @Test func aFormulaNestedTenThousandDeepIsAClearErrorNotACrash() {
        let deep = String(repeating: "(", count: 10_000) + "htx" + String(repeating: ")", count: 10_000)
        let error = #expect(throws: Formula.ParseError.self) { try Formula(deep) }
        #expect(error?.message.contains("nested too deeply") == true)
        let long = (0..<10_000).map { _ in "htx" }.joined(separator: " + ")
        #expect(throws: Formula.ParseError.self) { try Formula(long) }
        let signs = String(repeating: "-", count: 10_000) + "1"
        #expect(throws: Formula.ParseError.self) { try Formula(signs) }
        #expect(throws: Never.self) { try Formula(String(repeating: "(", count: 150) + "htx" + String(repeating: ")", count: 150)) }
    }

    @Test func anAwardRangeThatDoesNotParseNamesItsLine() {
        for bad in ["\"2-\"", "\"3-2\"", "\"0\"", "first", "\"1-2-3\""] {
            let text = schemeErrorText(Self.valid.replacingOccurrences(of: "ranks: \"1\"", with: "ranks: \(bad)"))
            #expect(text?.hasPrefix("scheme.yaml:15: ") == true, "\(bad)")
            #expect(text?.contains("award range") == true && text?.contains("does not parse") == true, "\(bad)")
        }
        #expect(Award.parseRanks("2-3") == 2...3)
        #expect(Award.parseRanks(" 4 – 6 ") == 4...6)
    }

    @Test func overlappingAwardRangesAreRefused() {
        let text = schemeErrorText(Self.valid + "\n  - ranks: \"1-3\"\n    title: \"Bằng khen\"")
        #expect(text?.hasPrefix("scheme.yaml:17: ") == true)
        #expect(text?.contains("overlap") == true)
    }

    @Test func unknownKeysAreNamedWithASuggestion() {
        let text = schemeErrorText(Self.valid.replacingOccurrences(of: "points: 10", with: "pionts: 10"))
        #expect(text?.contains("scheme.yaml:11: unknown key \"pionts\" in a criterion; did you mean points?") == true)
        let top = schemeErrorText(Self.valid + "\nweights: 3")
        #expect(top?.contains("scheme.yaml:17: unknown key \"weights\" in the scheme") == true)
    }

    @Test func allProblemsOfAFileAreReportedTogether() {
        let text = schemeErrorText(
            Self.valid
                .replacingOccurrences(of: "method: minmax", with: "method: minimax")
                .replacingOccurrences(of: "points: 10", with: "points: -1"))
        #expect(text?.split(separator: "\n").count == 2)
    }

    @Test func aTargetCriterionNeedsATargetAndOnlyItMayHaveOne() {
        let missing = schemeErrorText(Self.valid.replacingOccurrences(of: "method: minmax", with: "method: target"))
        #expect(missing?.hasPrefix("scheme.yaml:4: ") == true)
        #expect(missing?.contains("has no target") == true)
        let misplaced = schemeErrorText(Self.valid.replacingOccurrences(of: "method: minmax", with: "method: minmax\n    cap: 1.2"))
        #expect(misplaced?.contains("scheme.yaml:9: ") == true)
        #expect(misplaced?.contains("a cap is used only by method target") == true)
    }

    @Test func reservedAndMalformedIdsAreRefused() {
        #expect(schemeErrorText(Self.valid.replacingOccurrences(of: "id: density", with: "id: total"))?.contains("is a column of the ranking") == true)
        #expect(schemeErrorText(Self.valid.replacingOccurrences(of: "id: density", with: "id: \"=cmd\""))?.contains("must start with a letter") == true)
    }

    @Test func yamlSyntaxErrorsAndDuplicateKeysHaveALine() {
        let syntax = schemeErrorText("title: x\ncriteria:\n  - id: a\n   bad: [\n")
        #expect(syntax?.hasPrefix("scheme.yaml:") == true)
        #expect(syntax?.contains("not valid YAML") == true)
        let duplicate = schemeErrorText(Self.valid.replacingOccurrences(of: "points: 30", with: "points: 30\n    points: 20"))
        #expect(duplicate?.hasPrefix("scheme.yaml:7: ") == true)
        #expect(duplicate?.contains("\"points\" appears twice") == true)
    }
}
