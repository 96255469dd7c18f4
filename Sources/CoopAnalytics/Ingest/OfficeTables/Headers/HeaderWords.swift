import CoopFormatting

/// The words people put in the header of a statistical table, compared without case, diacritics or
/// punctuation: "Tỉnh/TP", "Tỉnh, thành phố", "Địa phương", "Số thành viên", "Tổng số HTX", "Số QTDND",
/// and a label followed by its unit in parentheses ("Doanh thu bình quân (triệu đồng/HTX)").
enum HeaderWords {
    /// Lower-case, no diacritics, punctuation as spaces: "Tỉnh/TP" → "tinh tp".
    static func key(_ text: String) -> String {
        var key = text.matchingKey
        for mark in ["/", ",", ".", ":", ";", "*", "(", ")", "\"", "'"] where key.contains(mark) {
            key = key.replacingOccurrences(of: mark, with: " ")
        }
        return key.split(separator: " ").joined(separator: " ")
    }

    /// A header with its unit split off: "Doanh thu bình quân (triệu đồng/HTX)" → ("Doanh thu bình quân", "triệu đồng/HTX").
    static func splitUnit(_ text: String) -> (label: String, unit: String?) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (trimmed, nil) }
        let unit = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingCharacters(in: .whitespaces)
        let label = trimmed[..<open].trimmingCharacters(in: .whitespaces)
        guard !label.isEmpty, !unit.isEmpty else { return (trimmed, nil) }
        return (label, unit)
    }

    static let province: Set<String> = [
        "tinh", "tinh tp", "tinh thanh pho", "tinh thanh", "tinh thanh pho truc thuoc trung uong", "tinh thanh pho truc thuoc tw",
        "dia phuong", "ten dia phuong", "don vi", "ten don vi", "ten tinh", "ten tinh thanh pho", "dia ban", "don vi hanh chinh",
        "province", "province city", "tinh tp truc thuoc tw", "cac tinh thanh pho",
    ]

    /// Headers of a column holding the statistics office's province codes.
    static let code: Set<String> = ["code", "ma tinh", "province code", "ma", "ma so", "ma dvhc", "ma don vi", "ma tinh tp", "ma dia phuong"]

    /// A header's words with the long forms offices write brought to the short ones the tables use
    /// ("hợp tác xã" → "htx", "tổ hợp tác" → "tht"), so "Hợp tác xã" › "Số lượng" reads as "số lượng htx".
    static func canonical(_ key: String) -> String {
        var key = " " + key + " "
        for (long, short) in [
            (" hop tac xa ", " htx "), (" to hop tac ", " tht "), (" quy tin dung nhan dan ", " qtdnd "), (" quy tdnd ", " qtdnd "),
            (" lien hiep htx ", " lhhtx "), (" lh htx ", " lhhtx "),
        ] {
            while key.contains(long) { key = key.replacingOccurrences(of: long, with: short) }
        }
        return key.trimmingCharacters(in: .whitespaces)
    }

    static let rowNumber: Set<String> = ["stt", "tt", "so tt", "so thu tu", "no", "#", "thu tu"]

    /// Header words that name an indicator without being its id or catalog label.
    static let indicators: [String: String] = {
        var table: [String: String] = [:]
        func add(_ id: String, _ words: [String]) { for word in words { table[canonical(key(word))] = id } }
        add(
            "htx",
            [
                "Số HTX", "Tổng số HTX", "HTX", "Hợp tác xã", "Số hợp tác xã", "Tổng số hợp tác xã", "Số lượng HTX",
                "HTX đang hoạt động", "Số HTX hiện có", "Số HTX đang hoạt động", "Tổng số HTX hiện có",
            ])
        add(
            "new_htx",
            [
                "Số HTX thành lập mới", "HTX thành lập mới", "HTX mới", "Số HTX mới", "Thành lập mới HTX",
                "Hợp tác xã thành lập mới", "Số HTX thành lập", "Số HTX mới thành lập", "HTX mới thành lập",
            ])
        add("dissolved_htx", ["Số HTX giải thể", "HTX giải thể", "HTX giải thể, ngừng hoạt động"])
        add("unions", ["Số liên hiệp HTX", "Liên hiệp HTX", "LHHTX", "Số LHHTX", "LH HTX", "Số LH HTX", "Liên hiệp hợp tác xã"])
        add("tht", ["Số THT", "Tổ hợp tác", "Số tổ hợp tác", "Tổng số THT", "THT", "Số lượng THT"])
        add("new_tht", ["Số THT thành lập mới", "THT thành lập mới", "THT mới", "Số THT mới", "Tổ hợp tác thành lập mới"])
        add("credit_funds", ["Số QTDND", "QTDND", "Quỹ TDND", "Số quỹ TDND", "Quỹ tín dụng nhân dân", "Số quỹ tín dụng nhân dân", "Số QTD"])
        add("members", ["Số thành viên", "Thành viên", "Tổng số thành viên", "Số thành viên HTX", "Thành viên HTX"])
        add("workers", ["Số lao động", "Lao động", "Tổng số lao động", "Lao động thường xuyên", "Số lao động thường xuyên"])
        add("revenue_avg", ["Doanh thu bình quân", "Doanh thu bình quân 1 HTX", "Doanh thu bình quân của HTX", "Doanh thu BQ", "Doanh thu bình quân/HTX"])
        add("profit_avg", ["Lãi bình quân", "Lợi nhuận bình quân", "Lãi bình quân 1 HTX", "Lãi BQ", "Lợi nhuận bình quân 1 HTX"])
        add("income_avg", ["Thu nhập bình quân", "Thu nhập bình quân của người lao động", "Thu nhập BQ", "Thu nhập bình quân người lao động"])
        add("effective_share", ["Tỷ lệ HTX hoạt động hiệu quả", "Tỷ lệ HTX hiệu quả", "Tỷ lệ HTX khá, tốt", "HTX hoạt động hiệu quả"])
        add("target_new_htx", ["Kế hoạch thành lập mới HTX", "Kế hoạch HTX thành lập mới", "Chỉ tiêu thành lập mới HTX", "Kế hoạch HTX mới"])
        add("target_new_tht", ["Kế hoạch thành lập mới THT", "Kế hoạch THT thành lập mới", "Chỉ tiêu thành lập mới THT"])
        return table
    }()

    /// Province-cell words of a total row: the GSO's "TỔNG SỐ" first, a report's "Tổng cộng" last.
    static let totalRows: Set<String> = [
        "tong so", "tong cong", "toan cum", "ca nuoc", "toan tinh", "tong", "cong", "toan quoc", "tong cong toan cum", "ca cum", "total",
    ]

    /// Words that start the block under a table: signatures, dates, notes.
    static let signaturePrefixes = [
        "nguoi lap bieu", "nguoi lap", "lap bieu", "ngay", "chu tich", "pho chu tich", "giam doc", "pho giam doc",
        "thu truong", "ghi chu", "nguon", "ke toan", "tm ", "kt ", "ky ten", "ky ghi ro", "noi nhan", "truong phong",
        "xac nhan", "note", "source", "prepared by", "(ky", "*", "luu y",
    ]

    static func isSignature(_ text: String) -> Bool {
        let key = text.matchingKey
        return signaturePrefixes.contains { key.hasPrefix($0) }
    }
}

