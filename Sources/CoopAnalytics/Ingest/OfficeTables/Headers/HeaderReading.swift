import CoopFormatting
import CoopWorkbook

/// Stage 3 of reading a table as offices lay it out: its header, one to three rows (a super-header over
/// years or sub-indicators, merged cells), read most specific first: the leaf names the indicator, a
/// super-header gives its group or period ("Hợp tác xã" › "Thành lập mới" is new_htx; "Thành lập mới
/// năm 2023" › "HTX | THT" is new_htx and new_tht in 2023; "Số HTX" › "Tổng số | Trong đó: nông
/// nghiệp" is htx and a part left out). Comparison columns are left out, estimates read as approximate,
/// plans as the plan target.
extension ReadSession {
    /// Finds the header rows around the key row (the one naming the province column), reads each
    /// column's role, and settles the table's shape and the period of a table without a year column.
    mutating func readHeader(grid: SheetGrid, titleStart: Int, key: Int, number: Int, state: FileState) throws -> OfficeTable {
        let reader = HeaderReader(catalog: catalog)
        let rows = grid.rows
        var first = key, last = key
        let labelColumns = Set(
            rows[key].cells.filter { cell in
                guard let part = reader.part(cell.value) else { return false }
                return part == .province || part == .rowNumber || part == .code || part == .unitOrProvince
            }.map(\.column))
        // A super-header row just above the key row ("Năm 2023" over "Số HTX | Số THT").
        if key > titleStart, rows[key - 1].index == rows[key].index - 1 {
            let above = rows[key - 1]
            let parts = above.cells.compactMap { reader.part($0.value) }
            let headerLike = parts.contains { part in
                switch part {
                case .period, .indicator, .qualifier: return true
                default: return false
                }
            }
            if headerLike, !above.cells.contains(where: { labelColumns.contains($0.column) }) { first = key - 1 }
        }
        // Sub-header rows below it (years under an indicator, indicators under a year, "Tổng số | Trong đó").
        // Whether a column's header so far names an indicator (its cell, a merge over it, or the nearest
        // cell to its left, which spreads over it): a row of units under such columns is a units row even
        // where a unit reads as an indicator ("HTX", "Quỹ TDND").
        func indicatorNamed(_ value: CellValue) -> Int? {
            switch reader.part(value) {
            case .indicator(let index, _)?: return index
            case .qualifier(let words)?: return reader.indicatorIndex(HeaderWords.canonical(words.core))
            default: return nil
            }
        }
        func covering(_ column: Int, through last: Int) -> Int? {
            for position in stride(from: last, through: first, by: -1) {
                let row = rows[position]
                if let merge = grid.merge(covering: row.index, column), let anchor = row.value(at: merge.first.column), let found = indicatorNamed(anchor) {
                    return found
                }
                if let cell = row.cells.last(where: { $0.column <= column }), let found = indicatorNamed(cell.value) { return found }
            }
            return nil
        }
        /// A row of units that fit the indicators named above them (a unit that does not fit, such as
        /// "HTX" under "Số thành viên", names a sector: a sub-header).
        func isUnitsRow(_ row: GridRow, through last: Int) -> Bool {
            guard let units = HeaderReader.units(in: row) else { return false }
            return units.allSatisfy { column, unit in
                guard let indicator = covering(column, through: last), let target = indicatorUnits[indicator] else { return false }
                return unit.factor(into: target) != nil
            }
        }
        var next = key + 1
        while next < rows.count, next <= key + 2, rows[next].index == rows[next - 1].index + 1 {
            let row = rows[next]
            if isUnitsRow(row, through: next - 1) { break }
            guard isSubHeaderRow(row, labelColumns: labelColumns, reader: reader) else { break }
            last = next
            next += 1
        }
        let block = Array(rows[first...last])
        let headerRow = rows[key].index
        var table = OfficeTable(grid: grid, titleRows: titleStart..<first, headerRows: first...last, number: number)

        // Each header row as column → value, merged cells spread over their ranges.
        var levels: [[Int: CellValue]] = block.map { row in Dictionary(row.cells.map { ($0.column, $0.value) }, uniquingKeysWith: { a, _ in a }) }
        for merge in grid.merges where merge.last.row >= block[0].index && merge.first.row <= block[block.count - 1].index {
            guard let anchorLevel = block.firstIndex(where: { $0.index == merge.first.row }), let value = levels[anchorLevel][merge.first.column] else {
                continue
            }
            for (level, row) in block.enumerated() where merge.first.row <= row.index && row.index <= merge.last.row {
                for column in merge.first.column...min(merge.last.column, merge.first.column + CellLine.maximumColumns) where levels[level][column] == nil {
                    levels[level][column] = value
                }
            }
        }
        // A super-header without merge information (a CSV file) spreads right over empty cells that have
        // a sub-header below them, up to the next super-header, and never out of its own parent's span.
        if levels.count > 1 {
            for level in 0..<(levels.count - 1) {
                let columns = levels[level].keys.sorted()
                for (position, column) in columns.enumerated() {
                    let stop = position + 1 < columns.count ? columns[position + 1] : Int.max
                    var spread = column + 1
                    while spread < stop, levels[(level + 1)...].contains(where: { $0[spread] != nil }), levels[level][spread] == nil,
                        level == 0 || levels[level - 1][spread] == levels[level - 1][column]
                    {
                        levels[level][spread] = levels[level][column]
                        spread += 1
                    }
                }
            }
        }
        let columns = Set(levels.flatMap(\.keys)).sorted()
        if let widest = columns.last, widest >= CellLine.maximumColumns, grid.isSheet {
            throw InputError(
                file: state.file, line: grid.line(row: block[0].index, column: widest),
                message: "the table is \(widest + 1) columns wide; coopchart reads tables of at most \(CellLine.maximumColumns) columns")
        }
        var labels: [Int: String] = [:]
        var stacks: [Int: [CellValue]] = [:]
        for column in columns {
            var stack: [CellValue] = []
            for level in levels.indices {
                guard let value = levels[level][column], reader.part(value) != nil else { continue }
                if stack.last != value { stack.append(value) }
            }
            stacks[column] = stack
            labels[column] = stack.map(\.shown).map { $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: " › ")
        }
        let hasProvinceWord = stacks.values.contains { $0.contains { reader.part($0) == .province } }
        var roles: [Int: ColumnRole] = [:]
        var provinceColumn: Int?
        var codeColumn: Int?
        var unknown: [(Int, String)] = []
        for column in columns {
            let stack = stacks[column] ?? []
            let parts = stack.compactMap { reader.part($0) }
            if parts.contains(.province) || (!hasProvinceWord && parts.contains(.unitOrProvince) && provinceColumn == nil) {
                if provinceColumn == nil {
                    provinceColumn = column
                    roles[column] = .province
                } else {
                    roles[column] = .ignored
                }
                continue
            }
            if parts.contains(.code) {
                if codeColumn == nil { codeColumn = column; roles[column] = .code } else { roles[column] = .ignored }
                continue
            }
            if parts.contains(.rowNumber) { roles[column] = .ignored; continue }
            if parts.contains(.unitOrProvince) { roles[column] = .unit; continue }
            if let data = parts.compactMap({ part -> DataColumn? in
                if case .column(let c) = part { return c }; return nil
            }).first {
                let role: ColumnRole
                switch data {
                case .province: role = .province
                case .year: role = .year
                case .indicator: role = .indicatorName
                case .value: role = .value
                case .unit: role = .unit
                case .qualifier: role = .qualifier
                case .source: role = .source
                case .note: role = .note
                case .harmonizedTo:
                    // harmonize writes a plain data file (header in the first row), read by the plain path.
                    throw InputError(
                        file: state.file, line: grid.line(row: headerRow, column: column), field: labels[column],
                        message: "a harmonized_to column belongs to a file written by `coopchart harmonize`, whose header is its first row; "
                            + "remove the rows above the header, or the harmonized_to column")
                }
                if let earlier = roles.first(where: { $0.value == role })?.key {
                    throw InputError(
                        file: state.file, line: grid.line(row: headerRow, column: column), field: labels[column],
                        message:
                            "column \(quoted(labels[column] ?? "")) repeats column \(grid.columnName(earlier)) (\(quoted(labels[earlier] ?? ""))); keep one \(data.rawValue) column"
                    )
                }
                roles[column] = role
                continue
            }
            if let quarter = parts.compactMap({ part -> String? in
                if case .quarter(let q) = part { return q }; return nil
            }).first {
                throw InputError(
                    file: state.file, line: grid.line(row: headerRow, column: column), field: "year", message: "\(quoted(quarter)): \(PeriodText.refusal)")
            }
            let meaning = try columnMeaning(stack, reader: reader, grid: grid, state: state, headerRow: headerRow, column: column, label: labels[column] ?? "")
            switch meaning {
            case .unknown(let text):
                unknown.append((column, text))
                roles[column] = .ignored
            case .leftOut(let why):
                roles[column] = .leftOut(why)
            case .figure(let indicator, let unit, let period, let estimate):
                var scale = 1.0
                if let indicator, let unit, let written = UnitExpression.parse(unit), let target = indicatorUnits[indicator] {
                    guard let factor = written.factor(into: target) else {
                        throw InputError(
                            file: state.file, line: grid.line(row: headerRow, column: column), field: catalog.indicators[indicator].id,
                            message:
                                "the header gives the unit \(quoted(unit)), but \(catalog.indicators[indicator].id) is in \(catalog.indicators[indicator].unitVi); "
                                + "give the figures in \(catalog.indicators[indicator].unitVi) (a scale such as nghìn, triệu or tỷ is converted)")
                    }
                    scale = factor
                    if factor != 1 { table.remarks.append("column \(grid.columnName(column)) in \(unit): figures × \(plain(factor))") }
                }
                roles[column] = .figure(indicator: indicator, period: period, scale: scale, estimate: estimate)
            }
        }
        if provinceColumn == nil, let codeColumn {
            // A table keyed by code only: the code column is the province column.
            provinceColumn = codeColumn
            roles[codeColumn] = .province
        }
        guard let provinceColumn else {
            throw InputError(
                file: state.file, line: grid.line(row: headerRow, column: 0),
                message: "no province column in the header; name it Tỉnh, Tỉnh/TP, Địa phương, Mã tỉnh or province",
                vietnamese: "dòng tiêu đề không có cột tỉnh; đặt tên cột là Tỉnh, Tỉnh/TP, Địa phương, Mã tỉnh hoặc province")
        }
        table.header = TableHeader(rows: first...last, roles: roles, labels: labels, provinceColumn: provinceColumn, headerRow: headerRow)
        try checkShape(&table, unknown: unknown, state: state)
        return table
    }

