import CoopAnalytics
import CoopFormatting

/// How a period reads in a title: "năm 2017", "6 tháng đầu năm 2022" / "2017", "first half of 2022".
public func periodTitle(_ period: Period, _ language: Language) -> String {
    let words = FigureWords.for(language)
    let template: Template
    switch period.part {
    case .year: template = words.year
    case .firstHalf: template = words.firstHalf
    case .secondHalf: template = words.secondHalf
    }
    return template.fill(["year": String(period.year)])
}

/// Several periods in a title: one period's own title, or "giai đoạn 2015–2019" / "2015–2019".
public func periodsTitle(_ periods: [Period], _ language: Language) -> String {
    guard let first = periods.first, let last = periods.last else { return "" }
    if periods.count == 1 { return periodTitle(first, language) }
    return FigureWords.for(language).periodRange.fill(["first": first.description, "last": last.description])
}
