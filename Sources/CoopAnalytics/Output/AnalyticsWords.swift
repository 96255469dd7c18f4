import CoopFormatting

/// Every word the analytics outputs write for a person — the score sheet table and its notes, score
/// explanations, the robustness table, the summary and province tables, and the validation warnings a
/// report prints — in Vietnamese and English, in one table. Nothing else in CoopAnalytics chooses words
/// by language. (Machine formats — CSV, JSON — keep their English column names in every language.)
public struct AnalyticsWords: Vocabulary {
    public let language: Language

    public static func `for`(_ language: Language) -> AnalyticsWords { AnalyticsWords(language: language) }

    public var rank: String { pick("Hạng", "Rank") }
    public var code: String { pick("Mã", "Code") }
    public var province: String { pick("Tỉnh", "Province") }
    var total: String { pick("Tổng", "Total") }
    public var value: String { pick("Giá trị", "Value") }
    var share: String { pick("Tỷ trọng", "Share") }
    var growth: String { pick("Tăng trưởng", "Growth") }
    var name: String { pick("Tên", "Name") }
    var validity: String { pick("Hiệu lực", "Valid") }
    var mergedInto: String { pick("Sáp nhập vào", "Merged into") }
    var region: String { pick("Vùng", "Region") }
    var adjustments: String { pick("Điều chỉnh", "Adjust.") }
    var award: String { pick("Danh hiệu", "Award") }
    var flags: String { pick("Ghi chú", "Flags") }
    var change: String { pick("Thay đổi", "Change") }
    var median: String { pick("Trung vị", "Median") }
    var band: String { pick("Khoảng 5–95%", "5–95% band") }
    var firstShare: String { pick("Tỷ lệ hạng 1", "Rank 1 share") }
    var period: String { pick("kỳ", "period") }
    var noFigure: String { pick("— (chưa có số liệu)", "— (no figure)") }
    var noFigures: String { pick("Không có số liệu.", "No figures.") }
    var always: String { pick("luôn", "always") }
    var from: String { pick("từ ", "from ") }
    var until: String { pick("đến ", "until ") }
    var units: Template { pick("{count} đơn vị", "{count} units") }
    var criteria: String { pick("Tiêu chí:", "Criteria:") }
    var lowerIsBetter: String { pick(", thấp hơn là tốt hơn", ", lower is better") }
    var maximum: String { pick("tối đa ", "maximum ") }
    var tiebreak: String { pick("Phân định khi bằng điểm: ", "Tie-break: ") }
    var missingLegend: String { pick("— : không có số liệu, tính 0 điểm (missing).", "— : no figure, counted as 0 points (missing).") }
    var sourcesLead: String { pick("Nguồn: ", "Sources: ") }
    var voteAtTop: Template {
        pick(
            "Đồng hạng nhất ({names}): hội nghị cụm bình xét, suy tôn; công cụ không tự chọn.",
            "Tied at rank 1 ({names}): the cluster conference votes; the tool does not choose.")
    }
    var decidedBy: Template {
        pick(
            "{name}: bằng tổng điểm với tỉnh khác, phân định theo {criterion}.",
            "{name}: total equal to another province's, order decided by {criterion}.")
    }
    var noData: Template {
        pick(
            "no-data: {names} không có số liệu nào của các tiêu chí trong kỳ; xếp sau các tỉnh có số liệu và không được đề nghị danh hiệu.",
            "no-data: {names} had no figure for any criterion in the period; ranked after the provinces with data and given no award.")
    }
    var restated: Template {
        pick(
            "Cụm được tính lại theo các đơn vị từ ngày 1/7/2025; gồm cả {names}, vốn không phải thành viên cụm.",
            "The cluster is restated as the units in force from 1 July 2025; it includes {names}, which were not members.")
    }
    var estimateNote: String {
        pick(
            "≈ > < : điểm tính từ số liệu ước tính (≈) hoặc số liệu cận dưới/cận trên (> <), chưa phải số chính xác: ",
            "≈ > < : points computed from an approximate figure (≈) or a lower/upper bound (> <), not an exact figure: ")
    }
    var new: String { pick("mới", "new") }
    var explanationOf: String { pick("Giải thích điểm: ", "Score explanation: ") }
    var rankWord: String { pick("Hạng ", "Rank ") }
    var totalWord: String { pick("Tổng ", "Total ") }
    var valueWord: String { pick("Giá trị: ", "Value: ") }
    var pointsWord: String { pick("Điểm: ", "Points: ") }
    var amongRanked: String { pick("Trong phạm vi xếp hạng: ", "Among those ranked: ") }
    var targetWord: String { pick("Kế hoạch: ", "Target: ") }
    var cap: String { pick("trần ", "cap ") }
    var maximumPoints: String { pick("tối đa ", "maximum ") }
    var pointsSuffix: String { pick(" điểm)", " points)") }
    var rankByValue: String { pick("Thứ hạng theo giá trị: ", "Rank by value: ") }
    var of: String { pick(" trong ", " of ") }
    var targetFallback: String { pick("chỉ tiêu", "target") }
    var higherIsBetter: String { pick("cao hơn là tốt hơn", "higher is better") }
    var lowerIsBetterWords: String { pick("thấp hơn là tốt hơn", "lower is better") }
    var voteNote: String {
        pick(
            "Đồng hạng nhất: hội nghị cụm bình xét, suy tôn; công cụ không tự chọn.",
            "Tied at rank 1: the cluster conference votes; the tool does not choose.")
    }
    var noFigureScore: Template { pick("Giá trị: không có số liệu → 0 điểm (missing:{id})", "Value: no figure → 0 points (missing:{id})") }
    var equalMaxMin: Template {
        pick(
            "Điểm: max = min nên mọi tỉnh được trọn {points} = {result}",
            "Points: max = min, so every province gets the full {points} = {result}")
    }
    var allZero: Template {
        pick(
            "Điểm: mọi giá trị bằng 0 nên mọi tỉnh được trọn {points} = {result}",
            "Points: every value is 0, so every province gets the full {points} = {result}")
    }
    var zeroValue: Template {
        pick(
            "Điểm: giá trị bằng 0 nên được trọn {points} = {result}",
            "Points: the value is 0, so it gets the full {points} = {result}")
    }
    var onlyOne: Template {
        pick(
            "Điểm: chỉ một tỉnh có số liệu (n = 1) nên được trọn {points} = {result}",
            "Points: only one province has a figure (n = 1), so it gets the full {points} = {result}")
    }
    var providedCount: Template { pick("{count} tỉnh có số liệu", "{count} provinces with a figure") }
    var providedOne: String { pick("1 tỉnh có số liệu", "1 province with a figure") }
    var adjustmentsNone: String { pick("Điều chỉnh (cộng/trừ): không có", "Adjustments (bonus/penalty): none") }
    var adjustmentsHeading: String { pick("Điều chỉnh (cộng/trừ):", "Adjustments (bonus/penalty):") }
    var summedBeforeRounding: String {
        pick(
            " (cộng từ điểm chưa làm tròn, rồi làm tròn 2 chữ số)",
            " (summed before rounding, then rounded to 2 decimals)")
    }
    var decidedByCriterion: Template {
        pick(
            "Bằng tổng điểm với tỉnh khác; thứ hạng phân định theo tiêu chí {criterion}.",
            "Total equal to another province's; the order was decided by criterion {criterion}.")
    }
    var formulaEstimate: String { pick("ước tính: tính từ số liệu không chính xác", "an estimate: computed from figures that are not exact") }
    var approxWords: String { pick("khoảng, ước tính", "about, an estimate") }
    var atLeastWords: String { pick("ít nhất, cận dưới", "at least, a lower bound") }
    var atMostWords: String { pick("không quá, cận trên", "at most, an upper bound") }
    var listSeparator: String { pick(";", ",") }
    var robustnessLine: Template {
        pick(
            "Độ vững của xếp hạng: {draws} lần rút, mỗi điểm tối đa nhân một hệ số ngẫu nhiên đều trong ±{spread} (seed {seed}).",
            "Robustness of the ranking: {draws} draws, each maximum multiplied by a uniform random factor within ±{spread} (seed {seed}).")
    }
    var robustnessEstimates: Template {
        pick(
            "Mỗi lần rút, {count} số liệu chưa chính xác cũng được rút trong ±{spread} (≈: hai phía; >: chỉ tăng; <: chỉ giảm) rồi tính lại điểm của tiêu chí.",
            "In each draw the {count} figures that are not exact are also drawn within ±{spread} (≈ both ways, > only upwards, < only downwards) and their criterion re-scored."
        )
    }
    var nearestRank: String {
        pick(
            "Phân vị theo thứ hạng gần nhất (nearest-rank): phân vị p là hạng nhỏ nhất r sao cho ít nhất ⌈p·N⌉ lần rút xếp hạng r trở lên.",
            "Percentiles are nearest-rank: the p-th percentile is the smallest rank r reached or bettered in at least ⌈p·N⌉ draws.")
    }
    var clusterTotalMismatch: Template {
        pick(
            "số tổng của cụm ({label}) về {indicator} {period} là {total}, nhưng {count} tỉnh {how} {computed}",
            "the cluster total {label} {indicator} {period} is {total}, but its {count} provinces {how} {computed}")
    }
    var clusterTotalDifference: Template { pick(" (chênh lệch {difference})", " (difference {difference})") }
    var clusterTotalMissing: Template { pick("; chưa có số liệu của {names}", "; no figure from {names}") }
    var addUpTo: String { pick("cộng lại được", "add up to") }
    var averageTo: String { pick("bình quân (gia quyền) được", "average (weighted) to") }
    var partAboveWhole: Template {
        pick(
            "{name} có {part} {period} là {value}, lớn hơn tổng số {whole} là {wholeValue} ({origin}); một phần không thể lớn hơn tổng",
            "{name} {part} {period} is {value}, more than its total {whole} {wholeValue} (at {origin}); a part cannot exceed its whole")
    }
    var shareOutOfRange: Template {
        pick(
            "{name} có {indicator} {period} là {value}%, ngoài khoảng 0–100%; tỷ lệ là phần trăm của tổng",
            "{name} {indicator} {period} is {value} %, outside 0–100 %; a share is a percentage of its whole")
    }
    var targetWithoutActual: Template {
        pick(
            "{name} có kế hoạch {target} cho {period} nhưng không có số thực hiện {actual} để so sánh",
            "{name} has a target {target} for {period} but no actual {actual} for {period} to compare it with")
    }
    var halfYearMixed: Template {
        pick(
            "{indicator} có cả số liệu 6 tháng {half} (tại đây) và cả năm {year} ({origin}); chỉ so sánh 6 tháng với 6 tháng, cả năm với cả năm",
            "{indicator} mixes the half-year {half} (here) with the full year {year} (at {origin}); compare half-years with half-years and years with years")
    }

