import CoopCharts
import Testing

/// Short forms for tiles: initials where they are unique, a lengthened word where initials collide.
@Suite struct AbbreviationTests {
    @Test("unique initials stay initials")
    func initials() {
        #expect(Abbreviations.unique(["Bà Rịa - Vũng Tàu", "Cao Bằng", "Sơn La"]) == ["BRVT", "CB", "SL"])
    }

    @Test("three Quảng N… provinces are QNi, QNa and QNg, not QN three times")
    func lastWordLengthens() {
        #expect(Abbreviations.unique(["Quảng Ninh", "Quảng Nam", "Quảng Ngãi", "Quảng Bình"]) == ["QNi", "QNa", "QNg", "QB"])
    }

    @Test("names that differ only in their first word lengthen that word: Hà Giang HàG, Hậu Giang HậG")
    func firstWordLengthens() {
        #expect(Abbreviations.unique(["Hà Giang", "Hậu Giang"]) == ["HàG", "HậG"])
    }

    @Test("Lào Cai and Lai Châu are LCa and LCh; Thái Nguyên and Tây Ninh TNg and TNi")
    func otherPairs() {
        #expect(Abbreviations.unique(["Lào Cai", "Lai Châu", "Thái Nguyên", "Tây Ninh"]) == ["LCa", "LCh", "TNg", "TNi"])
    }
}
