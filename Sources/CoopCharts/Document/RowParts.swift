/// How a long chart of rows (a scorecard, a robustness chart) is cut into pages: consecutive rows shared
/// out evenly, the first parts a row longer when they do not divide exactly (63 into 3: 21, 21, 21;
/// 34 into 3: 12, 11, 11).
enum RowParts {
    static func even(_ count: Int, into parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, max(count, 1)))
        let size = count / parts, extra = count % parts
        var start = 0
        return (0..<parts).map { index in
            let end = start + size + (index < extra ? 1 : 0)
            defer { start = end }
            return start..<end
        }
    }
}