    /// "no errors, 2 warnings in 1 file (9 figures read)": what `validate` found, counted.
    func validationSummary(errors: Int, warnings: Int, files: Int, figures: Int) -> String {
        func english(_ count: Int, _ word: String) -> String { count == 0 ? "no \(word)s" : "\(count) \(word)\(count == 1 ? "" : "s")" }
        func vietnamese(_ count: Int, _ word: String) -> String { count == 0 ? "không có \(word)" : "\(language.format(Double(count), decimals: 0)) \(word)" }
        return pick(
            "\(vietnamese(errors, "lỗi")), \(vietnamese(warnings, "cảnh báo")) trong \(language.format(Double(files), decimals: 0)) tệp "
                + "(đã đọc \(language.format(Double(figures), decimals: 0)) số liệu)",
            "\(english(errors, "error")), \(english(warnings, "warning")) in \(files) file\(files == 1 ? "" : "s") "
                + "(\(figures) figure\(figures == 1 ? "" : "s") read)")
    }

    // MARK: Why the summary has no total for an indicator (its notes, in the table and the workbook)

    func noTotal(indicator: Indicator, period: Period, because reason: IndicatorTable.TotalUnavailable, catalog: IndicatorCatalog) -> String {
        pick(
            "\(indicator.label(.vi)) (\(indicator.id)) kỳ \(period): không có số tổng, vì \(self.reason(reason, indicator: indicator, catalog: catalog))",
            "\(indicator.id) \(period): no total, because \(self.reason(reason, indicator: indicator, catalog: catalog))")
    }

