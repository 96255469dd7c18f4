import Testing
import CoopFormatting
@testable import CoopAnalytics

@Suite struct HumanNumberTests {
    @Test func vietnameseGroupingAndDecimalAreRead() throws {
        #expect(try value("2.425.931", indicator: "members") == 2_425_931)
        #expect(try value("46,5") == 46.5)
        #expect(try value("1.250,5") == 1250.5)
    }

    @Test func englishGroupingAndDecimalAreRead() throws {
        #expect(try value("2,425,931", indicator: "members") == 2_425_931)
        #expect(try value("46.5") == 46.5)
        #expect(try value("1,250.5") == 1250.5)
    }

    @Test func qualifiersWrittenIntoTheValueAreUnderstood() throws {
        let cases: [(String, Double, ValueBound)] = [
            ("~590", 590, .approx), ("≈590", 590, .approx), ("khoảng 590", 590, .approx),
            (">120.000", 120_000, .atLeast), ("hơn 120.000", 120_000, .atLeast), ("trên 413.700", 413_700, .atLeast),
            ("≥130", 130, .atLeast), ("ít nhất 130", 130, .atLeast),
            ("<3.000", 3000, .atMost), ("gần 3.000", 3000, .atMost), ("≤3.000", 3000, .atMost),
            ("hơn 120 nghìn", 120_000, .atLeast), ("Khoảng 590", 590, .approx),
        ]
        for (cell, expected, bound) in cases {
            let observation = try #require(try ingest("province,year,indicator,value\nHà Nam,2017,members,\(cell)\n").observations.first)
            #expect(observation.value == expected, "\(cell)")
            #expect(observation.qualifier == bound, "\(cell)")
        }
    }

    @Test func anAmbiguousValueIsSettledByTheFilesOtherValues() throws {
        let data = try ingest("province,year,indicator,value\nHà Nam,2017,revenue_avg,\"4.139\"\nNam Định,2017,profit_avg,\"46,5\"\n")
        #expect(data.observations.sorted { $0.origin.line < $1.origin.line }.map(\.value) == [4139, 46.5])
    }

    @Test func anAmbiguousValueOfACountIsAThousandsGroup() throws {
        #expect(try value("4.139", indicator: "htx") == 4139)
        #expect(try value("4,139", indicator: "htx") == 4139)
    }

    @Test func anAmbiguousValueWithNothingToSettleItIsAnError() {
        #expect(
            ingestError("province,year,indicator,value\nHà Nam,2017,revenue_avg,4.139\n")
                == "bad.csv:2: value: \"4.139\" is ambiguous: 4139 in Vietnamese style (2.425.931; 46,5) or 4.139 in English style (2,425,931; 46.5), and nothing else in the file shows which; give --number-style vi|en, or write the number unambiguously"
        )
    }

    @Test func numberStyleOptionDecidesAmbiguousValues() throws {
        #expect(try value("4.139", style: .en) == 4.139)
        #expect(try value("4.139", style: .vi) == 4139)
    }

    @Test func aValueOutsideTheForcedStyleIsAnError() {
        #expect(
            ingestError("province,year,indicator,value\nHà Nam,2017,revenue_avg,\"46,5\"\n", style: .en)
                == "bad.csv:2: value: \"46,5\" is not a number in English style (2,425,931; 46.5), which --number-style en asks for")
    }

    @Test func mixedStylesNameTheFirstConflictingLineAndTheLineThatSetTheStyle() {
        let csv =
            "province,year,indicator,value\nHà Nam,2017,members,2.425.931\nNam Định,2017,htx,450\nThái Bình,2017,revenue_avg,46.5\nHưng Yên,2017,revenue_avg,12.5\n"
        #expect(
            ingestError(csv)
                == "bad.csv:4: value: \"46.5\" is written in English style (2,425,931; 46.5), but line 2 (\"2.425.931\") is in Vietnamese style (2.425.931; 46,5); a file uses one style: rewrite one of them, or give --number-style vi|en"
        )
    }

    @Test func yearsAreNeverReadAsGroupedNumbers() throws {
        let data = try ingest("province,year,indicator,value\nHà Nam,2017,members,\"2.017\"\n")
        #expect(data.observations.first?.period == Period(year: 2017))
        #expect(data.observations.first?.value == 2017)
    }

    @Test func notANumberAndInfinityAreErrors() {
        #expect(
            ingestError("province,year,indicator,value\nHà Nam,2017,revenue_avg,NaN\n")
                == "bad.csv:2: value: \"NaN\" is not a finite number; write the figure, or leave the row out when it is unknown")
        #expect(
            ingestError("province,year,indicator,value\nHà Nam,2017,revenue_avg,inf\n")?.hasPrefix("bad.csv:2: value: \"inf\" is not a finite number") == true)
        #expect(ingestError("province,year,indicator,value\nHà Nam,2017,revenue_avg,-Infinity\n")?.contains("is not a finite number") == true)
    }

    @Test func aNumberTooLargeToHoldExactlyIsAnError() {
        #expect(
            ingestError("province,year,indicator,value\nHà Nam,2017,members,12345678901234567890\n")
                == "bad.csv:2: value: \"12345678901234567890\" is too large: coopchart reads figures of up to 15 digits before the decimal mark")
    }

    @Test func aNegativeCountIsAnErrorButANegativeAverageIsNot() throws {
        #expect(
            ingestError("province,year,indicator,value\nHà Nam,2017,new_htx,-3\n")
                == "bad.csv:2: value: \"-3\" is negative, but new_htx is a count; a count is 0 or more")
        #expect(try value("-12,5", indicator: "profit_avg") == -12.5)
    }

    @Test func aFractionalCountIsAnError() {
        #expect(
            ingestError("province,year,indicator,value\nHà Nam,2017,htx,\"12,5\"\n")
                == "bad.csv:2: value: \"12,5\" is fractional, but htx is a count of whole units; write a whole number")
    }

    @Test func aQualifierInTheValueThatContradictsTheColumnIsAnError() {
        #expect(
            ingestError("province,year,indicator,value,qualifier\nHà Nam,2017,htx,~590,at_least\n")
                == "bad.csv:2: value: \"~590\" says approx but the qualifier column says at_least; keep one of them")
    }

    @Test func aQualifierInTheValueThatAgreesWithTheColumnIsRead() throws {
        let data = try ingest("province,year,indicator,value,qualifier\nHà Nam,2017,htx,~590,approx\nNam Định,2017,htx,600,khoảng\n")
        #expect(data.observations.map(\.qualifier) == [.approx, .approx])
    }

    @Test func aNonNumericValueNamesWhatIsAccepted() {
        #expect(
            ingestError("province,year,indicator,value\nHà Nam,2017,htx,nhiều\n")?
                .hasPrefix("bad.csv:2: value: \"nhiều\" is not a number; write a number such as 2.425.931, 46,5 or 46.5, optionally with a qualifier") == true)
    }

    @Test func aPercentSignIsAcceptedOnlyForPercentages() throws {
        #expect(try value("85%", indicator: "effective_share") == 85)
        #expect(ingestError("province,year,indicator,value\nHà Nam,2017,htx,85%\n")?.contains("is not a number") == true)
    }
}
