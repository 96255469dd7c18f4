import Testing
@testable import CoopAnalytics

/// The one reading of a typed date, shared by the registry's cells and every date option.
@Suite struct DateTextTests {
    @Test(arguments: [
        ("2025-07-01", SimpleDate(year: 2025, month: 7, day: 1)),
        ("01/07/2025", SimpleDate(year: 2025, month: 7, day: 1)),
        ("1/7/2025", SimpleDate(year: 2025, month: 7, day: 1)),
        ("01-07-2025", SimpleDate(year: 2025, month: 7, day: 1)),
        ("1-7-2025", SimpleDate(year: 2025, month: 7, day: 1)),
        ("2025-7-1", SimpleDate(year: 2025, month: 7, day: 1)),
        ("20/12/2023", SimpleDate(year: 2023, month: 12, day: 20)),
        (" 29/02/2024\t", SimpleDate(year: 2024, month: 2, day: 29)),
        ("2000-02-29", SimpleDate(year: 2000, month: 2, day: 29)),
    ])
    func everyAcceptedFormReadsTheSameDay(text: String, date: SimpleDate) {
        #expect(SimpleDate(parsing: text) == date)
    }

    @Test(arguments: [
        "", "2025", "2025-07", "2025/07/01", "01/07-2025", "1.7.2025", "2025-07-01T00:00", "01/07/02025",
        "12025-01-01", "001/07/2025", "2025--07-01", "-01-07-2025", "01/07/2025/", "ngày 1/7/2025", "１/7/2025",
    ])
    func anythingElseIsNotADate(text: String) {
        #expect(DateText.read(text) == .notADate)
        #expect(
            DateText.problem(DateText.read(text), shown: "\"\(text)\"")
                == "\"\(text)\" is not a date; write YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)")
    }

    @Test func aTwoDigitYearIsRefusedWithTheReasonAndTheFullYear() {
        #expect(DateText.read("20/12/23") == .twoDigitYear(day: 20, month: 12, year: 23))
        #expect(DateText.read("1-7-25") == .twoDigitYear(day: 1, month: 7, year: 25))
        #expect(
            DateText.problem(DateText.read("20/12/23"), shown: "\"20/12/23\"")
                == "\"20/12/23\" has a two-digit year, so its century is ambiguous (1923 or 2023?); write the year in full, such as 20/12/2023; "
                + "the accepted forms are YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)")
        #expect(DateText.problem(DateText.read("3/4/98"), shown: "x")?.contains("such as 3/4/1998") == true)
    }

    @Test func aDayThatIsNotInTheCalendarNamesWhy() {
        func problem(_ text: String) -> String? { DateText.problem(DateText.read(text), shown: "\"\(text)\"") }
        let forms = "write a date that exists as YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)"
        #expect(problem("31/02/2024") == "\"31/02/2024\" is not a real date: February 2024 has 29 days; " + forms)
        #expect(problem("2023-02-29") == "\"2023-02-29\" is not a real date: February 2023 has 28 days; " + forms)
        #expect(problem("31/04/2020") == "\"31/04/2020\" is not a real date: April 2020 has 30 days; " + forms)
        #expect(problem("2020-13-01") == "\"2020-13-01\" is not a real date: there is no month 13; " + forms)
        #expect(problem("0/1/2020") == "\"0/1/2020\" is not a real date: there is no day 0; " + forms)
        #expect(problem("0000-01-01") == "\"0000-01-01\" is not a real date: there is no year 0; " + forms)
        // Month first, as American software writes it: the message shows the day-first spelling.
        #expect(problem("12/31/2024") == "\"12/31/2024\" is not a real date: there is no month 31 (the day comes first: 31/12/2024); " + forms)
    }

    @Test func everyDayCoopchartReadsSurvivesEveryFormRoundTrip() {
        var checked = 0
        for year in Period.acceptedYears {
            for month in 1...12 {
                for day in 1...SimpleDate.daysIn(month: month, year: year) {
                    let date = SimpleDate(year: year, month: month, day: day)
                    let spellings = [
                        date.description, "\(day)/\(month)/\(year)", "\(day)-\(month)-\(year)",
                        (day < 10 ? "0\(day)" : "\(day)") + "/" + (month < 10 ? "0\(month)" : "\(month)") + "/\(year)",
                    ]
                    for text in spellings where SimpleDate(parsing: text) != date {
                        Issue.record("\(text) did not read as \(date)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked == 56_978)
    }

    @Test func theFixedPlaceReadingAgreesWithTheGeneralOneOnEveryTenCharacterText() {
        // Ten characters from digits and separators, biased towards the two fixed-place forms.
        var state: UInt64 = 2026
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        let alphabet = Array("0123456789-/x ".utf8)
        for round in 0..<200_000 {
            var bytes = (0..<10).map { _ in UInt8(0x30 + next(10)) }
            switch round % 4 {
            case 0: bytes[4] = 0x2D; bytes[7] = 0x2D
            case 1: bytes[2] = 0x2F; bytes[5] = 0x2F
            default: for _ in 0..<3 { bytes[next(10)] = alphabet[next(alphabet.count)] }
            }
            bytes.withUnsafeBufferPointer { buffer in
                let fast = DateText.read(buffer)
                var start = 0, end = buffer.count
                while start < end, buffer[start] == 0x20 { start += 1 }
                while end > start, buffer[end - 1] == 0x20 { end -= 1 }
                let general = DateText.readByParts(buffer, from: start, to: end)
                if fast != general { Issue.record("\(String(decoding: bytes, as: UTF8.self)): \(fast) ≠ \(general)") }
            }
        }
    }

    @Test func theBytesOfACellReadLikeItsText() {
        for text in ["2025-07-01", "1/7/2025", "20/12/23", "31/02/2024", "x"] {
            var bytes = Array(text.utf8)
            let fromBytes = bytes.withUnsafeMutableBufferPointer { DateText.read(UnsafeBufferPointer($0)) }
            #expect(fromBytes == DateText.read(text))
        }
    }
}