    /// A row under the key row that is part of the header: its cells name periods, indicators or
    /// qualifiers ("Tổng số | Trong đó"), it has nothing in the province, code and STT columns (those
    /// are merged down from the key row), and it names no province.
    private func isSubHeaderRow(_ row: GridRow, labelColumns: Set<Int>, reader: HeaderReader) -> Bool {
        let parts = row.cells.compactMap { reader.part($0.value) }
        let resolvesProvince = row.cells.contains { cell in
            if case .text(let text) = cell.value { return !registry.candidates(for: ProvinceNameForms.canonical(RowLabels.cleaned(text)).name).isEmpty }
            return false
        }
        if resolvesProvince { return false }
        let headerLike = parts.contains { part in
            switch part {
            case .period, .indicator, .column, .quarter, .qualifier: return true
            default: return false
            }
        }
        if headerLike && !row.cells.contains(where: { labelColumns.contains($0.column) }) { return true }
        if HeaderReader.isColumnNumberRow(row) || HeaderReader.units(in: row) != nil { return false }
        guard !row.cells.contains(where: { labelColumns.contains($0.column) || $0.column <= (labelColumns.max() ?? -1) }) else { return false }
        return row.cells.allSatisfy { cell in
            switch cell.value {
            case .text(let text): return !(cell.value.isFigureLike) && !text.isEmpty
            case .number(let number): return PeriodText.period(ofNumber: number) != nil
            case .date: return true
            default: return false
            }
        }
    }