    func reason(_ reason: IndicatorTable.TotalUnavailable, indicator: Indicator, catalog: IndicatorCatalog? = nil) -> String {
        switch reason {
        case .noFigures:
            return pick("không tỉnh nào có số liệu", "no province has a figure")
        case .doesNotAggregate:
            return pick("chỉ tiêu này không cộng gộp được giữa các tỉnh (aggregation: none)", "\(indicator.id) does not aggregate")
        case let .missingWeight(weight, province, period):
            let named = catalog?[weight].map { "\($0.label(.vi)) (\(weight))" } ?? weight
            return pick(
                "bình quân gia quyền cần số liệu \(named) của mọi tỉnh, nhưng \(province) không có số liệu này trong kỳ \(period)",
                "the weighted mean needs \(weight) for every province, and \(province) has none in \(period)")
        case .zeroWeights(let weight):
            return pick("tổng quyền số (\(weight)) bằng 0", "the weights (\(weight)) add up to zero")
        }
    }

    /// "khoảng, ước tính": what an estimate is, in words.
    func words(for bound: ValueBound) -> String {
        switch bound {
        case .exact: return ""
        case .approx: return approxWords
        case .atLeast: return atLeastWords
        case .atMost: return atMostWords
        }
    }

    // MARK: The office tables: `summary`, `harmonize` and `validate` as workbooks (CoopSpreadsheets writes them)

