import CoopAnalytics
import CoopFormatting

/// How a period reads in a title: "năm 2017", "6 tháng đầu năm 2022" / "2017", "first half of 2022".
public func periodTitle(_ period: Period, _ language: Language) -> String {
    switch (period.part, language) {
    case (.year, .vi): return "năm \(period.year)"
    case (.firstHalf, .vi): return "6 tháng đầu năm \(period.year)"
    case (.secondHalf, .vi): return "6 tháng cuối năm \(period.year)"
    case (.year, .en): return String(period.year)
    case (.firstHalf, .en): return "first half of \(period.year)"
    case (.secondHalf, .en): return "second half of \(period.year)"
    }
}
