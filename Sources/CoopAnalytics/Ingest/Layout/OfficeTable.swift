import CoopFormatting
import CoopWorkbook

/// One table as offices lay it out, in a sheet or in a CSV file, read row by row: title rows above
/// the header; a header of one to three rows (super-headers over years or sub-indicators, merged
/// cells); a column-number or units row under it; an STT column; total rows ("TỔNG SỐ", "Tổng cộng",
/// "Toàn cụm", "Cả nước") wherever they stand; and the end of the table at the first row that is
/// neither a province nor a total (a signature block, notes).
struct OfficeTable {
    /// Whether cells are located as a sheet's (`file!D9`) or as CSV lines (`file:12`).
    let isSheet: Bool
    let sheetName: String?
    var merges: [MergedRange] = []
    /// Rows held until the header is settled (the first rows of a sheet only).
    var buffer: [GridRow] = []
    var header: TableHeader?
    var ended = false
    /// Rows after the header in which a column-number or units row may still come.
    var skipWindow = 2
    var fixedIndicator: Int?
    var report: SheetReport
    var sawRows = false

    /// How many rows the header may lie below the top of the sheet.
    static let headerSearchRows = 60

    init(isSheet: Bool, sheetName: String?, location: String) {
        self.isSheet = isSheet
        self.sheetName = sheetName
        report = SheetReport(location: location, layout: "", headerRows: "")
    }

    func line(row: Int, column: Int) -> Int {
        isSheet ? CellLine.encode(row: row, column: column) : row
    }

    /// "row 5" / "rows 4–5" / "line 3".
    func rowsText(_ first: Int, _ last: Int) -> String {
        if isSheet { return first == last ? "row \(first + 1)" : "rows \(first + 1)–\(last + 1)" }
        return first == last ? "line \(first)" : "lines \(first)–\(last)"
    }
}

extension ReadSession {
    /// Takes one row of the table; the header is settled once enough rows are seen.
    mutating func officeRow(_ row: GridRow, table: inout OfficeTable, state: inout FileState, into dataset: inout Dataset) throws {
        if table.ended { return }
        table.sawRows = true
        if table.header == nil {
            table.buffer.append(row)
            let reader = HeaderReader(catalog: catalog)
            guard let key = table.buffer.firstIndex(where: reader.isKeyRow) else {
                if table.buffer.count >= OfficeTable.headerSearchRows { table.ended = true }
                return
            }
            // Sub-headers lie in the next two rows: wait for them.
            if table.buffer.count < key + 3 { return }
            try settleHeader(key: key, table: &table, state: &state)
            let rest = table.buffer.suffix(from: table.header!.rows.upperBound + 1)
            table.buffer = []
            for held in rest { try dataRow(held, table: &table, state: &state, into: &dataset) }
            return
        }
        try dataRow(row, table: &table, state: &state, into: &dataset)
    }

    /// The end of the sheet or file: a header still waiting for sub-header rows is settled now.
    mutating func finishOfficeTable(_ table: inout OfficeTable, state: inout FileState, into dataset: inout Dataset) throws {
        if table.header == nil, !table.buffer.isEmpty, let key = table.buffer.firstIndex(where: HeaderReader(catalog: catalog).isKeyRow) {
            try settleHeader(key: key, table: &table, state: &state)
            let rest = table.buffer.suffix(from: table.header!.rows.upperBound + 1)
            table.buffer = []
            for held in rest { try dataRow(held, table: &table, state: &state, into: &dataset) }
        }
    }

    // MARK: The header

    private func headerError(_ table: OfficeTable, state: FileState, row: Int, column: Int, field: String? = nil, _ message: String,
                             vietnamese: String? = nil) -> InputError {
        InputError(file: state.file, line: table.line(row: row, column: column), field: field, message: message, vietnamese: vietnamese)
    }

