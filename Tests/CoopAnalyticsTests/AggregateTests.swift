import Foundation
import Testing
@testable import CoopAnalytics

/// A registry of 14 cooperatives in four provinces, added up by hand below. Hà Nam, Nam Định and
/// Ninh Bình merged into the new Ninh Bình on 1 July 2025; Quảng Ninh did not change.
let handCheckedRegistry = """
    id,name,province,kind,founded,dissolved,members,workers,revenue
    HN1,HTX Nông nghiệp Thanh Liêm,Hà Nam,htx,2010-03-15,,120,30,1500
    HN2,"HTX Dịch vụ, Vận tải Phủ Lý",Hà Nam,htx,15/06/2024,,40,12,800.4
    HN3,THT rau sạch Kim Bảng,Hà Nam,tht,2023-02-01,,,5,
    HN4,HTX Duy Tiên,Hà Nam,htx,2015-01-10,2024-09-30,60,20,500
    NB1,HTX Hoa Lư,Ninh Bình,htx,2012-05-05,,200,50,2000
    NB2,HTX Yên Khánh,Ninh Bình,htx,2025-03-01,,30,10,
    NB3,HTX Tam Điệp,Ninh Bình,htx,2025-08-20,,25,8,300
    NB4,Quỹ tín dụng Ninh Phúc,Ninh Bình,credit_fund,2005-01-01,,,,
    ND1,HTX Giao Thủy,Nam Định,htx,2020-10-10,2025-12-31,80,15,1000
    ND2,Liên hiệp HTX Nam Định,36,union,2018-01-01,,,,
    QN1,HTX Hạ Long,Quảng Ninh,htx,2023-07-07,,50,10,700
    QN2,THT Vân Đồn,quang ninh,tht,2024-01-01,2024-06-30,,3,
    QN3,HTX Cô Tô,Quảng Ninh,HTX,01/01/2026,,10,4,100
    HN5,Liên hiệp HTX Hà Nam,Hà Nam,union,2019-09-09,2023-03-03,,,

    """

/// What `handCheckedRegistry` adds up to for 2023–2026, worked out by hand:
/// - Hà Nam 2023: HN1 and HN4 active (members 120+60, workers 30+20, revenue (1500+500)/2); HN3 founded;
///   HN5 dissolved in March, so no union is left at the year's end.
/// - 2024: HN2 founded and HN4 dissolved in Hà Nam (revenue (1500+800.4)/2 = 1150.2); Quảng Ninh's
///   THT founded and dissolved within the year (new_tht 1, tht 0).
/// - 2025: Hà Nam, Nam Định and Ninh Bình are the new Ninh Bình at the year's end: HN1, HN2, NB1,
///   NB2 (old Ninh Bình, March) and NB3 (new Ninh Bình, August) active = 5; ND1 dissolved on 31 December
///   (gone at the year's end); revenue (1500+800.4+2000+300)/4 = 1150.1 (NB2 reports none).
/// - 2026: QN3 founded in Quảng Ninh (revenue (700+100)/2 = 400).
let handCheckedTable = """
    province,year,htx,new_htx,dissolved_htx,tht,new_tht,credit_funds,unions,members,workers,revenue_avg
    Quảng Ninh,2023,1,1,0,0,0,0,0,50,10,700
    Hà Nam,2023,2,0,0,1,1,0,0,180,50,1000
    Nam Định,2023,1,0,0,0,0,0,1,80,15,1000
    Ninh Bình,2023,1,0,0,0,0,1,0,200,50,2000
    Quảng Ninh,2024,1,0,0,0,1,0,0,50,10,700
    Hà Nam,2024,2,1,1,1,0,0,0,160,42,1150.2
    Nam Định,2024,1,0,0,0,0,0,1,80,15,1000
    Ninh Bình,2024,1,0,0,0,0,1,0,200,50,2000
    Quảng Ninh,2025,1,0,0,0,0,0,0,50,10,700
    Ninh Bình,2025,5,2,1,1,0,1,1,415,110,1150.1
    Quảng Ninh,2026,2,1,0,0,0,0,0,60,14,400
    Ninh Bình,2026,5,0,0,1,0,1,1,415,110,1150.1

    """

/// The same figures one line a figure, as the aggregator writes them.
let handCheckedFigures = longFigures(handCheckedTable)

