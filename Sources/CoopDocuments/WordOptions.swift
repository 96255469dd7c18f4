import CoopCharts
import CoopFormatting

/// How a Word document is laid out: the official format of Nghị định 30/2020/NĐ-CP, Phụ lục I, by
/// default (A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; Times New Roman 14 pt,
/// justified, first-line indent, 6 pt after each paragraph; the page number centred in the top
/// margin from the second page on).
public struct WordOptions: Sendable {
    public var title: String
    public var author = "coopchart"
    public var language: Language
    /// The creation date written into the file's properties (YYYY-MM-DD); none when nil, so two runs give the same bytes.
    public var date: String?
    public var font = "Times New Roman"
    public var bodySize: Double = 14
    /// Margins in millimetres.
    public var marginTop: Double = 20
    public var marginBottom: Double = 20
    public var marginLeft: Double = 30
    public var marginRight: Double = 15
    /// The resolution charts are drawn at (written into each PNG).
    public var chartDPI: Double = 300
    /// Options for drawing the charts (font family, background); size and resolution are set per chart.
    public var chartOptions = RenderOptions()
    /// The heading block of an official document, in place of a cover page.
    public var official: OfficialHeading?

    /// The decree's layout for a document titled `title`; `chartDate` is the date written into the
    /// charts' PNGs (fixed for reproducible files).
    public init(title: String, language: Language = .vi, date: String? = nil, chartDate: DocumentDate = .now) {
        self.title = title
        self.language = language
        self.date = date
        chartOptions.documentDate = chartDate
    }
}

/// The heading block of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I):
/// on the left the issuing organisation and the document number, on the right the national title
/// (Quốc hiệu) and motto (Tiêu ngữ) and the place and date; then the kind of document and its title.
public struct OfficialHeading: Sendable {
    /// The issuing organisation, printed in capitals ("Liên minh HTX tỉnh Ninh Bình").
    public var organisation: String
    /// Its parent, printed above it when given ("Liên minh HTX Việt Nam").
    public var parent: String?
    /// The number and symbol after "Số:" ("12/BC-LMHTX"); a blank to fill in by hand when nil.
    public var number: String?
    /// The place before the date ("Ninh Bình").
    public var place: String?
    /// YYYY-MM-DD; "ngày … tháng … năm …" to fill in by hand when nil.
    public var date: String?
    /// The kind of document ("BÁO CÁO").
    public var kind: String

    public init(
        organisation: String, parent: String? = nil, number: String? = nil, place: String? = nil, date: String? = nil,
        kind: String = "BÁO CÁO"
    ) {
        self.organisation = organisation
        self.parent = parent
        self.number = number
        self.place = place
        self.date = date
        self.kind = kind
    }

    public static let nationalTitle = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    public static let motto = "Độc lập - Tự do - Hạnh phúc"

    /// "Ninh Bình, ngày 05 tháng 02 năm 2017": days below 10 and the months January and February
    /// take a leading zero, as the decree asks.
    public var placeAndDate: String {
        let prefix = place.map { "\($0), " } ?? ""
        guard let date, let parts = Optional(date.split(separator: "-").compactMap { Int($0) }), parts.count == 3 else {
            return prefix + "ngày … tháng … năm …"
        }
        let day = parts[2] < 10 ? "0\(parts[2])" : "\(parts[2])"
        let month = parts[1] < 3 ? "0\(parts[1])" : "\(parts[1])"
        return prefix + "ngày \(day) tháng \(month) năm \(parts[0])"
    }

    /// "Số: 12/BC-LMHTX", or "Số: …/BC" to fill in.
    public var numberLine: String { "Số: " + (number ?? "…/BC") }
}
