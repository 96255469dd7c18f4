import CoopFormatting
import CoopWorkbook

/// Stage 4: the figures of the province and total rows, with their periods.
extension ReadSession {
    // MARK: Stage 4: figures

    /// Reads the figures of the province and total rows, and decides what the "Cộng" and "Cụm …" rows
    /// are from the whole table.
    mutating func readFigures(_ table: inout OfficeTable, state: inout FileState, into dataset: inout Dataset) throws {
        let grid = table.grid
        let header = table.header!
        // "Cộng" is the table's total when the table has no groups and one such row; otherwise subtotals.
        let hasGroups = table.body.contains { $0.role == .heading } || table.body.filter({ $0.role == .subtotal }).count > 1
        let hasTotal = table.body.contains { $0.role == .total }
        for index in table.body.indices where table.body[index].role == .subtotal {
            let row = grid.rows[table.body[index].position]
            if let label = label(of: row, header: header, grid: grid), labelKind(label.text) == .sum, !hasGroups, !hasTotal {
                table.body[index].role = .total
            }
        }
        if let yearColumn = header.yearColumn {
            for (position, role) in table.body where role == .province {
                switch grid.rows[position].value(at: yearColumn) {
                case .number(let number)?: if let period = PeriodText.period(ofNumber: number) { table.provincePeriods.insert(period) }
                case .text(let text)?: if case .period(let period) = periodReading(text) { table.provincePeriods.insert(period) }
                case .date(let day)?: table.provincePeriods.insert(Period(year: day.year))
                default: break
                }
            }
        }
        for (position, role) in table.body where role == .province || role == .unreported || role == .total {
            let row = grid.rows[position]
            // A column whose header names nothing known may hold remarks, not figures.
            for (column, text) in header.unknownColumns {
                guard let value = row.value(at: column), value.isFigureLike else { continue }
                if case .text(let written) = value, StatisticalMarker(text: written) != nil { continue }
                throw InputError(
                    file: state.file, line: grid.line(row: header.headerRow, column: column), field: text,
                    message:
                        "column \(quoted(text)) is not a known indicator, but it holds figures (\(quoted(value.shown)) at \(grid.rowsText(row.index, row.index))); "
                        + "did you mean \(catalog.suggestions(for: HeaderWords.splitUnit(text).label).joined(separator: ", "))? "
                        + "(header words such as \"Số HTX\", \"Số thành viên\", \"Số QTDND\", an id such as new_htx; add your own with \(option: .indicatorFile), or delete the column)",
                    vietnamese:
                        "cột \(quoted(text)) không phải chỉ tiêu đã biết, nhưng có số liệu (\(quoted(value.shown)) ở \(grid.rowsTextVi(row.index, row.index))); "
                        + "có phải là \(catalog.suggestions(for: HeaderWords.splitUnit(text).label).joined(separator: ", "))? "
                        + "(các tiêu đề như \"Số HTX\", \"Số thành viên\", \"Số QTDND\", hoặc mã như new_htx; thêm chỉ tiêu riêng bằng \(option: .indicatorFile), hoặc xoá cột)"
                )
            }
            guard let label = label(of: row, header: header, grid: grid) else { continue }
            let before = dataset.observations.count
            try figures(row, provinceText: label.text, total: role == .total, table: table, state: &state, into: &dataset)
            // A province the table lists without a figure is one that did not report: it stays among the
            // period's provinces, missing, so no ranking or chart leaves it out without a word.
            let line = grid.line(row: row.index, column: header.provinceColumn)
            if role != .total, dataset.observations.count == before, let period = table.period,
                case .province(let index, let listedPeriod)? = try officePlace(RowLabels.cleaned(label.text), period: period, file: state.file, line: line)
            {
                dataset.list(province: index, period: listedPeriod, origin: SourceLocation(file: state.file, line: line))
            }
        }
    }

