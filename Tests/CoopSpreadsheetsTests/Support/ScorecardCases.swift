import CoopFormatting
import Foundation
@testable import CoopAnalytics
import CoopSpreadsheets

/// Hand-built data and schemes that exercise every rule the workbook's formulas must reproduce.
struct ScorecardCase {
    let name: String
    let csv: String
    let yaml: String

    func scored() throws -> (ScoreSheet, ScoringScheme, Dataset) {
        var data = Dataset()
        try DatasetReader().read(bytes: Array(csv.utf8), file: "\(name).csv", into: &data)
        let scheme = try SchemeReader().read(text: yaml, file: "\(name).yaml")
        let period = Period(year: 2017)
        let sheet = try ScoreEngine(dataset: data).score(scheme, period: period, scope: data.provinces(in: period))
        return (sheet, scheme, data)
    }

    /// The same scheme over the data with one line corrected.
    func replacing(_ line: String, with corrected: String, name: String) -> ScorecardCase {
        precondition(csv.contains(line), "no line \(line)")
        return ScorecardCase(name: name, csv: csv.replacingOccurrences(of: line, with: corrected), yaml: yaml)
    }

    /// Writes `<name>.xlsx` and coopchart's `<name>.csv` into `folder`; returns both paths.
    func write(into folder: URL, language: Language = .vi) throws -> (workbook: String, csv: String) {
        let (sheet, scheme, data) = try scored()
        let workbook = folder.appendingPathComponent("\(name).xlsx")
        let csvFile = folder.appendingPathComponent("\(name).csv")
        try Data(try ScorecardWorkbook(sheet: sheet, scheme: scheme, dataset: data, language: language, created: 1_500_000_000).bytes()).write(to: workbook)
        try Data(ScoreSheetOutput(sheet: sheet, language: language).csv().utf8).write(to: csvFile)
        return (workbook.path, csvFile.path)
    }

    /// Every method in both directions, a formula with prev() (one operand missing, one division by
    /// zero), a capped target and a numeric target, estimates, a missing value and adjustments.
    static let everyMethod = ScorecardCase(
        name: "every-method",
        csv: """
            province,year,indicator,value,qualifier
            Hà Nam,2017,new_htx,10,exact
            Hà Nam,2017,dissolved_htx,2,exact
            Hà Nam,2017,members,5000,exact
            Hà Nam,2017,credit_funds,0,exact
            Hà Nam,2017,target_new_htx,8,exact
            Hà Nam,2017,htx,120,exact
            Hà Nam,2016,htx,100,exact
            Hà Nam,2017,tht,30,exact
            Nam Định,2017,new_htx,25,exact
            Nam Định,2017,dissolved_htx,5,exact
            Nam Định,2017,members,12000,approx
            Nam Định,2017,credit_funds,12,exact
            Nam Định,2017,target_new_htx,20,exact
            Nam Định,2017,htx,300,exact
            Nam Định,2016,htx,280,exact
            Nam Định,2017,tht,50,exact
            Ninh Bình,2017,new_htx,4,exact
            Ninh Bình,2017,dissolved_htx,0,exact
            Ninh Bình,2017,credit_funds,6,exact
            Ninh Bình,2017,target_new_htx,10,exact
            Ninh Bình,2017,htx,200,exact
            Ninh Bình,2017,tht,10,exact
            Thái Bình,2017,new_htx,18,exact
            Thái Bình,2017,dissolved_htx,3,exact
            Thái Bình,2017,members,9000,at_least
            Thái Bình,2017,credit_funds,9,exact
            Thái Bình,2017,target_new_htx,12,exact
            Thái Bình,2017,htx,250,exact
            Thái Bình,2016,htx,250,exact
            Thái Bình,2017,tht,50,exact
            Hải Dương,2017,new_htx,0,exact
            Hải Dương,2017,dissolved_htx,1,exact
            Hải Dương,2017,members,800,exact
            Hải Dương,2017,credit_funds,2,exact
            Hải Dương,2017,target_new_htx,5,exact
            Hải Dương,2017,htx,10,exact
            Hải Dương,2016,htx,0,exact
            Hải Dương,2017,tht,5,exact
            """,
        yaml: """
            title: "Mọi phương pháp"
            criteria:
              - {id: a, indicator: new_htx, points: 20, method: minmax}
              - {id: b, indicator: dissolved_htx, points: 10, method: minmax, direction: lower}
              - {id: c, indicator: members, points: 10, method: proportional}
              - {id: d, indicator: credit_funds, points: 5, method: proportional, direction: lower}
              - {id: e, indicator: new_htx, target: target_new_htx, cap: 1.2, points: 15, method: target}
              - {id: f, label: "Tăng trưởng số HTX", formula: "(htx - prev(htx)) / prev(htx) * 100", points: 10, method: rank}
              - {id: g, indicator: tht, points: 5, method: rank, direction: lower}
              - {id: h, indicator: new_htx, target: 15, points: 5, method: target}
            adjustments:
              - {province: Hà Nam, points: 2, reason: "Đăng cai hội nghị"}
              - {province: Thái Bình, points: -1.5, reason: "=Báo cáo chậm"}
            tiebreak: [a]
            awards:
              - {ranks: "1", title: "Cờ thi đua"}
              - {ranks: "2-3", title: "Bằng khen"}
            """)

    /// Three provinces with the same total, set apart by the tie-break chain (x, then y).
    static let tieBrokenByChain = ScorecardCase(
        name: "tie-chain",
        csv: """
            province,year,indicator,value
            Hà Nam,2017,new_htx,10
            Hà Nam,2017,tht,0
            Nam Định,2017,new_htx,0
            Nam Định,2017,tht,10
            Ninh Bình,2017,new_htx,5
            Ninh Bình,2017,tht,5
            Thái Bình,2017,new_htx,1
            Thái Bình,2017,tht,1
            """,
        yaml: """
            title: "Phân định"
            criteria:
              - {id: x, indicator: new_htx, points: 10, method: minmax}
              - {id: y, indicator: tht, points: 10, method: minmax}
            tiebreak: [x, y]
            awards:
              - {ranks: "1", title: "Cờ thi đua"}
            """)

    /// Two provinces tied at rank 1 that the tie-break cannot separate (the conference votes), and a
    /// province with no figure for any criterion whose bonus would put it first: it ranks last.
    static let voteAtTopAndNoData = ScorecardCase(
        name: "vote-no-data",
        csv: """
            province,year,indicator,value
            Hà Nam,2017,new_htx,10
            Hà Nam,2017,tht,4
            Nam Định,2017,new_htx,10
            Nam Định,2017,tht,4
            Ninh Bình,2017,new_htx,2
            Ninh Bình,2017,tht,8
            Hưng Yên,2017,htx,300
            """,
        yaml: """
            title: "Đồng hạng nhất"
            criteria:
              - {id: x, indicator: new_htx, points: 10, method: minmax}
              - {id: y, indicator: tht, points: 10, method: proportional}
            adjustments:
              - {province: Hưng Yên, points: 50, reason: "Thưởng"}
            tiebreak: [x]
            awards:
              - {ranks: "1", title: "Cờ thi đua"}
              - {ranks: "2-4", title: "Bằng khen"}
            """)

    static let all = [everyMethod, tieBrokenByChain, voteAtTopAndNoData]
}