    enum ColumnMeaning {
        case figure(indicator: Int?, unit: String?, period: Period?, estimate: Bool)
        case leftOut(String)
        case unknown(String)
    }

    /// One column's header cells, top to bottom, read most specific first.
    private func columnMeaning(
        _ stack: [CellValue], reader: HeaderReader, grid: SheetGrid, state: FileState, headerRow: Int, column: Int,
        label: String
    ) throws -> ColumnMeaning {
        struct Level {
            var indicator: Int?
            var unit: String?
            var core = ""
            var text: HeaderText?
            var period: Period?
        }
        var levels: [Level] = []
        for value in stack {
            var level = Level()
            switch value {
            case .number(let number):
                level.period = PeriodText.period(ofNumber: number)
            case .date(let day):
                guard Period.acceptedYears.contains(day.year) else { break }
                level.period = day.month == 6 && day.day == 30 ? Period(year: day.year, part: .firstHalf) : Period(year: day.year)
            case .text(let raw):
                let text = raw.replacingOccurrences(of: "\n", with: " ").trimmingCharacters(in: .whitespaces)
                let (split, unit) = HeaderWords.splitUnit(text)
                let hasUnit = unit.flatMap(UnitExpression.parse) != nil
                let words = HeaderText(hasUnit ? split : text)
                level.text = words
                level.unit = hasUnit ? unit : nil
                level.core = HeaderWords.canonical(words.core)
                level.indicator = reader.indicatorIndex(hasUnit ? split : text) ?? (level.core.isEmpty ? nil : reader.indicatorIndex(level.core))
                if let period = words.period { level.period = period }
                if words.periods.count > 1, !words.comparison {
                    return .leftOut("names several periods (\(Set(words.periods).sorted().map(\.description).joined(separator: ", ")))")
                }
                if let date = words.otherDate {
                    throw InputError(
                        file: state.file, line: grid.line(row: headerRow, column: column), field: label,
                        message: "the header \(quoted(label)) gives the day \(date): figures are kept by year (31/12) or half-year (30/6); "
                            + "write the period in the header (\"năm 2023\", \"6 tháng đầu năm 2023\")",
                        vietnamese: "tiêu đề \(quoted(label)) ghi ngày \(date): số liệu được lưu theo năm (31/12) hoặc nửa năm (30/6); "
                            + "ghi kỳ số liệu vào tiêu đề (\"năm 2023\", \"6 tháng đầu năm 2023\")")
                }
            default:
                break
            }
            levels.append(level)
        }
        let texts = levels.compactMap(\.text)
        if texts.contains(where: \.comparison) { return .leftOut("a comparison") }
        let estimate = texts.contains(where: \.estimate)
        let plan = texts.contains(where: \.plan)
        let period = levels.reversed().compactMap(\.period).first
        let partLevel = levels.lastIndex { $0.text?.part == true }
        let lowest = partLevel ?? 0

        // The indicator: the most specific level that names one, a modifier combined with the level
        // above it ("Thành lập mới" › "HTX" is new_htx), and a sector under a measure ("Số thành viên" › "HTX").
        var indicator: Int?
        var unit: String?
        search: for k in stride(from: levels.count - 1, through: lowest, by: -1) {
            let core = levels[k].core
            if !core.isEmpty {
                for j in stride(from: k - 1, through: lowest, by: -1) where !levels[j].core.isEmpty {
                    let above = levels[j].core
                    if let found = reader.indicatorIndex(core + " " + above) ?? reader.indicatorIndex(above + " " + core) {
                        indicator = found
                        unit = levels[k].unit ?? levels[j].unit
                        break search
                    }
                }
            }
            guard let own = levels[k].indicator else { continue }
            // A sector word under a measure: the measure, when it is the sector's, else no indicator.
            if Self.sectors.contains(catalog.indicators[own].id),
                let measure = levels[lowest..<k].reversed().compactMap(\.indicator).first(where: { !Self.sectors.contains(catalog.indicators[$0].id) })
            {
                guard Self.sector(of: catalog.indicators[measure]) == catalog.indicators[own].id else {
                    return .leftOut("\(catalog.indicators[measure].id) of \(catalog.indicators[own].id), which no indicator holds")
                }
                indicator = measure
                unit = levels[k].unit ?? levels.first(where: { $0.indicator == measure })?.unit
                break search
            }
            indicator = own
            unit = levels[k].unit
            break
        }
        if partLevel != nil && indicator == nil { return .leftOut("a part of the column beside it (\"Trong đó\")") }
        if var found = indicator, plan, catalog.indicators[found].kind != .target {
            guard let target = catalog.indicators.firstIndex(where: { $0.kind == .target && $0.targetOf == catalog.indicators[found].id }) else {
                return .leftOut("a plan for \(catalog.indicators[found].id), which no indicator holds")
            }
            found = target
            indicator = found
        }
        if indicator == nil && period == nil {
            let last = stack.last.map { $0.shown.replacingOccurrences(of: "\n", with: " ") } ?? label
            return .unknown(last)
        }
        if indicator == nil, plan { return .leftOut("a plan") }
        return .figure(indicator: indicator, unit: unit, period: period, estimate: estimate && !plan)
    }