    /// Stores the figures of a province or total row.
    mutating func figures(
        _ row: GridRow, provinceText: String, total: Bool, table: OfficeTable, state: inout FileState,
        into dataset: inout Dataset
    ) throws {
        let grid = table.grid
        let header = table.header!
        let provinceLine = grid.line(row: row.index, column: header.provinceColumn)
        // The row's period, when it has a year column.
        var rowPeriod: Period?
        if let yearColumn = header.yearColumn {
            let line = grid.line(row: row.index, column: yearColumn)
            if let value = row.value(at: yearColumn) {
                switch value {
                case .number(let number):
                    rowPeriod = PeriodText.period(ofNumber: number)
                case .date(let day):
                    rowPeriod = Period.acceptedYears.contains(day.year) ? Period(year: day.year) : nil
                    if rowPeriod != nil {
                        notes.add(file: state.file, line: line, text: day.description, reading: "a date in the year column, read as its year")
                    }
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
                    return try report(
                        InputError(file: state.file, line: line, field: "year", message: "\(quoted(value.shown)) is not a period; \(PeriodText.accepted)"))
                }
            } else if total, table.provincePeriods.count == 1 {
                // A total row often leaves the year empty: it is the year of the table's provinces.
                rowPeriod = table.provincePeriods.first
            } else if total, table.provincePeriods.isEmpty {
                return  // no province read (all hidden or not reported): the total has nothing to be the total of
            } else {
                return try report(InputError(file: state.file, line: line, field: "year", message: "the year is empty; \(PeriodText.accepted)"))
            }
        }
        let qualifier =
            try header.column(.qualifier).map { try qualifierCell(row.text(at: $0), file: state.file, line: grid.line(row: row.index, column: $0)) } ?? .empty
        if case .invalid = qualifier { return }
        let source = header.column(.source).map { internedText(row.text(at: $0)) } ?? ReadingTexts.none
        let note = header.column(.note).map { internedText(row.text(at: $0)) } ?? ReadingTexts.none
        let unit = header.column(.unit).map { internedText(row.text(at: $0)) } ?? ReadingTexts.none
        let code = header.codeColumn.flatMap { column in
            column == header.provinceColumn ? nil : row.value(at: column).map { (column, $0.shown.trimmedWhitespace) }
        }

        func place(for period: Period?) throws -> Place? {
            guard let period = period ?? rowPeriod ?? table.period else { return nil }
            if total {
                let label = provinceText.nfc
                if let known = clusterLabels.firstIndex(of: label) { return .clusterTotal(label: known, period) }
                clusterLabels.append(label)
                return .clusterTotal(label: clusterLabels.count - 1, period)
            }
            let place = try officePlace(RowLabels.cleaned(provinceText), period: period, file: state.file, line: provinceLine)
            if let place, let code, !code.1.isEmpty, case .province(let index, _) = place {
                try checkCode(
                    code.1, against: index, name: provinceText, period: period, file: state.file,
                    line: grid.line(row: row.index, column: code.0))
            }
            return place
        }

        if let indicatorColumn = header.column(.indicatorName), let valueColumn = header.column(.value) {
            let line = grid.line(row: row.index, column: valueColumn)
            guard let place = try place(for: nil) else { return }
            let indicatorText = Array(row.text(at: indicatorColumn).utf8)
            guard
                let indicatorIndex = try indicatorText.withUnsafeBufferPointer({
                    try resolveIndicator($0, file: state.file, line: grid.line(row: row.index, column: indicatorColumn))
                })
            else { return }
            try cellFigure(
                row.value(at: valueColumn), indicatorIndex: indicatorIndex, place: place, qualifier: qualifier, unit: unit, source: source, note: note,
                scale: 1, field: "value", line: line, state: &state, into: &dataset)
            return
        }
        for column in header.figureColumns {
            guard case .figure(let indicator, let period, let scale, let estimate)? = header.roles[column],
                let indicatorIndex = indicator ?? table.fixedIndicator
            else { continue }
            guard let value = row.value(at: column) else { continue }
            if case .text(let text) = value, NotReported.matches(text) {
                notes.add(file: state.file, line: grid.line(row: row.index, column: column), text: text, reading: "not reported: left missing, never 0")
                continue
            }
            guard let place = try place(for: period) else { continue }
            var cellQualifier = qualifier
            if case .empty = qualifier, estimate || (period == nil && rowPeriod == nil && table.periodEstimate) { cellQualifier = .estimate }
            try cellFigure(
                value, indicatorIndex: indicatorIndex, place: place, qualifier: cellQualifier, unit: unit, source: source, note: note,
                scale: scale, field: catalog.indicators[indicatorIndex].id, line: grid.line(row: row.index, column: column),
                state: &state, into: &dataset)
        }
    }