/// A table of one row a province and period, one column an indicator, written one figure a line
/// (`province,year,indicator,value`) in the table's order.
func longFigures(_ table: String) -> String {
    let lines = table.split(separator: "\n")
    let indicators = lines[0].split(separator: ",").dropFirst(2)
    var text = "province,year,indicator,value\n"
    for line in lines.dropFirst() {
        let cells = line.split(separator: ",", omittingEmptySubsequences: false)
        for (indicator, value) in zip(indicators, cells.dropFirst(2)) { text += "\(cells[0]),\(cells[1]),\(indicator),\(value)\n" }
    }
    return text
}

/// Aggregates `text` written to a temporary registry file.
func aggregate(
    _ text: String, grouping: CooperativeRegistryAggregator.Grouping = .year, from: Int? = nil, to: Int? = nil,
    style: NumberStyle? = nil, parallel: Bool = true
) throws -> CooperativeRegistryFigures {
    let files = try TemporaryFiles(["registry.csv": text])
    defer { files.cleanup() }
    var aggregator = CooperativeRegistryAggregator(grouping: grouping, firstYear: from, lastYear: to, numberStyle: style)
    aggregator.parallel = parallel
    return try aggregator.aggregate(file: files.path("registry.csv"))
}

/// Every line aggregating `text` reports, with the file called `registry.csv`: each problem, then
/// the closing count of bad rows (a file that is not a registry at all gives its one error).
func aggregateErrors(_ text: String, style: NumberStyle? = nil, parallel: Bool = true) -> [String] {
    func named(_ error: InputError) -> String {
        var shown = error
        shown.file = URL(fileURLWithPath: error.file).lastPathComponent
        return shown.description
    }
    do {
        _ = try aggregate(text, style: style, parallel: parallel)
        return []
    } catch let error as InputError {
        return [named(error)]
    } catch let errors as InputErrors {
        return errors.errors.map(named)
    } catch {
        return ["\(error)"]
    }
}

/// The first problem aggregating `text` reports.
func aggregateError(_ text: String, style: NumberStyle? = nil) -> String? {
    aggregateErrors(text, style: style).first
}

@Suite struct AggregateTests {
    @Test func theHandCheckedRegistryAddsUpToTheFiguresWorkedOutByHand() throws {
        let figures = try aggregate(handCheckedRegistry, from: 2023, to: 2026)
        #expect(figures.cooperatives == 14)
        #expect(figures.csv() == handCheckedFigures)
    }

    @Test func sequentialAndParallelReadingGiveTheSameFigures() throws {
        #expect(try aggregate(handCheckedRegistry, parallel: false) == aggregate(handCheckedRegistry, parallel: true))
    }

    @Test func byDefaultThePeriodsRunFromTheFirstFoundingToTheLastEvent() throws {
        let figures = try aggregate(handCheckedRegistry)
        #expect(figures.rows.first?.period == Period(year: 2005))
        #expect(figures.rows.first?.label == "Ninh Bình")
        #expect(figures.rows.last?.period == Period(year: 2026))
    }