    /// Indicators that name a kind of organisation ("HTX", "THT"), which under a measure name its sector.
    static let sectors: Set<String> = ["htx", "tht", "credit_funds", "unions"]

    static func sector(of indicator: Indicator) -> String {
        if indicator.id.contains("tht") { return "tht" }
        if indicator.id == "credit_funds" || indicator.id == "unions" { return indicator.id }
        return "htx"
    }

    /// Settles the layout: long, wide (an indicator per column) or years as columns, where each figure's
    /// indicator and period come from, and refuses what cannot be read whole.
    private mutating func checkShape(_ table: inout OfficeTable, unknown: [(Int, String)], state: FileState) throws {
        let grid = table.grid
        var header = table.header!
        let headerRow = header.headerRow
        let figures = header.figureColumns
        let isLong = header.column(.indicatorName) != nil || header.column(.value) != nil
        func headerError(_ column: Int, field: String? = nil, _ message: String, vietnamese: String? = nil) -> InputError {
            InputError(file: state.file, line: grid.line(row: headerRow, column: column), field: field, message: message, vietnamese: vietnamese)
        }
        if isLong {
            guard header.column(.indicatorName) != nil, header.column(.value) != nil else {
                let missing = [header.column(.indicatorName) == nil ? "indicator" : nil, header.column(.value) == nil ? "value" : nil].compactMap { $0 }
                throw headerError(
                    header.provinceColumn,
                    "missing required column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")); a long table names province, year, indicator and value "
                        + "(optional: unit, qualifier, source, note); a wide one names province, year and one column per indicator")
            }
            table.layout = "a long table (one figure per row)"
        } else if figures.isEmpty, let (column, text) = unknown.first {
            throw headerError(
                column, field: text,
                "column \(quoted(text)) is not a known indicator; did you mean \(catalog.suggestions(for: HeaderWords.splitUnit(text).label).joined(separator: ", "))? "
                    + "(header words such as \"Số HTX\", \"Số thành viên\", \"Số QTDND\", an id such as new_htx; add your own with \(option: .indicatorFile))")
        } else if figures.isEmpty {
            let found = header.labels.sorted { $0.key < $1.key }.map(\.value).joined(separator: ", ")
            throw headerError(
                header.provinceColumn,
                "the header names a province column but no indicator or year columns (found: \(found)); "
                    + "name the columns with indicators such as \"Số HTX\", \"Số thành viên\" or ids such as htx, or with years under an indicator")
        }
        // Unknown headers close to an indicator are typos; others (rankings, remarks) are left out.
        for (column, text) in unknown {
            let (label, _) = HeaderWords.splitUnit(text)
            let key = HeaderWords.key(label)
            let closest =
                catalog.indicators.map { indicator in
                    min(editDistance(key, HeaderWords.key(indicator.labelVi)), editDistance(key, indicator.id.matchingKey))
                }.min() ?? Int.max
            let synonymDistance = HeaderWords.indicators.keys.map { editDistance(key, $0) }.min() ?? Int.max
            if min(closest, synonymDistance) <= max(1, key.count / 6) {
                throw headerError(
                    column, field: text,
                    "column \(quoted(text)) is not a known indicator; did you mean \(catalog.suggestions(for: label).joined(separator: ", "))? "
                        + "(header words such as \"Số HTX\", \"Số thành viên\", \"Số QTDND\", an id such as new_htx; add your own with \(option: .indicatorFile))"
                )
            }
            header.roles[column] = .unknown(text)
        }
        table.header = header
        guard !figures.isEmpty else { return }
        let needsIndicator = figures.contains {
            if case .figure(nil, _, _, _) = header.roles[$0]! { return true }; return false
        }
        let needsPeriod = figures.contains {
            if case .figure(_, nil, _, _) = header.roles[$0]! { return true }; return false
        }
        if needsIndicator {
            if let sheetName = grid.sheetName, let index = HeaderReader(catalog: catalog).indicatorIndex(HeaderWords.splitUnit(sheetName).label) {
                table.fixedIndicator = index
                table.remarks.append("indicator \(catalog.indicators[index].id) from the sheet's name")
            } else if let (index, title) = titleIndicator(table) {
                table.fixedIndicator = index
                table.remarks.append("indicator \(catalog.indicators[index].id) from the title \(quoted(title))")
            } else if let given = defaultIndicator, let index = HeaderReader(catalog: catalog).indicatorIndex(given) {
                table.fixedIndicator = index
                table.remarks.append("indicator \(catalog.indicators[index].id) from \(controls.indicator ?? "the indicator asked for")")
            } else {
                let column = figures.first {
                    if case .figure(nil, _, _, _) = header.roles[$0]! { return true }; return false
                }!
                let option = controls.indicator.map { ", or give \($0) ID (for example \($0) new_htx)" } ?? ""
                let optionVi = controls.indicator.map { ", hoặc dùng \($0) ID (ví dụ \($0) new_htx)" } ?? ""
                throw headerError(
                    column,
                    "the columns are years (\(quoted(header.labels[column] ?? ""))) but no indicator is named over them or in the sheet's name; "
                        + "write the indicator in the header above the years (\"Số HTX thành lập mới\" over 2021 | 2022) or name the sheet after it\(option)",
                    vietnamese: "các cột là các năm (\(quoted(header.labels[column] ?? ""))) nhưng không có chỉ tiêu nào ghi phía trên hay ở tên trang tính; "
                        + "ghi chỉ tiêu vào dòng tiêu đề trên các năm (\"Số HTX thành lập mới\" trên 2021 | 2022) hoặc đặt tên trang tính theo chỉ tiêu\(optionVi)"
                )
            }
        }
        // Two columns read as the same figure would give it twice.
        var seen: [String: Int] = [:]
        for column in figures {
            guard case .figure(let indicator, let period, _, _)? = header.roles[column] else { continue }
            let key = "\(indicator ?? table.fixedIndicator ?? -1) \(period?.description ?? "-")"
            if let earlier = seen[key] {
                let id = (indicator ?? table.fixedIndicator).map { catalog.indicators[$0].id } ?? "?"
                throw headerError(
                    column, field: id,
                    "columns \(grid.columnName(earlier)) (\(quoted(header.labels[earlier] ?? ""))) and \(grid.columnName(column)) (\(quoted(header.labels[column] ?? ""))) "
                        + "both read as \(id)\(period.map { " \($0)" } ?? ""); name what sets them apart in their headers (a year, \"Trong đó\" for a part), or delete one",
                    vietnamese:
                        "cột \(grid.columnName(earlier)) (\(quoted(header.labels[earlier] ?? ""))) và cột \(grid.columnName(column)) (\(quoted(header.labels[column] ?? ""))) "
                        + "cùng được đọc là \(id)\(period.map { " \($0)" } ?? ""); ghi rõ điểm khác nhau trong tiêu đề (năm, \"Trong đó\" cho phần con), hoặc xoá một cột"
                )
            }
            seen[key] = column
        }
        if needsPeriod && header.yearColumn == nil { try settlePeriod(&table, state: state) }
        let shape: String
        if figures.contains(where: {
            if case .figure(_, .some, _, _) = header.roles[$0]! { return true }; return false
        }) {
            shape = "years as columns"
        } else {
            shape = "a wide table (one indicator per column)"
        }
        if table.layout.isEmpty { table.layout = shape }
    }

    /// The indicator a title names, when exactly one title row names one: "3.12. Số hợp tác xã phân theo
    /// địa phương" is htx (the yearbook's number and "phân theo …" left aside).
    private func titleIndicator(_ table: OfficeTable) -> (Int, String)? {
        let reader = HeaderReader(catalog: catalog)
        var found: [(Int, String)] = []
        for row in table.grid.rows[table.titleRows] {
            for cell in row.cells {
                guard case .text(let text) = cell.value, !HeaderWords.isSignature(text) else { continue }
                var key = HeaderWords.key(text)
                key = key.replacingOccurrences(of: #"^[0-9]+( [0-9]+)*\s*"#, with: "", options: .regularExpression)
                if let range = key.range(of: " phan theo ") { key = String(key[..<range.lowerBound]) }
                let words = HeaderText(key)
                if let index = reader.indicatorIndex(key) ?? reader.indicatorIndex(HeaderWords.canonical(words.core)) { found.append((index, text)) }
            }
        }
        guard let first = found.first, found.allSatisfy({ $0.0 == first.0 }) else { return nil }
        return first
    }

    /// The period of a table whose columns name none and which has no year column: what the file says
    /// (the sheet's name, a title naming exactly one period), then the file's period (`--year-of`), then
    /// the fallback (`--year`).
    private mutating func settlePeriod(_ table: inout OfficeTable, state: FileState) throws {
        let grid = table.grid
        var said: (period: Period, estimate: Bool, source: String)?
        if let sheetName = grid.sheetName {
            let words = HeaderText(sheetName)
            if let period = words.period, words.core.isEmpty || HeaderReader(catalog: catalog).indicatorIndex(words.core) != nil || words.estimate {
                said = (period, words.estimate, "the sheet's name \(quoted(sheetName))")
            }
        }
        if said == nil {
            var found: [(Period, Bool, String, Int, Int)] = []
            for row in grid.rows[table.titleRows] {
                for cell in row.cells {
                    guard case .text(let text) = cell.value, !HeaderWords.isSignature(text) else { continue }
                    let words = HeaderText(text)
                    for period in Set(words.periods) { found.append((period, words.estimate, text, row.index, cell.column)) }
                }
            }
            let periods = Set(found.map(\.0))
            if periods.count == 1, let (period, _, text, row, column) = found.first {
                let place = CellLine.location(file: "", line: grid.line(row: row, column: column)).dropFirst()
                said = (period, found.contains { $0.1 }, "the title \(quoted(text)) (\(grid.isSheet ? "cell " : "line ")\(place))")
            } else if periods.count > 1 {
                table.remarks.append("the title names \(periods.sorted().map(\.description).joined(separator: ", ")): not used as the period")
            }
        }
        let given = filePeriods[grid.sourceFile]
        if let said {
            table.period = said.period
            table.periodEstimate = said.estimate
            table.periodSource = "\(said.period) from \(said.source)" + (said.estimate ? ", an estimate (read as approximate)" : "")
            if let given, given != said.period, let option = controls.yearOf {
                warn(
                    at: SourceLocation(file: state.file, line: grid.line(row: table.header!.headerRow, column: table.header!.provinceColumn)),
                    "\(option) gives \(given) for \(grid.sourceFile), but the table says \(said.period) (\(said.source)); read as \(said.period)",
                    vietnamese: "\(option) ghi \(given) cho \(grid.sourceFile), nhưng bảng ghi \(said.period) (\(said.source)); đã đọc là \(said.period)")
            }
            return
        }
        if let given {
            table.period = given
            table.periodSource = "\(given) from \(controls.yearOf ?? "the period given for the file")"
            return
        }
        if let defaultPeriod {
            table.period = defaultPeriod
            table.periodSource = "\(defaultPeriod) from \(controls.year ?? "the period asked for")"
            return
        }
        let header = table.header!
        var ways: [String] = []
        var waysVi: [String] = []
        if let option = controls.yearOf {
            ways.append("\(option) \(grid.sourceFile)=2023 for this file")
            waysVi.append("\(option) \(grid.sourceFile)=2023 cho tệp này")
        }
        if let option = controls.year {
            ways.append("\(option) 2023 for every file that names no period")
            waysVi.append("\(option) 2023 cho mọi tệp không ghi kỳ")
        }
        let titles = table.remarks.filter { $0.hasPrefix("the title names") }
        throw InputError(
            file: state.file, line: grid.line(row: header.headerRow, column: header.provinceColumn), field: "year",
            message: "the table has no year column, and neither its headers, the sheet's name nor a title name its period"
                + (titles.isEmpty ? "" : " (\(titles[0]))") + "; give it with " + (ways.isEmpty ? "a year column" : ways.joined(separator: ", or ")),
            vietnamese: "bảng không có cột năm, và cả tiêu đề cột, tên trang tính lẫn tên bảng đều không ghi kỳ số liệu; "
                + "hãy cho biết kỳ bằng " + (waysVi.isEmpty ? "một cột năm" : waysVi.joined(separator: ", hoặc ")))
    }
}
