import Testing
import CoopFormatting

@Suite struct NumberLocaleTests {
    @Test func vietnameseGroupsThousandsWithDotsAndMarksDecimalsWithComma() {
        #expect(Language.vi.format(2_425_931, maxDecimals: 2) == "2.425.931")
        #expect(Language.vi.format(46.5, maxDecimals: 2) == "46,5")
        #expect(Language.vi.format(16.75, maxDecimals: 2) == "16,75")
        #expect(Language.vi.format(1250.5, decimals: 1) == "1.250,5")
    }

    @Test func englishUsesCommasForThousandsAndDotForDecimals() {
        #expect(Language.en.format(2_425_931, maxDecimals: 2) == "2,425,931")
        #expect(Language.en.format(46.5, maxDecimals: 2) == "46.5")
    }

    @Test func fixedDecimalsPadWithZeros() {
        #expect(Language.vi.format(41.7, decimals: 2) == "41,70")
        #expect(Language.vi.format(0.05, decimals: 1) == "0,1")
        #expect(Language.vi.format(999.96, decimals: 1) == "1.000,0")
    }

    @Test func negativeNumbersUseATrueMinusAndNegativeZeroDoesNot() {
        #expect(Language.vi.format(-1234.5, maxDecimals: 1) == "−1.234,5")
        #expect(Language.vi.format(-0.001, maxDecimals: 1) == "0")
    }

    @Test func yearsAreNeverGrouped() {
        #expect(Language.vi.formatYear(2017) == "2017")
    }

    @Test func boundsPrefixTheirMark() {
        #expect(Language.vi.format(590, bound: .approx) == "≈590")
        #expect(Language.vi.format(120_000, bound: .atLeast) == ">120.000")
        #expect(Language.vi.format(3000, bound: .atMost) == "<3.000")
        #expect(Language.vi.format(86, bound: .exact) == "86")
    }

    @Test func matchingKeyFoldsCaseDiacriticsAndDStroke() {
        #expect("HÀ NỘI".matchingKey == "ha noi")
        #expect("Đắk  Lắk".matchingKey == "dak lak")
        #expect("Bà Rịa - Vũng Tàu".matchingKey == "ba ria vung tau")
    }

    @Test func nfcComposesDecomposedVietnamese() {
        let decomposed = "Ha\u{0300} Nô\u{0323}i"
        #expect(decomposed.nfc.unicodeScalars.elementsEqual("Hà Nội".unicodeScalars))
    }
}