    private mutating func settleHeader(key: Int, table: inout OfficeTable, state: inout FileState) throws {
        let reader = HeaderReader(catalog: catalog)
        let rows = table.buffer
        var first = key, last = key
        // A super-header row just above the province row ("Năm 2023" over "Số HTX | Số THT").
        if key > 0, rows[key - 1].index == rows[key].index - 1 {
            let above = rows[key - 1]
            let parts = above.cells.compactMap { reader.part($0.value) }
            let provinceColumns = Set(rows[key].cells.filter { reader.part($0.value) == .province || reader.part($0.value) == .rowNumber }.map(\.column))
            if parts.contains(where: { if case .period = $0 { return true }; if case .indicator = $0 { return true }; return false }),
               !above.cells.contains(where: { provinceColumns.contains($0.column) }) {
                first = key - 1
            }
        }
        // Sub-header rows below it (years under an indicator, indicators under a year).
        var next = key + 1
        while next < rows.count, next <= key + 2, rows[next].index == rows[next - 1].index + 1 {
            let row = rows[next]
            if HeaderReader.isColumnNumberRow(row) || HeaderReader.units(in: row) != nil { break }
            let parts = row.cells.compactMap { reader.part($0.value) }
            let headerLike = parts.contains { part in
                switch part {
                case .period, .indicator, .column, .quarter: return true
                default: return false
                }
            }
            let resolvesProvince = row.cells.contains { cell in
                if case .text(let text) = cell.value { return !registry.candidates(for: ProvinceNameForms.canonical(text).name).isEmpty }
                return false
            }
            guard headerLike, !resolvesProvince else { break }
            last = next
            next += 1
        }
        let block = Array(rows[first...last])
        // Each header row as column → text, merged cells spread over their ranges.
        var grid: [[Int: CellValue]] = block.map { row in Dictionary(row.cells.map { ($0.column, $0.value) }, uniquingKeysWith: { a, _ in a }) }
        for merge in table.merges {
            for (offset, row) in block.enumerated() where merge.first.row <= row.index && row.index <= merge.last.row {
                guard let anchorRow = block.firstIndex(where: { $0.index == merge.first.row }), let value = grid[anchorRow][merge.first.column] else { continue }
                for column in merge.first.column...min(merge.last.column, merge.first.column + CellLine.maximumColumns) where grid[offset][column] == nil {
                    grid[offset][column] = value
                }
            }
        }
        // A super-header without merge information (a CSV, an .xls) spreads right over empty cells
        // that have a sub-header below them, up to the next super-header.
        if grid.count > 1 {
            for level in 0..<(grid.count - 1) {
                let columns = grid[level].keys.sorted()
                for (position, column) in columns.enumerated() {
                    let stop = position + 1 < columns.count ? columns[position + 1] : Int.max
                    var spread = column + 1
                    while spread < stop, grid[(level + 1)...].contains(where: { $0[spread] != nil }), grid[level][spread] == nil {
                        grid[level][spread] = grid[level][column]
                        spread += 1
                    }
                }
            }
        }
        let columns = Set(grid.flatMap(\.keys)).sorted()
        if let widest = columns.last, widest >= CellLine.maximumColumns, table.isSheet {
            throw headerError(table, state: state, row: block[0].index, column: widest,
                              "the table is \(widest + 1) columns wide; coopchart reads tables of at most \(CellLine.maximumColumns) columns")
        }
        var partsByColumn: [Int: [HeaderPart]] = [:]
        var labels: [Int: String] = [:]
        for column in columns {
            var parts: [HeaderPart] = []
            var texts: [String] = []
            for level in grid.indices {
                guard let value = grid[level][column], let part = reader.part(value) else { continue }
                if parts.last != part { parts.append(part); texts.append(value.shown) }
            }
            partsByColumn[column] = parts
            labels[column] = texts.joined(separator: " › ")
        }
        let hasProvinceWord = partsByColumn.values.contains { $0.contains(.province) }
        var roles: [Int: ColumnRole] = [:]
        var provinceColumn: Int?
        var unknown: [(Int, String)] = []
        let headerRow = block[key - first].index
        for column in columns {
            let parts = partsByColumn[column] ?? []
            if parts.contains(.province) || (!hasProvinceWord && parts.contains(.unitOrProvince) && provinceColumn == nil) {
                if provinceColumn == nil {
                    provinceColumn = column
                    roles[column] = .province
                } else {
                    // A code column beside the name column: a spare reference, left alone.
                    roles[column] = .ignored
                }
                continue
            }
            if parts.contains(.rowNumber) { roles[column] = .ignored; continue }
            if parts.contains(.unitOrProvince) { roles[column] = .unit; continue }
            if let data = parts.compactMap({ part -> DataColumn? in if case .column(let c) = part { return c }; return nil }).first {
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
                    throw headerError(table, state: state, row: headerRow, column: column, field: labels[column],
                                      "a harmonized_to column belongs to a file written by `coopchart harmonize`, whose header is its first row; "
                                        + "remove the rows above the header, or the harmonized_to column")
                }
                if let earlier = roles.first(where: { $0.value == role })?.key {
                    throw headerError(table, state: state, row: headerRow, column: column, field: labels[column],
                                      "column \(quoted(labels[column] ?? "")) repeats column \(columnName(earlier, table)) (\(quoted(labels[earlier] ?? ""))); keep one \(data.rawValue) column")
                }
                roles[column] = role
                continue
            }
            if let quarter = parts.compactMap({ part -> String? in if case .quarter(let q) = part { return q }; return nil }).first {
                throw headerError(table, state: state, row: headerRow, column: column, field: "year", "\(quoted(quarter)): \(PeriodText.refusal)")
            }
            var indicator: Int?, unit: String?, period: Period?
            for part in parts {
                switch part {
                case .indicator(let index, let written): if indicator == nil { indicator = index; unit = written }
                case .period(let found): if period == nil { period = found }
                default: break
                }
            }
            if indicator == nil && period == nil {
                let texts = parts.compactMap { part -> String? in if case .unknown(let text) = part { return text }; return nil }
                if let text = texts.last { unknown.append((column, text)) }
                roles[column] = .ignored
                continue
            }
            var scale = 1.0
            if let indicator, let unit, let written = UnitExpression.parse(unit), let target = indicatorUnits[indicator] {
                guard let factor = written.factor(into: target) else {
                    throw headerError(table, state: state, row: headerRow, column: column, field: catalog.indicators[indicator].id,
                                      "the header gives the unit \(quoted(unit)), but \(catalog.indicators[indicator].id) is in \(catalog.indicators[indicator].unitVi); "
                                        + "give the figures in \(catalog.indicators[indicator].unitVi) (a scale such as nghìn, triệu or tỷ is converted)")
                }
                scale = factor
                if factor != 1 { table.report.remarks.append("column \(columnName(column, table)) in \(unit): figures × \(plain(factor))") }
            }
            roles[column] = .figure(indicator: indicator, period: period, scale: scale)
        }
        guard let provinceColumn else {
            throw headerError(table, state: state, row: headerRow, column: 0, "no province column in the header; name it Tỉnh, Tỉnh/TP, Địa phương or province")
        }
        var header = TableHeader(rows: first...last, roles: roles, labels: labels, provinceColumn: provinceColumn, headerRow: headerRow)
        try checkShape(&header, unknown: unknown, table: &table, state: state, headerRow: headerRow)
        table.header = header
        table.report.headerRows = table.rowsText(block.first!.index, block.last!.index)
        if first > 0 { table.report.skipped.append("\(first) title row\(first == 1 ? "" : "s") above the header") }
    }

    private func columnName(_ column: Int, _ table: OfficeTable) -> String {
        table.isSheet ? CellAddress.columnName(column) : "\(column + 1)"
    }

    /// Settles the layout: long, wide (an indicator per column) or years as columns, and where each
    /// figure's indicator and period come from.
    private mutating func checkShape(_ header: inout TableHeader, unknown: [(Int, String)], table: inout OfficeTable, state: FileState, headerRow: Int) throws {
        let figures = header.figureColumns
        let isLong = header.column(.indicatorName) != nil || header.column(.value) != nil
        if isLong {
            guard let _ = header.column(.indicatorName), let _ = header.column(.value) else {
                let missing = [header.column(.indicatorName) == nil ? "indicator" : nil, header.column(.value) == nil ? "value" : nil].compactMap { $0 }
                throw headerError(table, state: state, row: headerRow, column: header.provinceColumn,
                                  "missing required column\(missing.count > 1 ? "s" : "") \(missing.joined(separator: ", ")); a long table names province, year, indicator and value "
                                    + "(optional: unit, qualifier, source, note); a wide one names province, year and one column per indicator")
            }
            table.report.layout = "a long table (one figure per row)"
        } else if figures.isEmpty, let (column, text) = unknown.first {
            throw headerError(table, state: state, row: headerRow, column: column, field: text,
                              "column \(quoted(text)) is not a known indicator; did you mean \(catalog.suggestions(for: HeaderWords.splitUnit(text).label).joined(separator: ", "))? "
                                + "(header words such as \"Số HTX\", \"Số thành viên\", \"Số QTDND\", an id such as new_htx; add your own with \(option: .indicatorFile))")
        } else if figures.isEmpty {
            let found = header.labels.sorted { $0.key < $1.key }.map(\.value).joined(separator: ", ")
            throw headerError(table, state: state, row: headerRow, column: header.provinceColumn,
                              "the header names a province column but no indicator or year columns (found: \(found)); "
                                + "name the columns with indicators such as \"Số HTX\", \"Số thành viên\" or ids such as htx, or with years under an indicator")
        }
        // Unknown headers close to an indicator are typos; others (rankings, remarks) are left out.
        for (column, text) in unknown {
            let (label, _) = HeaderWords.splitUnit(text)
            let key = HeaderWords.key(label)
            let closest = catalog.indicators.map { indicator in
                min(editDistance(key, HeaderWords.key(indicator.labelVi)), editDistance(key, indicator.id.matchingKey))
            }.min() ?? Int.max
            let synonymDistance = HeaderWords.indicators.keys.map { editDistance(key, $0) }.min() ?? Int.max
            if min(closest, synonymDistance) <= max(1, key.count / 6) {
                throw headerError(table, state: state, row: headerRow, column: column, field: text,
                                  "column \(quoted(text)) is not a known indicator; did you mean \(catalog.suggestions(for: label).joined(separator: ", "))? "
                                    + "(header words such as \"Số HTX\", \"Số thành viên\", \"Số QTDND\", an id such as new_htx; add your own with \(option: .indicatorFile))")
            }
            header.roles[column] = .unknown(text)
            table.report.skipped.append("column \(columnName(column, table)) (\(quoted(text))): not an indicator, and holds no figures")
        }
        guard !figures.isEmpty else { return }
        let needsIndicator = figures.contains { if case .figure(nil, _, _) = header.roles[$0]! { return true }; return false }
        let needsPeriod = figures.contains { if case .figure(_, nil, _) = header.roles[$0]! { return true }; return false }
        if needsIndicator {
            if let sheetName = table.sheetName, let index = HeaderReader(catalog: catalog).indicatorIndex(HeaderWords.splitUnit(sheetName).label) {
                table.fixedIndicator = index
                table.report.remarks.append("indicator \(catalog.indicators[index].id) from the sheet's name")
            } else if let given = defaultIndicator, let index = HeaderReader(catalog: catalog).indicatorIndex(given) {
                table.fixedIndicator = index
                table.report.remarks.append("indicator \(catalog.indicators[index].id) from \(option: .indicator)")
            } else {
                let column = figures.first { if case .figure(nil, _, _) = header.roles[$0]! { return true }; return false }!
                throw headerError(table, state: state, row: headerRow, column: column,
                                  "the columns are years (\(quoted(header.labels[column] ?? ""))) but no indicator is named over them, in the sheet's name or by \(option: .indicator); "
                                    + "give \(option: .indicator) ID (for example \(option: .indicator) new_htx)")
            }
        }
        if needsPeriod && header.yearColumn == nil {
            if let defaultPeriod {
                table.report.remarks.append("no year column: period \(defaultPeriod) from \(option: .year)")
            } else {
                throw headerError(table, state: state, row: headerRow, column: header.provinceColumn, field: "year",
                                  "the table has no year column and its headers name no year; give the period with \(option: .year) (for example \(option: .year) 2023 or \(option: .year) 2023-H1)"
                                    + (titleYearHint(table).map { "; the title above says \($0)" } ?? ""),
                                  vietnamese: "bảng không có cột năm và tiêu đề cột không ghi năm nào; hãy ghi kỳ của tệp ở \(option: .year) (ví dụ 2023 hoặc 2023-H1)"
                                    + (titleYearHint(table).map { "; tiêu đề phía trên ghi \($0)" } ?? ""))
            }
        }
        let shape: String
        if figures.contains(where: { if case .figure(_, .some, _) = header.roles[$0]! { return true }; return false }) {
            shape = "years as columns"
        } else {
            shape = "a wide table (one indicator per column)"
        }
        if table.report.layout.isEmpty { table.report.layout = shape }
    }

    /// A year written in a title row above the header ("BÁO CÁO … NĂM 2023"), for the --year hint.
    private func titleYearHint(_ table: OfficeTable) -> String? {
        for row in table.buffer.prefix(8) {
            for cell in row.cells {
                guard case .text(let text) = cell.value else { continue }
                let key = text.matchingKey
                if key.contains("nam "), let range = key.range(of: #"(19|20)[0-9]{2}"#, options: .regularExpression) {
                    return "\(quoted(text)) (\(option: .year) \(key[range]))"
                }
            }
        }
        return nil
    }

    // MARK: Rows under the header

    private mutating func dataRow(_ row: GridRow, table: inout OfficeTable, state: inout FileState, into dataset: inout Dataset) throws {
        guard let header = table.header, !table.ended else { return }
        if row.isBlank { return }
        if table.skipWindow > 0 {
            table.skipWindow -= 1
            if HeaderReader.isColumnNumberRow(row) {
                table.report.skipped.append("\(table.rowsText(row.index, row.index)): column numbers")
                return
            }
            if let units = HeaderReader.units(in: row), !units.keys.contains(header.provinceColumn) || units.count > 1 {
                try applyUnitsRow(units, row: row, table: &table, state: state)
                table.report.skipped.append("\(table.rowsText(row.index, row.index)): units")
                return
            }
        }
        // A column whose header names nothing known may hold remarks, not figures.
        for (column, text) in header.unknownColumns {
            guard let value = row.value(at: column), value.isFigureLike else { continue }
            if case .text(let written) = value, StatisticalMarker(text: written) != nil { continue }
            throw InputError(file: state.file, line: table.line(row: header.headerRow, column: column), field: text,
                             message: "column \(quoted(text)) is not a known indicator, but it holds figures (\(quoted(value.shown)) at \(table.rowsText(row.index, row.index))); "
                                + "did you mean \(catalog.suggestions(for: HeaderWords.splitUnit(text).label).joined(separator: ", "))? "
                                + "(header words such as \"Số HTX\", \"Số thành viên\", \"Số QTDND\", an id such as new_htx; add your own with \(option: .indicatorFile), or delete the column)")
        }
        let provinceText = row.text(at: header.provinceColumn)
        let figureColumns = header.figureColumns + [header.column(.value)].compactMap { $0 }
        let hasFigures = figureColumns.contains { row.value(at: $0)?.isFigureLike ?? false }
        if provinceText.isEmpty {
            if hasFigures {
                throw InputError(file: state.file, line: table.line(row: row.index, column: header.provinceColumn), field: "province",
                                 message: "the province is empty but the row has figures; write the province, or \"Tổng cộng\" for a total row")
            }
            return endTable(at: row, table: &table, why: "no province")
        }
        switch provinceCellKind(provinceText) {
        case .total:
            table.report.totalRows += 1
            return try figures(row, provinceText: provinceText, total: true, table: &table, state: &state, into: &dataset)
        case .region:
            table.report.skipped.append("\(table.rowsText(row.index, row.index)): regional subtotal (\(provinceText))")
            return
        case .province:
            break
        case .other:
            if hasFigures && !HeaderWords.isSignature(provinceText) {
                // A province the registry does not know: the usual error with suggestions.
                _ = try resolveProvince(provinceText, period: defaultPeriod ?? Period(year: 2024), file: state.file,
                                        line: table.line(row: row.index, column: header.provinceColumn))
                return
            }
            return endTable(at: row, table: &table, why: quoted(String(provinceText.prefix(40))))
        }
        table.report.dataRows += 1
        try figures(row, provinceText: provinceText, total: false, table: &table, state: &state, into: &dataset)
    }

    private func endTable(at row: GridRow, table: inout OfficeTable, why: String) {
        table.ended = true
        table.report.skipped.append("the table ends at \(table.rowsText(row.index, row.index)) (\(why)); the rows below are not read")
    }

    /// A year cell's text read once per distinct text.
    private mutating func periodReading(_ text: String) -> PeriodText.Reading {
        if let known = periodTexts[text] { return known }
        let reading = PeriodText.read(text)
        if periodTexts.count < 4096 { periodTexts[text] = reading }
        return reading
    }

    /// What a province cell's text is, settled once per distinct text (a sheet repeats its provinces).
    private mutating func provinceCellKind(_ text: String) -> ProvinceCellKind {
        if let known = provinceCellKinds[text] { return known }
        let label = HeaderWords.key(text)
        let kind: ProvinceCellKind
        if HeaderWords.totalRows.contains(label) || ClusterTotal.isClusterLabel(text) || label.hasPrefix("tong so ") || label.hasPrefix("tong cong ") {
            kind = .total
        } else if !registry.candidates(for: ProvinceNameForms.canonical(text).name).isEmpty {
            kind = .province
        } else if Set(registry.provinces.compactMap { $0.region?.matchingKey }).contains(text.matchingKey) {
            kind = .region
        } else {
            kind = .other
        }
        if provinceCellKinds.count < 4096 { provinceCellKinds[text] = kind }
        return kind
    }

    private mutating func applyUnitsRow(_ units: [Int: UnitExpression], row: GridRow, table: inout OfficeTable, state: FileState) throws {
        guard var header = table.header else { return }
        for (column, written) in units {
            guard case .figure(let indicator, let period, let scale)? = header.roles[column],
                  let index = indicator ?? table.fixedIndicator, let target = indicatorUnits[index] else { continue }
            guard let factor = written.factor(into: target) else {
                throw InputError(file: state.file, line: table.line(row: row.index, column: column), field: catalog.indicators[index].id,
                                 message: "the units row gives \(quoted(row.text(at: column))), but \(catalog.indicators[index].id) is in \(catalog.indicators[index].unitVi); "
                                    + "give the figures in \(catalog.indicators[index].unitVi) (a scale such as nghìn, triệu or tỷ is converted)")
            }
            header.roles[column] = .figure(indicator: indicator, period: period, scale: scale * factor)
        }
        table.header = header
    }

    /// Stores the figures of a province or total row.
    private mutating func figures(_ row: GridRow, provinceText: String, total: Bool, table: inout OfficeTable, state: inout FileState,
                                  into dataset: inout Dataset) throws {
        let header = table.header!
        let provinceLine = table.line(row: row.index, column: header.provinceColumn)
        // The row's period, when it has a year column.
        var rowPeriod: Period?
        if let yearColumn = header.yearColumn {
            let line = table.line(row: row.index, column: yearColumn)
            guard let value = row.value(at: yearColumn) else {
                return try report(InputError(file: state.file, line: line, field: "year", message: "the year is empty; \(PeriodText.accepted)"))
            }
            switch value {
            case .number(let number):
                rowPeriod = PeriodText.period(ofNumber: number)
            case .date(let day):
                rowPeriod = Period.acceptedYears.contains(day.year) ? Period(year: day.year) : nil
                if rowPeriod != nil { notes.add(file: state.file, line: line, text: day.description, reading: "a date in the year column, read as its year") }
            case .text(let text):
                switch periodReading(text) {
                case .period(let period): rowPeriod = period
                case .quarter(let written):
                    return try report(InputError(file: state.file, line: line, field: "year", message: "\(quoted(written)): \(PeriodText.refusal)"))
                case .none: break
                }
            default: break
            }
            guard rowPeriod != nil else {
                return try report(InputError(file: state.file, line: line, field: "year", message: "\(quoted(value.shown)) is not a period; \(PeriodText.accepted)"))
            }
        }
        let qualifier = try header.column(.qualifier).map { try qualifierCell(row.text(at: $0), file: state.file, line: table.line(row: row.index, column: $0)) } ?? .empty
        if case .invalid = qualifier { return }
        let source = header.column(.source).map { internedText(row.text(at: $0)) } ?? InternedText.none
        let note = header.column(.note).map { internedText(row.text(at: $0)) } ?? InternedText.none
        let unit = header.column(.unit).map { internedText(row.text(at: $0)) } ?? InternedText.none

        func place(for period: Period?) throws -> Place? {
            guard let period = period ?? rowPeriod ?? defaultPeriod else { return nil }
            if total {
                let label = provinceText.nfc
                if let known = clusterLabels.firstIndex(of: label) { return .clusterTotal(label: known, period) }
                clusterLabels.append(label)
                return .clusterTotal(label: clusterLabels.count - 1, period)
            }
            return try officePlace(provinceText, period: period, file: state.file, line: provinceLine)
        }

        if let indicatorColumn = header.column(.indicatorName), let valueColumn = header.column(.value) {
            let line = table.line(row: row.index, column: valueColumn)
            guard let place = try place(for: nil) else { return }
            let indicatorText = Array(row.text(at: indicatorColumn).utf8)
            guard let indicatorIndex = try indicatorText.withUnsafeBufferPointer({ try resolveIndicator($0, file: state.file, line: table.line(row: row.index, column: indicatorColumn)) }) else { return }
            try cellFigure(row.value(at: valueColumn), indicatorIndex: indicatorIndex, place: place, qualifier: qualifier, unit: unit, source: source, note: note,
                           scale: 1, field: "value", line: line, state: &state, into: &dataset)
            return
        }
        for column in header.figureColumns {
            guard case .figure(let indicator, let period, let scale)? = header.roles[column],
                  let indicatorIndex = indicator ?? table.fixedIndicator else { continue }
            guard let value = row.value(at: column) else { continue }
            guard let place = try place(for: period) else { continue }
            try cellFigure(value, indicatorIndex: indicatorIndex, place: place, qualifier: qualifier, unit: unit, source: source, note: note,
                           scale: scale, field: catalog.indicators[indicatorIndex].id, line: table.line(row: row.index, column: column),
                           state: &state, into: &dataset)
        }
    }

    private mutating func internedText(_ text: String) -> InternedText.ID {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { interned($0) }
    }

    /// A province cell of an office table in a period, with the name forms offices write and the
    /// merger's "(mới)" / "(cũ)".
    private mutating func officePlace(_ text: String, period: Period, file: String, line: Int) throws -> Place? {
        let province = Array(text.utf8)
        let year = Array(period.description.utf8)
        return try province.withUnsafeBufferPointer { province in
            try year.withUnsafeBufferPointer { year in try resolvePlace(province: province, year: year, file: file, line: line) }
        }
    }

    /// One figure cell: numbers as the cell holds them, text through the reader of written values.
    mutating func cellFigure(_ value: CellValue?, indicatorIndex: Int, place: Place, qualifier: QualifierCell, unit: InternedText.ID,
                             source: InternedText.ID, note: InternedText.ID, scale: Double, field: String, line: Int,
                             state: inout FileState, into dataset: inout Dataset) throws {
        guard let value else {
            if field == "value" {
                try report(InputError(file: state.file, line: line, field: field, message: "the value is empty; write the figure, or leave the row out when it was not reported"))
            }
            return
        }
        let indicator = catalog.indicators[indicatorIndex]
        func fail(_ message: String) throws { try report(InputError(file: state.file, line: line, field: field, message: message)) }
        var bound = ValueBound.exact
        if case .bound(let column) = qualifier { bound = column }
        switch value {
        case .number(let number):
            try store(number * scale, text: { quoted(value.shown) }, indicatorIndex: indicatorIndex, place: place, bound: bound, unit: unit,
                      source: source, note: note, field: field, line: line, state: &state, into: &dataset)
        case .percent(let fraction):
            guard indicatorFacts[indicatorIndex].allowsPercent else {
                return try fail("\(quoted(value.shown)) is a percentage, but \(indicator.id) is in \(indicator.unitVi); give the figure in \(indicator.unitVi)")
            }
            try store(fraction * 100, text: { quoted(value.shown) }, indicatorIndex: indicatorIndex, place: place, bound: bound, unit: unit,
                      source: source, note: note, field: field, line: line, state: &state, into: &dataset)
        case .text(let text):
            let bytes = Array(text.utf8)
            try bytes.withUnsafeBufferPointer { buffer in
                try figure(buffer, indicatorIndex: indicatorIndex, place: place, qualifier: qualifier, unit: unit, source: source, note: note,
                           wide: field != "value", line: line, state: &state, into: &dataset, field: field, scale: scale)
            }
        case .boolean:
            try fail("\(quoted(value.shown)) is a true/false cell, not a figure; write the number")
        case .date(let day):
            try fail("\(day) is a date, not a figure; format the cell as a number (Excel: Format Cells › Number)")
        case .error(let code):
            try fail("the cell holds the spreadsheet error \(code); correct the formula, or leave the cell empty when there is no figure")
        case .formulaWithoutValue(let formula):
            try fail("the formula =\(formula) has no saved result; open and save the file in Excel or LibreOffice (coopchart reads the results a spreadsheet saved, it computes no formulas)")
        }
    }
}