    @Test func halfYearsSplitTheMergerYearAtItsFirstOfJuly() throws {
        let figures = try aggregate(handCheckedRegistry, grouping: .half, from: 2025, to: 2025)
        func value(_ label: String, _ period: String, _ indicator: String) -> Double? {
            figures.rows.first { $0.label == label && $0.period.description == period && $0.indicator == indicator }?.value
        }
        // Until 30 June 2025 the old units stand: old Ninh Bình has NB1 and NB2 (founded in March).
        #expect(value("Hà Nam", "2025-H1", "htx") == 2)
        #expect(value("Ninh Bình", "2025-H1", "htx") == 2)
        #expect(value("Ninh Bình", "2025-H1", "new_htx") == 1)
        #expect(value("Nam Định", "2025-H1", "htx") == 1)
        // From 1 July everything is the new Ninh Bình: NB3 founded in August, ND1 dissolved on 31 December.
        #expect(value("Hà Nam", "2025-H2", "htx") == nil)
        #expect(value("Ninh Bình", "2025-H2", "htx") == 5)
        #expect(value("Ninh Bình", "2025-H2", "new_htx") == 1)
        #expect(value("Ninh Bình", "2025-H2", "dissolved_htx") == 1)
        #expect(
            figures.rows.contains {
                $0.period == Period(year: 2025, part: .secondHalf)
                    && $0.province == ProvinceRegistry.bundled.provinces.firstIndex { $0.code == "37" && $0.validFrom != nil }
            })
    }

    @Test func theOutputIsReadBackByTheDataReaderAsTheSameFigures() throws {
        let figures = try aggregate(handCheckedRegistry, from: 2023, to: 2026)
        let dataset = try ingest(figures.csv())
        #expect(dataset.observations.count == figures.rows.count)
        for row in figures.rows {
            #expect(dataset.observation(province: row.province, period: row.period, indicator: row.indicator)?.value == row.value)
        }
    }

    @Test func revenueAverageCountsOnlyHTXThatReportARevenue() throws {
        let figures = try aggregate(
            """
            province,kind,founded,revenue
            Hà Nam,htx,2020-01-01,100
            Hà Nam,htx,2020-01-01,
            Hà Nam,htx,2020-01-01,300
            Hà Nam,tht,2020-01-01,9999
            """)
        #expect(figures.rows.first { $0.indicator == "revenue_avg" }?.value == 200)
        #expect(figures.rows.first { $0.indicator == "htx" }?.value == 3)
    }

    @Test func anUnknownProvinceNamesTheLineAndSuggestsNames() {
        let error = aggregateError("province,kind,founded\nHà Nam,htx,2020-01-01\nHa Namm,htx,2020-01-01\n")
        #expect(error?.hasPrefix("registry.csv:3: province: unknown province \"Ha Namm\"; did you mean Hà Nam") == true)
    }

    @Test func aProvinceThatHadEndedByTheFoundingDateIsRefused() {
        let error = aggregateError("province,kind,founded\nHà Nam,htx,2025-08-20\n")
        #expect(error?.hasPrefix("registry.csv:2: province: \"Hà Nam\" was not in force on the founding date 2025-08-20") == true)
    }

    @Test func aDateInNoAcceptedFormIsAnErrorListingTheForms() {
        #expect(
            aggregateError("province,kind,founded\nHà Nam,htx,2020/13/01\n")
                == "registry.csv:2: founded: \"2020/13/01\" is not a date; write YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)")
        #expect(
            aggregateError("province,kind,founded\nHà Nam,htx,31/02/2020\n")
                == "registry.csv:2: founded: \"31/02/2020\" is not a real date: February 2020 has 29 days; "
                + "write a date that exists as YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)")
    }

    @Test func registryDatesAreReadInEveryAcceptedForm() throws {
        let figures = try aggregate(
            """
            province,kind,founded,dissolved
            Hà Nam,htx,2020-03-15,
            Hà Nam,htx,15/03/2020,31-12-2021
            Hà Nam,htx,1/7/2020,
            Hà Nam,htx,01-07-2020,2021-6-30
            """, from: 2020, to: 2021)
        func value(_ year: Int, _ indicator: String) -> Double? {
            figures.rows.first { $0.period == Period(year: year) && $0.indicator == indicator }?.value
        }
        #expect(value(2020, "new_htx") == 4)
        #expect(value(2021, "dissolved_htx") == 2)
        #expect(value(2021, "htx") == 2)
    }

    @Test func aTwoDigitYearIsRefusedForItsAmbiguousCentury() {
        #expect(
            aggregateError("province,kind,founded\nHà Nam,htx,20/12/23\n")
                == "registry.csv:2: founded: \"20/12/23\" has a two-digit year, so its century is ambiguous (1923 or 2023?); "
                + "write the year in full, such as 20/12/2023; the accepted forms are YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)"
        )
    }

    @Test func aDissolutionBeforeTheFoundingIsAnError() {
        #expect(
            aggregateError("province,kind,founded,dissolved\nHà Nam,htx,2020-05-01,2019-01-01\n")
                == "registry.csv:2: dissolved: 2019-01-01 is before the founding date 2020-05-01; check both dates")
    }

    @Test func anUnknownKindListsTheKinds() {
        #expect(
            aggregateError("province,kind,founded\nHà Nam,cooperative bank,2020-01-01\n")?
                .hasPrefix("registry.csv:2: kind: unknown kind \"cooperative bank\"; write htx, tht, credit_fund or union") == true)
    }

    @Test func negativeAndFractionalMemberCountsAreErrors() {
        #expect(
            aggregateError("province,kind,founded,members\nHà Nam,htx,2020-01-01,-5\n")
                == "registry.csv:2: members: \"-5\" is negative; members is 0 or more")
        #expect(
            aggregateError("province,kind,founded,workers\nHà Nam,htx,2020-01-01,\"12,5\"\n")
                == "registry.csv:2: workers: \"12,5\" is fractional, but workers counts people; write a whole number")
    }

    @Test func anAmbiguousRevenueWithoutEvidenceAsksForTheNumberStyle() {
        let error = aggregateError("province,kind,founded,revenue\nHà Nam,htx,2020-01-01,1.250\n")
        #expect(error?.hasPrefix("registry.csv:2: revenue: \"1.250\" is ambiguous") == true)
        #expect(aggregateError("province,kind,founded,revenue\nHà Nam,htx,2020-01-01,1.250\n", style: .vi) == nil)
    }

    @Test func mixedNumberStylesNameTheEarlierLine() {
        let error = aggregateError("province,kind,founded,revenue\nHà Nam,htx,2020-01-01,\"1.250,5\"\nHà Nam,htx,2020-01-01,1250.5\n")
        #expect(error?.hasPrefix("registry.csv:3: revenue: \"1250.5\" is written in English style") == true)
        #expect(error?.contains("line 2") == true)
    }

    @Test func aRaggedRowAndAMissingColumnAreErrors() {
        #expect(
            aggregateError("province,kind,founded\nHà Nam,htx,2020-01-01,extra\n")?.hasPrefix("registry.csv:2: this row has 4 fields but the header has 3")
                == true)
        #expect(aggregateError("province,kind\nHà Nam,htx\n")?.hasPrefix("registry.csv:1: the header has no founded") == true)
    }

    @Test func anEmptyRegistryAndAHeaderAloneAreErrors() {
        #expect(aggregateError("")?.hasPrefix("registry.csv:1: the file is empty") == true)
        #expect(aggregateError("province,kind,founded\n")?.hasPrefix("registry.csv:2: the registry has a header but no cooperatives") == true)
    }

    @Test func everyBadRowIsReportedInFileOrderWhetherReadInParallelOrNot() throws {
        // Far past the first block, so the parallel reader has handed over many blocks before them.
        var text = "province,kind,founded,members\n"
        for index in 0..<60_000 { text += "Hà Nam,htx,2020-01-01,\(index % 50)\n" }
        text += "Hà Nam,htx,2020-01-01,-1\n"
        text += "Atlantis,htx,2020-01-01,3\n"
        text += "Hà Nam,htx,2020-01-01,4\n"
        for parallel in [false, true] {
            let lines = aggregateErrors(text, parallel: parallel)
            #expect(lines.count == 3)
            #expect(lines.first?.hasPrefix("registry.csv:60002: members: \"-1\" is negative") == true)
            #expect(lines.dropFirst().first?.hasPrefix("registry.csv:60003: province: unknown province \"Atlantis\"") == true)
            #expect(lines.last == "registry.csv: 2 bad rows; fix them and run again (nothing is written while a row is bad)")
        }
    }

    @Test func sixBadDatesTakeOneRunNotSix() {
        let lines = aggregateErrors(
            """
            id,province,kind,founded,dissolved
            A,Hà Nam,htx,2020-01-01,
            B,Hà Nam,htx,2020-02-30,
            C,Hà Nam,htx,20/12/23,
            D,Hà Nam,htx,2020-01-01,2019-12-31
            E,Hà Nam,htx,2020-01-01,
            F,Hà Nam,htx,12/31/2020,
            G,Hà Nam,htx,,
            H,Hà Nam,htx,2020-01-01,mới
            """)
        #expect(
            lines.map { $0.prefix(while: { $0 != " " }) } == [
                "registry.csv:3:", "registry.csv:4:", "registry.csv:5:", "registry.csv:7:", "registry.csv:8:", "registry.csv:9:", "registry.csv:",
            ])
        #expect(lines[0].hasPrefix("registry.csv:3: founded: \"2020-02-30\" is not a real date: February 2020 has 29 days"))
        #expect(lines[1].hasPrefix("registry.csv:4: founded: \"20/12/23\" has a two-digit year"))
        #expect(lines[2] == "registry.csv:5: dissolved: 2019-12-31 is before the founding date 2020-01-01; check both dates")
        #expect(lines[3].hasPrefix("registry.csv:7: founded: \"12/31/2020\" is not a real date: there is no month 31 (the day comes first: 31/12/2020)"))
        #expect(lines[4].hasPrefix("registry.csv:8: founded: the empty cell is not a date; write YYYY-MM-DD"))
        #expect(lines[5].hasPrefix("registry.csv:9: dissolved: \"mới\" is not a date;"))
        #expect(lines[5].hasSuffix(", or leave it empty while the cooperative is active"))
        #expect(lines[6] == "registry.csv: 6 bad rows; fix them and run again (nothing is written while a row is bad)")
    }

    @Test func everyBadFieldOfARowIsReportedOnItsLine() {
        let lines = aggregateErrors("province,kind,founded,members,workers\nAtlantis,bank,2020-13-01,-3,5\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("registry.csv:2: kind: unknown kind \"bank\""))
        #expect(lines[1].hasPrefix("registry.csv:2: founded: \"2020-13-01\" is not a real date: there is no month 13"))
        // Without a founding date the province can still be looked up by name.
        #expect(lines[2].hasPrefix("registry.csv:2: province: unknown province \"Atlantis\""))
        #expect(lines[3].hasPrefix("registry.csv:2: members: \"-3\" is negative"))
        #expect(lines[4] == "registry.csv: 1 bad row; fix them and run again (nothing is written while a row is bad)")
    }

    @Test func pastAHundredProblemsTheRestAreCountedNotListed() {
        var text = "province,kind,founded\n"
        for index in 0..<250 { text += index % 2 == 0 ? "Hà Nam,htx,2020-01-01\n" : "" }
        for _ in 0..<250 { text += "Hà Nam,htx,31/04/2020\n" }
        let lines = aggregateErrors(text)
        #expect(lines.count == 101)
        #expect(lines[99].hasPrefix("registry.csv:226: founded: \"31/04/2020\" is not a real date: April 2020 has 30 days"))
        #expect(
            lines[100] == "registry.csv: … and 150 more bad rows (250 bad rows in all; the first 100 problems are listed); "
                + "fix them and run again (nothing is written while a row is bad)")
    }

    @Test func aBrokenQuoteAfterBadRowsIsReportedAfterThem() {
        let lines = aggregateErrors("province,kind,founded\nHà Nam,htx,2020-02-31\nHà Nam,htx,\"2020-01-01\nHà Nam,htx,2020-01-01\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("registry.csv:2: founded:"))
        #expect(lines[1].hasPrefix("registry.csv:3"))
        #expect(lines[2].hasPrefix("registry.csv: 1 bad row, and the reading stopped at the last problem;"))
    }

    @Test func aLargeRegistryGivesTheSameFiguresInParallelAndSequentially() throws {
        let text = RegistrySample.generate(cooperatives: 40_000, seed: 7)
        let sequential = try aggregate(text, parallel: false)
        let parallel = try aggregate(text, parallel: true)
        #expect(sequential == parallel)
        #expect(sequential.cooperatives == 40_000)
    }
}

/// A deterministic registry of any size, for tests (the benchmark has its own generator).
enum RegistrySample {
    static func generate(cooperatives: Int, seed: UInt64) -> String {
        let names = ["Hà Nam", "Nam Định", "Ninh Bình", "Quảng Ninh", "Hà Nội", "Bắc Giang", "Thái Bình"]
        let kinds = ["htx", "tht", "credit_fund", "union"]
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        var out = "id,name,province,kind,founded,dissolved,members,workers,revenue\n"
        for index in 0..<cooperatives {
            let year = 1995 + next(30)
            let founded = year >= 2025 ? "\(year)-07-\(10 + next(18))" : "\(year)-\(String(format: "%02d", 1 + next(12)))-\(10 + next(18))"
            let dissolved = next(4) == 0 ? "\(min(2026, year + 1 + next(5)))-12-01" : ""
            let name = year >= 2025 ? ["Ninh Bình", "Quảng Ninh", "Hà Nội"][next(3)] : names[next(names.count)]
            out +=
                "C\(index),\"HTX số \(index), xã \(next(100))\",\(name),\(kinds[next(4)]),\(founded),\(dissolved),\(next(300)),\(next(80)),\(next(5000)).\(next(10))\n"
        }
        return out
    }
}
