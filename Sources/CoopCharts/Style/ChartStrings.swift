import CoopFormatting

/// Every piece of chart chrome that is words rather than data, in Vietnamese and English.
public struct ChartStrings: Vocabulary, Hashable {
    public let locale: Language

    /// Strings for `locale`.
    public init(_ locale: Language) { self.locale = locale }

    public var language: Language { locale }

    /// The slice that gathers small shares in a donut.
    public var other: String { pick("Khác", "Other") }
    public var noData: String { pick("Chưa có số liệu", "No data") }
    public var average: String { pick("Bình quân", "Average") }
    public var total: String { pick("Tổng", "Total") }
    public var rank: String { pick("Hạng", "Rank") }
    public var name: String { pick("Tỉnh", "Province") }
    public var adjustments: String { pick("Cộng/trừ", "Adjust.") }
    public var award: String { pick("Danh hiệu", "Award") }
    public var points: String { pick("điểm", "points") }
    public var median: String { pick("Trung vị", "Median") }
    public var nominal: String { pick("Hạng công bố", "Nominal rank") }
    public var band: String { pick("Khoảng 5–95 %", "5–95 % band") }
    public var tie: String { pick("đồng hạng", "tied") }
    public var page: String { pick("Trang", "Page") }
    /// The note that says what a scatter's point sizes show.
    public var pointArea: String { pick("Diện tích điểm: ", "Point area: ") }

    /// "Chưa có số liệu: A, B" / "No data: A, B".
    public func missingNote(_ names: [String]) -> String? {
        names.isEmpty ? nil : noData + ": " + names.joined(separator: ", ")
    }

    /// The note under a map on the units without a figure, which are hatched: each by name when they are
    /// few, else how many (their names stand on the map or in its list).
    public func mapMissingNote(_ names: [String]) -> String? {
        guard !names.isEmpty else { return nil }
        if names.count <= 12 { return pick("Chưa có số liệu (gạch chéo): ", "No data (hatched): ") + names.joined(separator: ", ") }
        return pick(
            "Chưa có số liệu (gạch chéo): \(names.count) đơn vị, tên ghi trên bản đồ",
            "No data (hatched): \(names.count) units, named on the map")
    }

    /// Why a column chart is drawn as rows: "Vẽ thành thanh ngang để ghi đủ 34 tên".
    public func drawnAsRows(_ count: Int) -> String {
        pick("Vẽ thành thanh ngang để ghi đủ \(count) tên", "Drawn as horizontal bars so that all \(count) names fit")
    }

    /// Why bars stand in panels side by side: "63 tên chia thành 2 cột, đọc từ trái sang phải".
    public func rowsInPanels(_ count: Int, panels: Int) -> String {
        pick("\(count) tên chia thành \(panels) cột, đọc từ trái sang phải", "\(count) names in \(panels) columns, read left to right")
    }

    /// The grouped slice of a donut with how many it holds: "Khác (51)" / "Other (51)".
    public func otherCount(_ count: Int) -> String { "\(other) (\(count))" }

    /// What the grouped slice holds: "Khác: 51 phần nhỏ nhất gộp lại, 18,2% tổng" (and their names when few).
    public func groupedNote(count: Int, share: String, names: [String]) -> String {
        let list = names.isEmpty ? "" : ": " + names.joined(separator: ", ")
        return pick("\(other) gộp \(count) phần nhỏ nhất (\(share) tổng)\(list)", "\(other) groups the \(count) smallest shares (\(share) of the total)\(list)")
    }

    /// Why a donut is not drawn: its named slices would hold only a minority of the total.
    public func donutUnreadable(items: Int, named: Int, share: String) -> String {
        pick(
            "\(items) phần gần ngang nhau: \(named) phần lớn nhất chỉ chiếm \(share) tổng, vòng tròn sẽ chủ yếu là \"\(other)\". Hãy dùng biểu đồ thanh.",
            "\(items) nearly equal shares: the \(named) largest hold only \(share) of the total, so the ring would be mostly \"\(other)\". Use a bar chart.")
    }

    /// Labels left out for want of room, so a reader knows the chart is not silent about them.
    public func omittedLabelsNote(_ count: Int) -> String? {
        count == 0 ? nil : pick("\(count) nhãn không đủ chỗ đã được lược bớt", "\(count) labels omitted for lack of room")
    }

    /// A note when values could not be printed in cells.
    public var valuesOmitted: String {
        pick("Ô quá nhỏ để ghi số; xem bảng số liệu", "Cells too small to print values; see the data table")
    }

    /// A note that negative values cannot be shares.
    public func negativeExcluded(_ names: [String]) -> String? {
        names.isEmpty ? nil : pick("Giá trị âm không tính vào tỷ trọng: ", "Negative values left out of the shares: ") + names.joined(separator: ", ")
    }

    /// A note that everything sums to zero.
    public var totalIsZero: String { pick("Tổng bằng 0: không có tỷ trọng để vẽ", "The total is zero: there are no shares to draw") }

    /// The explanation of normalised 0–100 scores.
    public var normalisedNote: String {
        pick(
            "Chuẩn hoá 0–100 theo min–max trong các tỉnh được so sánh (0 = thấp nhất, 100 = cao nhất)",
            "Normalised 0–100 by min–max across the provinces compared (0 = lowest, 100 = highest)")
    }

    /// Shared scale note for small multiples.
    public var sharedScale: String { pick("Các ô dùng chung một thang đo", "All panels share one scale") }

    /// "Số đồng hạng được đánh dấu =" note for tables.
    public var tieNote: String { pick("= đồng hạng", "= tied") }
    /// After the title of a table continued from the page before: "Bảng điểm (tiếp theo)".
    public var continued: String { pick("tiếp theo", "continued") }

    /// The rank-1 vote note.
    public var voteNote: String {
        pick(
            "Đồng hạng nhất: hội nghị cụm bình xét, suy tôn (công cụ không tự chọn)",
            "Tied at rank 1: the cluster conference votes (the tool does not choose)")
    }
}