    /// A code beside the name must name the same unit in the period: a table whose codes were re-keyed to
    /// the 2025 codes would otherwise put Bắc Ninh's figures under Bắc Giang.
    mutating func checkCode(_ code: String, against index: Int, name: String, period: Period, file: String, line: Int) throws {
        let unit = registry.provinces[index]
        switch registry.resolve(code, in: period) {
        case .found(let coded) where coded == index:
            return
        case .found(let coded):
            let other = registry.provinces[coded]
            try report(
                InputError(
                    file: file, line: line, field: "code",
                    message:
                        "the code \(quoted(code)) is \(other.name) in \(period), but the name beside it is \(quoted(name)) (\(unit.name), code \(unit.code)); "
                        + "correct the code or the name (codes changed meaning on 1 July 2025: 24 was Bắc Giang and is now Bắc Ninh)",
                    vietnamese:
                        "mã \(quoted(code)) là \(other.name) trong kỳ \(period), nhưng tên bên cạnh là \(quoted(name)) (\(unit.name), mã \(unit.code)); "
                        + "sửa lại mã hoặc tên (mã tỉnh đổi nghĩa từ 1/7/2025: 24 trước là Bắc Giang, nay là Bắc Ninh)"))
        default:
            try report(
                InputError(
                    file: file, line: line, field: "code",
                    message:
                        "\(quoted(code)) is not a province code in \(period), but the name beside it is \(quoted(name)) (code \(unit.code)); correct the code",
                    vietnamese: "\(quoted(code)) không phải mã tỉnh trong kỳ \(period), trong khi tên bên cạnh là \(quoted(name)) (mã \(unit.code)); sửa lại mã"
                ))
        }
    }

    // MARK: Helpers

    mutating func applyUnitsRow(_ units: [Int: UnitExpression], row: GridRow, table: inout OfficeTable, state: FileState) throws {
        guard var header = table.header else { return }
        for (column, written) in units {
            guard case .figure(let indicator, let period, let scale, let estimate)? = header.roles[column],
                let index = indicator ?? table.fixedIndicator, let target = indicatorUnits[index]
            else { continue }
            guard let factor = written.factor(into: target) else {
                throw InputError(
                    file: state.file, line: table.grid.line(row: row.index, column: column), field: catalog.indicators[index].id,
                    message:
                        "the units row gives \(quoted(row.text(at: column))), but \(catalog.indicators[index].id) is in \(catalog.indicators[index].unitVi); "
                        + "give the figures in \(catalog.indicators[index].unitVi) (a scale such as nghìn, triệu or tỷ is converted)")
            }
            header.roles[column] = .figure(indicator: indicator, period: period, scale: scale * factor, estimate: estimate)
        }
        table.header = header
    }

    /// A year cell's text read once per distinct text.
    mutating func periodReading(_ text: String) -> PeriodText.Reading {
        if let known = periodTexts[text] { return known }
        let reading = PeriodText.read(text)
        if periodTexts.count < 4096 { periodTexts[text] = reading }
        return reading
    }

    mutating func internedText(_ text: String) -> ReadingTexts.ID {
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { interned($0) }
    }

    /// A province cell of an office table in a period, with the name forms offices write and the
    /// merger's "(mới)" / "(cũ)".
    mutating func officePlace(_ text: String, period: Period, file: String, line: Int) throws -> Place? {
        let province = Array(text.utf8)
        let year = Array(period.description.utf8)
        return try province.withUnsafeBufferPointer { province in
            try year.withUnsafeBufferPointer { year in try resolvePlace(province: province, year: year, file: file, line: line) }
        }
    }