/// A unit as written in a header or after a number ("triệu đồng/HTX", "tỷ đồng", "nghìn người", "%"),
/// and the factor that brings a figure in one unit into another.
struct UnitExpression: Equatable {
    var scale: Double
    /// The thing counted or the currency ("htx", "nguoi", "dong", "%"); nil for a bare scale word.
    var base: String?
    /// What it is per ("htx" in đồng/HTX); nil when not given.
    var per: String?

    static func parse(_ text: String) -> UnitExpression? {
        let lowered = text.matchingKey.replacingOccurrences(of: "tr.d", with: "trieu dong").replacingOccurrences(of: "trd", with: "trieu dong")
        let pieces = lowered.split(separator: "/", maxSplits: 1).map { HeaderWords.key(String($0)) }
        guard let head = pieces.first, !head.isEmpty else { return nil }
        var words = head.split(separator: " ").map(String.init)
        var scale = 1.0
        if let first = words.first, let factor = scales[first] {
            scale = factor
            words.removeFirst()
        }
        var base: String?
        if !words.isEmpty {
            guard let known = bases[words.joined(separator: " ")] else { return nil }
            base = known
        } else if scale == 1 {
            return nil
        }
        var per: String?
        if pieces.count == 2 {
            per = bases[pieces[1]] ?? pieces[1]
        }
        return UnitExpression(scale: scale, base: base, per: per)
    }

    /// The factor taking a figure written in `self` into `target`, or nil when they measure different things.
    func factor(into target: UnitExpression) -> Double? {
        if let base, base != target.base { return nil }
        if let per, let targetPer = target.per, per != targetPer { return nil }
        if base == nil && per != nil { return nil }
        return scale / target.scale
    }

    private static let scales: [String: Double] = ["nghin": 1e3, "ngan": 1e3, "trieu": 1e6, "tr": 1e6, "ty": 1e9, "ti": 1e9]
    private static let bases: [String: String] = [
        "htx": "htx", "hop tac xa": "htx", "tht": "tht", "to hop tac": "tht", "to": "tht",
        "quy": "quy", "qtdnd": "quy", "quy tdnd": "quy", "lh htx": "lh htx", "lhhtx": "lh htx", "lien hiep": "lh htx", "lien hiep htx": "lh htx",
        "nguoi": "nguoi", "thanh vien": "nguoi", "lao dong": "nguoi", "nguoi lao dong": "nguoi", "ld": "nguoi",
        "dong": "dong", "d": "dong", "vnd": "dong", "%": "%", "phan tram": "%", "nguoi nam": "nguoi nam", "nam": "nam",
    ]
}
