import CoopFormatting

/// Stage 2 of reading a table as offices lay it out: what each row of the sheet is. Every row under a
/// header is one of these, decided from the whole table; a row that is none of them is an error at its
/// cell, never the end of the table.
enum RowRole: Equatable {
    case title
    case header
    case columnNumbers
    case units
    /// A province with figures, read.
    case province
    /// A province listed without figures: it did not report (missing, never zero).
    case unreported
    /// The table's total ("TỔNG SỐ", "Tổng cộng", "Cả nước", "Toàn cụm"): kept apart, checked.
    case total
    /// A group's or region's subtotal ("Cộng", "Cộng vùng", "I. Vùng …" with figures): never a
    /// province, never the total; checked against its members where they can be told.
    case subtotal
    /// A group or region heading without figures ("I. Vùng Đồng bằng sông Hồng", "A. Các tỉnh phía Bắc").
    case heading
    /// A row that is a part of the province above it ("Trong đó: …"): not read as its own figures.
    case part
    /// The block under the table: a signature ("Người lập biểu", "CHỦ TỊCH", "Ngày … tháng … năm …")
    /// or notes ("Ghi chú: …", "Nguồn: …"); the table ends here.
    case end
    /// A row below the end of the table (more signature lines, notes, blank cells).
    case afterTable
    /// A row with neither a province nor figures (a remark in another column).
    case empty
    /// A row hidden or filtered out, left out by `--visible-only`.
    case hidden
    /// A row that could not be understood: an error at its cell.
    case notUnderstood

    var described: String {
        switch self {
        case .title: return "title"
        case .header: return "header"
        case .columnNumbers: return "column numbers"
        case .units: return "units"
        case .province: return "province"
        case .unreported: return "province without figures (not reported)"
        case .total: return "total"
        case .subtotal: return "subtotal"
        case .heading: return "heading"
        case .part: return "part of the row above (\"Trong đó\")"
        case .end: return "signature or notes: the table ends"
        case .afterTable: return "below the table"
        case .empty: return "no province, no figures"
        case .hidden: return "hidden, left out by --visible-only"
        case .notUnderstood: return "not understood (an error)"
        }
    }
}

/// What the label of a row (its province cell) says, settled once per distinct text.
enum LabelKind: Equatable {
    case province
    /// "TỔNG SỐ", "Tổng cộng", "Cả nước", "Toàn quốc", "Toàn cụm": the table's total.
    case total
    /// "Cộng", "Cộng vùng …": a group's subtotal, or the total of a table without groups.
    case sum
    /// "Cụm …": the cluster's total, or one group of several.
    case cluster
    /// "I. Vùng …", "A. Các tỉnh phía Bắc", a region's name: a heading, a subtotal when it has figures.
    case group
    /// "Trong đó: …": a part of the row above.
    case part
    /// A signature, a date line or a note: the end of the table.
    case end
    case other
}

enum RowLabels {
    /// Leading bullets and list numbers people put before a name ("- Hà Nội", "1. Hà Nội", "+ Hà Nam").
    static func cleaned(_ text: String) -> String {
        // Runs for every row read: most labels start with a letter and are returned as they are.
        guard let first = text.unicodeScalars.first, !first.properties.isAlphabetic || first.properties.isWhitespace else { return text }
        var trimmed = Substring(text.trimmedWhitespace)
        while let first = trimmed.first, "-–—+•·*".contains(first) {
            trimmed = trimmed.dropFirst().drop { $0 == " " }
        }
        // "1. Hà Nội", "12) Hà Nam": a list number.
        let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
        if (1...2).contains(digits.count) {
            let rest = trimmed.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first == " " {
                trimmed = rest.dropFirst().drop { $0 == " " }
            }
        }
        return String(trimmed)
    }

    /// "I.", "IV)", "A.", "B -": the enumerator of a group heading.
    static func hasGroupEnumerator(_ text: String) -> Bool {
        text.range(of: #"^ *(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|[A-H]) *[.):\-–] *[^ ]"#, options: .regularExpression) != nil
    }

    static let totalLabels: Set<String> = [
        "tong so", "tong cong", "ca nuoc", "toan quoc", "toan cum", "toan tinh", "tong", "total", "ca cum", "tong cum",
        "tong cong toan cum", "tong so toan cum", "tong toan cum", "toan cum thi dua", "ca nuoc total", "grand total",
    ]
    static let totalPrefixes = ["tong so ", "tong cong ", "ca nuoc ", "toan quoc ", "toan cum "]
    static let groupWords = ["vung ", "mien ", "khu vuc", "cac tinh", "nhom ", "khoi ", "dia ban", "tinh phia", "cac don vi", "cac dia phuong"]

    /// A signature line: its words ("Người lập biểu", "CHỦ TỊCH", "(Ký tên, đóng dấu)") or a place and date.
    static func isSignature(_ text: String) -> Bool {
        if HeaderWords.isSignature(text) { return true }
        let key = text.matchingKey
        return key.contains("ngay") && key.contains("thang") && key.contains("nam")
    }

    /// Note and signature rows: the words they start with, a place-and-date line.
    static func isEnd(_ text: String) -> Bool {
        if isSignature(text) { return true }
        let key = text.matchingKey
        for prefix in ["(*)", "(1)", "ghi chu", "nguon", "luu y", "chu thich", "so lieu", "bieu nay", "ky ten", "(ky", "dong dau"] where key.hasPrefix(prefix) {
            return true
        }
        return false
    }
}