    public var indicator: String { pick("Chỉ tiêu", "Indicator") }
    public var unit: String { pick("Đơn vị", "Unit") }
    public var periodHeading: String { pick("Kỳ", "Period") }
    public var qualifier: String { pick("Mức độ", "Qualifier") }
    public var sharePercent: String { pick("Tỷ trọng (%)", "Share (%)") }
    public var growthPercent: String { pick("Tăng trưởng (%)", "Growth (%)") }
    public var source: String { pick("Nguồn", "Source") }
    public var note: String { pick("Ghi chú", "Note") }
    public var noFigureCell: String { pick("— chưa có số liệu", "— no figure") }
    public var summarySheet: String { pick("Tổng hợp", "Summary") }
    public var summaryTitle: String { pick("Tổng hợp số liệu theo tỉnh", "Figures by province") }
    public var harmonizedSheet: String { pick("Quy đổi", "Harmonized") }
    public func provinceAsOf(_ date: SimpleDate) -> String { pick("Tỉnh (đơn vị từ \(day(date)))", "Province (unit from \(date))") }
    /// The column of an indicator's id (new_htx) beside its label.
    public var indicatorID: String { pick("Mã chỉ tiêu", "id") }
    /// A day as the language writes it: 1/7/2025 in Vietnamese, 2025-07-01 in English.
    func day(_ date: SimpleDate) -> String { pick("\(date.day)/\(date.month)/\(date.year)", date.description) }
    public var severity: String { pick("Mức", "Severity") }
    public var file: String { pick("Tệp", "File") }
    public var line: String { pick("Dòng", "Line") }
    /// A findings table's place column: a text file's line, or a workbook's cell ("Biểu 01!B10").
    public var lineOrCell: String { pick("Dòng / ô", "Line / cell") }
    public var field: String { pick("Trường", "Field") }
    public var message: String { pick("Nội dung", "Message") }
    public var error: String { pick("lỗi", "error") }
    public var warning: String { pick("cảnh báo", "warning") }
    public var validationSheet: String { pick("Kiểm tra", "Validation") }
    public var validationTitle: String { pick("Kiểm tra số liệu", "Data validation") }
    public var qualifierLegend: String {
        pick(
            "≈ ước tính; > cận dưới; < cận trên; ô trống: chưa có số liệu (không phải số 0)",
            "≈ approximate; > lower bound; < upper bound; an empty cell is no figure (not zero)")
    }
    /// The headers of a data file written as a workbook (`aggregate -o figures.xlsx`): the data contract's
    /// columns, in English as the contract names them, in Vietnamese as offices head them (both read back; "Kỳ"
    /// holds a year or a half-year).
    public var dataProvince: String { pick("Tỉnh", "province") }
    public var dataYear: String { pick("Kỳ", "year") }
    public var dataIndicator: String { pick("Chỉ tiêu", "indicator") }
    public var dataValue: String { pick("Giá trị", "value") }
    public var figuresSheet: String { pick("Số liệu", "figures") }
    public func harmonizedTitle(_ date: SimpleDate) -> String {
        pick("Số liệu quy đổi theo đơn vị hành chính từ ngày \(day(date))", "Figures restated as the units in force from \(date)")
    }
    public var harmonizedSubtitle: String {
        pick(
            "Số của các tỉnh đã sáp nhập được cộng vào đơn vị kế thừa; bình quân tính lại theo quyền số. ≈ ước tính; > cận dưới; < cận trên.",
            "Figures of merged provinces are added into their successor; averages are re-weighted. ≈ approximate; > lower bound; < upper bound.")
    }
}