    /// One figure cell: numbers as the cell holds them, text through the reader of written values.
    mutating func cellFigure(
        _ value: CellValue?, indicatorIndex: Int, place: Place, qualifier: QualifierCell, unit: ReadingTexts.ID,
        source: ReadingTexts.ID, note: ReadingTexts.ID, scale: Double, field: String, line: Int,
        state: inout FileState, into dataset: inout Dataset
    ) throws {
        guard let value else {
            if field == "value" {
                try report(
                    InputError(
                        file: state.file, line: line, field: field,
                        message: "the value is empty; write the figure, or leave the row out when it was not reported"))
            }
            return
        }
        let indicator = catalog.indicators[indicatorIndex]
        func fail(_ message: String, vietnamese: String? = nil) throws {
            try report(InputError(file: state.file, line: line, field: field, message: message, vietnamese: vietnamese))
        }
        var bound = ValueBound.exact
        switch qualifier {
        case .bound(let column): bound = column
        case .estimate: bound = .approx
        default: break
        }
        switch value {
        case .number(let number):
            try store(
                scale == 1 ? number : CellValue.displayed(number * scale), text: { quoted(value.shown) }, indicatorIndex: indicatorIndex, place: place,
                bound: bound, unit: unit, source: source, note: note, field: field, line: line, state: &state, into: &dataset)
        case .percent(let fraction):
            guard indicatorFacts[indicatorIndex].allowsPercent else {
                return try fail("\(quoted(value.shown)) is a percentage, but \(indicator.id) is in \(indicator.unitVi); give the figure in \(indicator.unitVi)")
            }
            try store(
                CellValue.percentFigure(ofFraction: fraction), text: { quoted(value.shown) }, indicatorIndex: indicatorIndex, place: place, bound: bound,
                unit: unit, source: source, note: note, field: field, line: line, state: &state, into: &dataset)
        case .text(let text):
            let bytes = Array(text.utf8)
            try bytes.withUnsafeBufferPointer { buffer in
                try figure(
                    buffer, indicatorIndex: indicatorIndex, place: place, qualifier: qualifier, unit: unit, source: source, note: note,
                    wide: field != "value", line: line, state: &state, into: &dataset, field: field, scale: scale)
            }
        case .boolean:
            try fail(
                "\(quoted(value.shown)) is a true/false cell, not a figure; write the number",
                vietnamese: "\(quoted(value.shown)) là ô đúng/sai, không phải số liệu; hãy ghi số")
        case .date(let day):
            try fail(
                "\(day) is a date, not a figure; format the cell as a number (Excel: Format Cells › Number)",
                vietnamese: "\(day) là ngày tháng, không phải số liệu; định dạng ô là số (Excel: Format Cells › Number)")
        case .error(let code):
            try fail(
                "the cell holds the spreadsheet error \(code); correct the formula, or leave the cell empty when there is no figure",
                vietnamese: "ô chứa lỗi bảng tính \(code); sửa công thức, hoặc để trống ô khi không có số liệu")
        case .formulaWithoutValue(let formula):
            try fail(
                "the formula =\(formula) has no result coopchart can trust (it was never computed, or the workbook asks to be recalculated when opened, "
                    + "as programs that write formulas without computing them save it); open the file in Excel or LibreOffice and save it again "
                    + "(coopchart reads the results a spreadsheet saved, it computes no formulas)",
                vietnamese:
                    "công thức =\(formula) không có kết quả tin cậy được (chưa từng được tính, hoặc bảng tính yêu cầu tính lại khi mở, như các chương trình "
                    + "ghi công thức mà không tính vẫn lưu); hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại (coopchart đọc kết quả bảng tính đã lưu, không tự tính công thức)"
            )
        }
    }
}

/// A province's figure cells that say it did not report ("Chưa gửi báo cáo", "Không báo cáo").
enum NotReported {
    static func matches(_ text: String) -> Bool {
        // Runs for every figure written as text: only a cell starting like one of the phrases is looked at.
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }), "cCkKnN".unicodeScalars.contains(first) else { return false }
        let key = HeaderWords.key(text)
        return phrases.contains { key.hasPrefix($0) }
    }

    private static let phrases = [
        "chua gui bao cao", "chua bao cao", "khong bao cao", "chua co bao cao", "chua co so lieu", "khong co so lieu",
        "chua gui", "chua nop bao cao", "chua tong hop", "not reported", "no report",
    ]
}
