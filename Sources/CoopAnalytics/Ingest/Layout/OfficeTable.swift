import CoopFormatting
import CoopWorkbook

/// One table as offices lay it out, in a sheet or a CSV file, as the stages read it: the cells of the
/// whole sheet (`SheetGrid`), the header (`readHeader`), every row's role from the header to the
/// table's end (`assignRoles`), then the figures with their periods (`readFigures`). A table ends at
/// its signature block or notes, at the title of a table below it, or at the end of the sheet; a row in
/// between that is not understood is an error at its cell.
struct OfficeTable {
    let grid: SheetGrid
    /// Positions in `grid.rows`: the rows above the header (titles), and the header's rows.
    let titleRows: Range<Int>
    let headerRows: ClosedRange<Int>
    /// Which table of the sheet this is (1 for the first).
    let number: Int
    var header: TableHeader?
    /// Every row under the header up to the table's end, with its role (positions in `grid.rows`).
    var body: [(position: Int, role: RowRole)] = []
    var fixedIndicator: Int?
    /// The period of figures whose column and row give none, and where it came from.
    var period: Period?
    var periodEstimate = false
    var periodSource = ""
    var layout = ""
    var remarks: [String] = []
    /// Subtotals and totals, and what checking them against their provinces found.
    var checks: [String] = []
    /// The periods the province rows' year cells give (a table with a year column).
    var provincePeriods: Set<Period> = []

    /// How many rows the first table's header may lie below the top of the sheet.
    static let headerSearchRows = 60

    init(grid: SheetGrid, titleRows: Range<Int>, headerRows: ClosedRange<Int>, number: Int) {
        self.grid = grid
        self.titleRows = titleRows
        self.headerRows = headerRows
        self.number = number
    }

    func rows(_ role: RowRole) -> [GridRow] { body.filter { $0.role == role }.map { grid.rows[$0.position] } }
}

extension ReadSession {
    /// Reads every table of a sheet (or of a CSV file laid out as offices lay out tables) and returns
    /// how many were found (0: no header names a province column).
    mutating func readOfficeGrid(_ whole: SheetGrid, state: inout FileState, into dataset: inout Dataset) throws -> Int {
        let grid = visibleOnly ? whole.visibleOnly() : whole
        let reader = HeaderReader(catalog: catalog)
        var start = 0
        var count = 0
        while start < grid.rows.count {
            let limit = count == 0 ? min(grid.rows.count, start + OfficeTable.headerSearchRows) : grid.rows.count
            guard let key = (start..<limit).first(where: { reader.isKeyRow(grid.rows[$0]) }) else { break }
            var table = try readHeader(grid: grid, titleStart: start, key: key, number: count + 1, state: state)
            let next = try assignRoles(&table, state: state)
            let before = dataset.observations.count + dataset.clusterTotals.count
            try readFigures(&table, state: &state, into: &dataset)
            try checkTotals(&table, state: state)
            tellHidden(table, whole: whole, state: state)
            notes.sheets.append(table.report(figures: dataset.observations.count + dataset.clusterTotals.count - before, whole: whole, visibleOnly: visibleOnly, catalog: catalog))
            count += 1
            start = next
        }
        return count
    }

    // MARK: Stage 2: every row's role

    /// Gives every row under the header its role, up to the table's end; returns the position where the
    /// next table's rows (its titles) begin, or the end of the sheet.
    private mutating func assignRoles(_ table: inout OfficeTable, state: FileState) throws -> Int {
        let grid = table.grid
        let header = table.header!
        let reader = HeaderReader(catalog: catalog)
        let rows = grid.rows
        var position = table.headerRows.upperBound + 1
        var ended = false
        var window = 2
        while position < rows.count {
            let row = rows[position]
            if ended {
                // Below the signature or notes: a new table, or rows that are not part of this one.
                if reader.isKeyRow(row) { return startOfTitles(before: position, table: &table) }
                if let label = label(of: row, header: header, grid: grid), labelKind(label.text) == .province, hasFigures(row, header: header) {
                    try report(InputError(file: state.file, line: grid.line(row: row.index, column: label.column), field: "province",
                                          message: "\(quoted(label.text)) has figures but stands below the end of the table (\(grid.rowsText(table.body.last(where: { $0.role == .end }).map { rows[$0.position].index } ?? row.index, row.index))); "
                                            + "move the signature or notes under the last province, or delete the row",
                                          vietnamese: "\(quoted(label.text)) có số liệu nhưng nằm dưới phần kết thúc của bảng; chuyển phần chữ ký hoặc ghi chú xuống dưới tỉnh cuối cùng, hoặc xoá dòng này"))
                    table.body.append((position, .notUnderstood))
                } else {
                    table.body.append((position, .afterTable))
                }
                position += 1
                continue
            }
            if window > 0 {
                window -= 1
                if HeaderReader.isColumnNumberRow(row), label(of: row, header: header, grid: grid).map({ labelKind($0.text) != .province }) ?? true {
                    table.body.append((position, .columnNumbers))
                    position += 1
                    continue
                }
                if let units = HeaderReader.units(in: row), !units.keys.contains(header.provinceColumn) || units.count > 1 {
                    try applyUnitsRow(units, row: row, table: &table, state: state)
                    table.body.append((position, .units))
                    position += 1
                    continue
                }
            }
            let role = try role(of: row, at: position, table: &table, state: state)
            switch role {
            case nil:
                // The title of the next table (or its header): this table ends here, and the rows
                // without a province or figures right above are that table's titles.
                return startOfTitles(before: position, table: &table)
            case .end?:
                ended = true
                table.body.append((position, .end))
            case let role?:
                table.body.append((position, role))
            }
            position += 1
        }
        return rows.count
    }

    /// The first of the rows between a table's end and the next header that are the next table's
    /// titles: the rows right above that header, back to the last signature or note line.
    private func startOfTitles(before key: Int, table: inout OfficeTable) -> Int {
        let rows = table.grid.rows
        var start = key
        while let last = table.body.last, last.position == start - 1, [.afterTable, .empty, .end].contains(last.role),
              !rows[start - 1].cells.contains(where: { if case .text(let text) = $0.value { return RowLabels.isSignature(text.trimmedWhitespace) }; return false }) {
            start -= 1
            table.body.removeLast()
        }
        return start
    }

    /// One row's role; nil when the row starts the titles of another table below.
    private mutating func role(of row: GridRow, at position: Int, table: inout OfficeTable, state: FileState) throws -> RowRole? {
        let grid = table.grid
        let header = table.header!
        let figures = hasFigures(row, header: header)
        guard let label = label(of: row, header: header, grid: grid) else {
            if figures {
                try report(InputError(file: state.file, line: grid.line(row: row.index, column: header.provinceColumn), field: "province",
                                      message: "the province is empty but the row has figures; write the province, or \"Tổng cộng\" for a total row",
                                      vietnamese: "ô tỉnh để trống nhưng dòng có số liệu; ghi tên tỉnh, hoặc \"Tổng cộng\" cho dòng tổng"))
                return .notUnderstood
            }
            return .empty
        }
        switch labelKind(label.text) {
        case .province:
            return figures || !onlyNotReported(row, header: header) ? .province : .unreported
        case .total: return .total
        case .sum: return .subtotal
        case .cluster: return figures ? .total : .heading
        case .group: return figures ? .subtotal : .heading
        case .part: return .part
        case .end: return .end
        case .other:
            if HeaderReader(catalog: catalog).isKeyRow(row) || startsTitles(at: position, table: table) { return nil }
            let cleaned = RowLabels.cleaned(label.text)
            let suggestions = registry.suggestions(for: ProvinceNameForms.canonical(cleaned).name)
            let what = figures ? "the row has figures, but " : ""
            let whatVi = figures ? "dòng có số liệu, nhưng " : ""
            try report(InputError(file: state.file, line: grid.line(row: row.index, column: label.column), field: "province",
                                  message: "\(what)\(quoted(label.text)) is neither a province, a total (\"Tổng số\", \"Tổng cộng\"), a subtotal (\"Cộng\", \"Vùng …\"), "
                                    + "a heading (\"I. …\") nor a note; did you mean \(suggestions.joined(separator: ", "))? Correct the name (with or without diacritics, "
                                    + "or the two-digit code; `coopchart provinces` lists them), or delete the row",
                                  vietnamese: "\(whatVi)\(quoted(label.text)) không phải tên tỉnh, dòng tổng (\"Tổng số\", \"Tổng cộng\"), dòng cộng (\"Cộng\", \"Vùng …\"), "
                                    + "dòng tiêu đề nhóm (\"I. …\") hay ghi chú; có phải là \(suggestions.joined(separator: ", "))? Sửa lại tên (có dấu hoặc không dấu, "
                                    + "hoặc mã tỉnh hai chữ số), hoặc xoá dòng này"))
            return .notUnderstood
        }
    }

    /// Whether the rows from `position` on, up to a header within a few rows, are all titles (text
    /// without figures): a second table stands below.
    private func startsTitles(at position: Int, table: OfficeTable) -> Bool {
        let reader = HeaderReader(catalog: catalog)
        let rows = table.grid.rows
        var next = position
        while next < rows.count, next < position + 8 {
            let row = rows[next]
            if next > position, reader.isKeyRow(row) { return true }
            if hasFigures(row, header: table.header!) { return false }
            if let label = label(of: row, header: table.header!, grid: table.grid), ![.other, .end].contains(labelKindWithoutCaching(label.text)) { return false }
            next += 1
        }
        return false
    }

    /// A row's label: the text of its province cell, or of the merged cell over it ("TỔNG SỐ" merged
    /// across STT and province), or, where no merge is known, a total or heading word in a column left
    /// of it (the STT column).
    func label(of row: GridRow, header: TableHeader, grid: SheetGrid) -> (text: String, column: Int)? {
        let text = row.text(at: header.provinceColumn)
        if !text.isEmpty { return (text, header.provinceColumn) }
        if let merge = grid.merge(covering: row.index, header.provinceColumn), merge.first.row == row.index,
           let anchor = row.value(at: merge.first.column), !anchor.shown.trimmedWhitespace.isEmpty {
            return (anchor.shown.trimmedWhitespace, merge.first.column)
        }
        if let code = header.codeColumn, code != header.provinceColumn {
            let text = row.text(at: code)
            if !text.isEmpty { return (text, code) }
        }
        let firstFigure = header.figureColumns.first ?? Int.max
        for cell in row.cells where cell.column < min(firstFigure, header.provinceColumn + 1) {
            guard case .text(let raw) = cell.value else { continue }
            let text = raw.trimmedWhitespace
            if text.isEmpty { continue }
            let kind = labelKindWithoutCaching(text)
            if kind != .province && kind != .other { return (text, cell.column) }
        }
        // A signature or note anywhere in a row without figures.
        if !hasFigures(row, header: header) {
            for cell in row.cells {
                if case .text(let raw) = cell.value, RowLabels.isEnd(raw.trimmedWhitespace) { return (raw.trimmedWhitespace, cell.column) }
            }
        }
        return nil
    }

    /// Whether any figure column of the row holds a figure (a number, a percentage, a marker, a number
    /// written as text, a formula or an error).
    func hasFigures(_ row: GridRow, header: TableHeader) -> Bool {
        for column in header.figureColumns + [header.column(.value)].compactMap({ $0 }) {
            if row.value(at: column)?.isFigureLike ?? false { return true }
        }
        return false
    }

    /// A province row whose figure cells are empty or say it did not report ("Chưa gửi báo cáo").
    private func onlyNotReported(_ row: GridRow, header: TableHeader) -> Bool {
        for column in header.figureColumns + [header.column(.value)].compactMap({ $0 }) {
            guard let value = row.value(at: column) else { continue }
            guard case .text(let text) = value, NotReported.matches(text) else { return false }
        }
        return true
    }

    /// What a label's text is, settled once per distinct text (a sheet repeats its provinces).
    mutating func labelKind(_ text: String) -> LabelKind {
        if let known = labelKinds[text] { return known }
        let kind = labelKindWithoutCaching(text)
        if labelKinds.count < 4096 { labelKinds[text] = kind }
        return kind
    }

    func labelKindWithoutCaching(_ text: String) -> LabelKind {
        let key = HeaderWords.key(text)
        if key.hasPrefix("trong do") || key.hasPrefix("trong so do") { return .part }
        if RowLabels.totalLabels.contains(key) || RowLabels.totalPrefixes.contains(where: { key.hasPrefix($0) }) { return .total }
        if key == "cong" || key.hasPrefix("cong ") { return .sum }
        let cleaned = RowLabels.cleaned(text)
        if !registry.candidates(for: ProvinceNameForms.canonical(cleaned).name).isEmpty { return .province }
        if RowLabels.isEnd(text) { return .end }
        if key == "cum" || key.hasPrefix("cum ") { return .cluster }
        if RowLabels.hasGroupEnumerator(text) { return .group }
        let spaced = " " + key + " "
        if RowLabels.groupWords.contains(where: { spaced.contains(" " + $0) }) { return .group }
        if regionKeys.contains(HeaderWords.key(cleaned)) { return .group }
        // A sentence under the table: a note.
        if key.split(separator: " ").count >= 8 { return .end }
        return .other
    }

    // MARK: Stage 4: figures

    /// Reads the figures of the province and total rows, and decides what the "Cộng" and "Cụm …" rows
    /// are from the whole table.
    private mutating func readFigures(_ table: inout OfficeTable, state: inout FileState, into dataset: inout Dataset) throws {
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
        for (position, role) in table.body where role == .province || role == .total {
            let row = grid.rows[position]
            guard let label = label(of: row, header: header, grid: grid) else { continue }
            try figures(row, provinceText: label.text, total: role == .total, table: table, state: &state, into: &dataset)
        }
    }

    /// Stores the figures of a province or total row.
    private mutating func figures(_ row: GridRow, provinceText: String, total: Bool, table: OfficeTable, state: inout FileState,
                                  into dataset: inout Dataset) throws {
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
            } else if total, table.provincePeriods.count == 1 {
                // A total row often leaves the year empty: it is the year of the table's provinces.
                rowPeriod = table.provincePeriods.first
            } else {
                return try report(InputError(file: state.file, line: line, field: "year", message: "the year is empty; \(PeriodText.accepted)"))
            }
        }
        let qualifier = try header.column(.qualifier).map { try qualifierCell(row.text(at: $0), file: state.file, line: grid.line(row: row.index, column: $0)) } ?? .empty
        if case .invalid = qualifier { return }
        let source = header.column(.source).map { internedText(row.text(at: $0)) } ?? InternedText.none
        let note = header.column(.note).map { internedText(row.text(at: $0)) } ?? InternedText.none
        let unit = header.column(.unit).map { internedText(row.text(at: $0)) } ?? InternedText.none
        let code = header.codeColumn.flatMap { column in column == header.provinceColumn ? nil : row.value(at: column).map { (column, $0.shown.trimmedWhitespace) } }

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
                try checkCode(code.1, against: index, name: provinceText, period: period, file: state.file,
                              line: grid.line(row: row.index, column: code.0))
            }
            return place
        }

        if let indicatorColumn = header.column(.indicatorName), let valueColumn = header.column(.value) {
            let line = grid.line(row: row.index, column: valueColumn)
            guard let place = try place(for: nil) else { return }
            let indicatorText = Array(row.text(at: indicatorColumn).utf8)
            guard let indicatorIndex = try indicatorText.withUnsafeBufferPointer({ try resolveIndicator($0, file: state.file, line: grid.line(row: row.index, column: indicatorColumn)) }) else { return }
            try cellFigure(row.value(at: valueColumn), indicatorIndex: indicatorIndex, place: place, qualifier: qualifier, unit: unit, source: source, note: note,
                           scale: 1, field: "value", line: line, state: &state, into: &dataset)
            return
        }
        for column in header.figureColumns {
            guard case .figure(let indicator, let period, let scale, let estimate)? = header.roles[column],
                  let indicatorIndex = indicator ?? table.fixedIndicator else { continue }
            guard let value = row.value(at: column) else { continue }
            if case .text(let text) = value, NotReported.matches(text) {
                notes.add(file: state.file, line: grid.line(row: row.index, column: column), text: text, reading: "not reported: left missing, never 0")
                continue
            }
            guard let place = try place(for: period) else { continue }
            var cellQualifier = qualifier
            if case .empty = qualifier, estimate || (period == nil && rowPeriod == nil && table.periodEstimate) { cellQualifier = .estimate }
            try cellFigure(value, indicatorIndex: indicatorIndex, place: place, qualifier: cellQualifier, unit: unit, source: source, note: note,
                           scale: scale, field: catalog.indicators[indicatorIndex].id, line: grid.line(row: row.index, column: column),
                           state: &state, into: &dataset)
        }
    }

    /// A code beside the name must name the same unit in the period: a table whose codes were re-keyed to
    /// the 2025 codes would otherwise put Bắc Ninh's figures under Bắc Giang.
    private mutating func checkCode(_ code: String, against index: Int, name: String, period: Period, file: String, line: Int) throws {
        let unit = registry.provinces[index]
        switch registry.resolve(code, in: period) {
        case .found(let coded) where coded == index:
            return
        case .found(let coded):
            let other = registry.provinces[coded]
            try report(InputError(file: file, line: line, field: "code",
                                  message: "the code \(quoted(code)) is \(other.name) in \(period), but the name beside it is \(quoted(name)) (\(unit.name), code \(unit.code)); "
                                    + "correct the code or the name (codes changed meaning on 1 July 2025: 24 was Bắc Giang and is now Bắc Ninh)",
                                  vietnamese: "mã \(quoted(code)) là \(other.name) trong kỳ \(period), nhưng tên bên cạnh là \(quoted(name)) (\(unit.name), mã \(unit.code)); "
                                    + "sửa lại mã hoặc tên (mã tỉnh đổi nghĩa từ 1/7/2025: 24 trước là Bắc Giang, nay là Bắc Ninh)"))
        default:
            try report(InputError(file: file, line: line, field: "code",
                                  message: "\(quoted(code)) is not a province code in \(period), but the name beside it is \(quoted(name)) (code \(unit.code)); correct the code",
                                  vietnamese: "\(quoted(code)) không phải mã tỉnh trong kỳ \(period), trong khi tên bên cạnh là \(quoted(name)) (mã \(unit.code)); sửa lại mã"))
        }
    }

    // MARK: Checks over the whole table

    /// Subtotals against their provinces (a warning when they differ), and each total against the
    /// provinces read: a total far above them says rows were not read, an error at the total's cell.
    private mutating func checkTotals(_ table: inout OfficeTable, state: FileState) throws {
        let grid = table.grid
        let header = table.header!
        guard header.column(.value) == nil else { return }
        let sumColumns = header.figureColumns.filter { column in
            guard case .figure(let indicator, _, _, _)? = header.roles[column], let index = indicator ?? table.fixedIndicator else { return false }
            return catalog.indicators[index].aggregation == .sum && catalog.indicators[index].kind != .target
        }
        // Members of each subtotal: the provinces since the previous heading or subtotal ("Cộng" below its
        // group), or up to the next one (a group's row with figures above its provinces).
        var group: [Int] = []
        var openGroup: Int?
        var members: [Int: [Int]] = [:]
        for (position, role) in table.body {
            switch role {
            case .province, .unreported:
                group.append(position)
            case .heading, .total:
                if let open = openGroup { members[open] = group }
                openGroup = nil
                group = []
            case .subtotal:
                let row = grid.rows[position]
                let isSum = label(of: row, header: header, grid: grid).map { labelKind($0.text) == .sum } ?? false
                if let open = openGroup { members[open] = group; openGroup = nil; if !isSum { group = [] } }
                if isSum {
                    members[position] = group
                    group = []
                } else {
                    openGroup = position
                    group = []
                }
            default: break
            }
        }
        if let open = openGroup { members[open] = group }
        let provinces = table.body.filter { $0.role == .province }.map(\.position)
        for (position, role) in table.body where role == .subtotal || role == .total {
            let row = grid.rows[position]
            let name = label(of: row, header: header, grid: grid)?.text ?? ""
            let rowsOf = role == .total ? provinces : (members[position] ?? [])
            if role == .subtotal, rowsOf.isEmpty {
                table.checks.append("\(grid.rowsText(row.index, row.index)) subtotal \(quoted(name)): its provinces cannot be told, not checked")
                continue
            }
            var checked = 0
            for column in sumColumns {
                guard let stated = number(row.value(at: column), style: state.numberStyle.style) else { continue }
                let values = rowsOf.map { number(grid.rows[$0].value(at: column), style: state.numberStyle.style) }
                let known = values.compactMap { $0 }
                let sum = known.reduce(0, +)
                let id = header.labels[column] ?? grid.columnName(column)
                let line = grid.line(row: row.index, column: column)
                if role == .total {
                    // Far more in the total than in the provinces read: rows are missing from the reading.
                    if stated > 0, sum < stated / 2, !(visibleOnly && !grid.hiddenRows.isEmpty) {
                        try report(InputError(file: state.file, line: line, field: "total",
                                              message: "the total \(quoted(name)) gives \(plain(stated)) in \(quoted(id)), but the \(known.count) provinces read add up to \(plain(sum)), "
                                                + "less than half of it: the table holds figures coopchart did not read as provinces, or the total is of a larger area; "
                                                + "check the rows above, or move a total that is not this table's out of it",
                                              vietnamese: "dòng tổng \(quoted(name)) ghi \(plain(stated)) ở cột \(quoted(id)), nhưng \(known.count) tỉnh đọc được chỉ cộng lại \(plain(sum)), "
                                                + "chưa tới một nửa: bảng có số liệu không được đọc là của tỉnh nào, hoặc dòng tổng là của một địa bàn lớn hơn; "
                                                + "kiểm tra các dòng phía trên, hoặc chuyển dòng tổng không thuộc bảng này ra ngoài"))
                    }
                    continue
                }
                checked += 1
                guard known.count == values.count, abs(sum - stated) > 1e-9 * max(1, abs(stated)) else { continue }
                let first = grid.rows[rowsOf.first!].index, last = grid.rows[rowsOf.last!].index
                warn(at: SourceLocation(file: state.file, line: line),
                     "the subtotal \(quoted(name)) gives \(plain(stated)) in \(quoted(id)), but its \(rowsOf.count) provinces (\(grid.rowsText(first, last))) add up to \(plain(sum))",
                     vietnamese: "dòng cộng \(quoted(name)) ghi \(plain(stated)) ở cột \(quoted(id)), nhưng \(rowsOf.count) tỉnh của nó (\(grid.rowsTextVi(first, last))) cộng lại được \(plain(sum))")
            }
            if role == .subtotal {
                let first = grid.rows[rowsOf.first!].index, last = grid.rows[rowsOf.last!].index
                table.checks.append("\(grid.rowsText(row.index, row.index)) subtotal \(quoted(name)) of \(grid.rowsText(first, last)) (\(rowsOf.count) provinces)"
                                    + (checked > 0 ? ", checked" : ""))
            }
        }
    }

    /// A count cell's number for the checks: a number cell, or text in the file's number style (a lone
    /// separator in a count groups thousands, as the reading of figures decides it).
    private func number(_ value: CellValue?, style: NumberStyle?) -> Double? {
        switch value {
        case .number(let number)?: return number
        case .text(let text)?:
            let bytes = Array(text.utf8)
            var suffix: String?
            let reading = bytes.withUnsafeBufferPointer { ValueText.read($0, allowPercent: false, unit: nil, suffix: &suffix) }
            guard case .number(let vi, let en, _) = reading else { return nil }
            if let vi, let en {
                if vi == en { return vi }
                if let style { return style.reading(vi: vi, en: en) }
                return text.contains(".") ? vi : en
            }
            return vi ?? en
        default: return nil
        }
    }

    /// Rows and columns a person does not see: read with a warning, or left out with `--visible-only`.
    private mutating func tellHidden(_ table: OfficeTable, whole: SheetGrid, state: FileState) {
        let grid = table.grid
        guard let header = table.header, !whole.hiddenRows.isEmpty || !whole.hiddenColumns.isEmpty else { return }
        let read = table.body.filter { [.province, .total, .subtotal].contains($0.role) }.map { grid.rows[$0.position] }
        let hiddenRead = read.filter { whole.hiddenRows.contains($0.index) }
        let filtered = whole.hasFilter ? " or filtered out" : ""
        let filteredVi = whole.hasFilter ? " hoặc bị lọc bỏ" : ""
        if !visibleOnly, let first = hiddenRead.first {
            let names = hiddenRead.prefix(8).compactMap { label(of: $0, header: header, grid: grid)?.text }.joined(separator: ", ")
            let more = hiddenRead.count > 8 ? ", …" : ""
            let option = controls.visibleOnly.map { "; give \($0) to read only the rows shown" } ?? ""
            let optionVi = controls.visibleOnly.map { "; dùng \($0) để chỉ đọc các dòng đang hiển thị" } ?? ""
            warn(at: SourceLocation(file: state.file, line: grid.line(row: first.index, column: header.provinceColumn)),
                 "\(grid.runsText(hiddenRead.map(\.index))) (\(names)\(more)) \(hiddenRead.count == 1 ? "is" : "are") hidden\(filtered) in the sheet, and \(hiddenRead.count == 1 ? "was" : "were") read like the rows shown\(option)",
                 vietnamese: "\(grid.runsText(hiddenRead.map(\.index), vietnamese: true)) (\(names)\(more)) đang bị ẩn\(filteredVi) trên trang tính, và vẫn được đọc như các dòng hiển thị\(optionVi)")
        }
        let hiddenFigures = header.figureColumns.filter { whole.hiddenColumns.contains($0) }
        if !visibleOnly, let first = hiddenFigures.first {
            let names = hiddenFigures.map { "\(grid.columnName($0)) (\(quoted(header.labels[$0] ?? "")))" }.joined(separator: ", ")
            let option = controls.visibleOnly.map { "; give \($0) to read only the columns shown" } ?? ""
            let optionVi = controls.visibleOnly.map { "; dùng \($0) để chỉ đọc các cột đang hiển thị" } ?? ""
            warn(at: SourceLocation(file: state.file, line: grid.line(row: header.headerRow, column: first)),
                 "column\(hiddenFigures.count == 1 ? "" : "s") \(names) \(hiddenFigures.count == 1 ? "is" : "are") hidden in the sheet, and \(hiddenFigures.count == 1 ? "was" : "were") read\(option)",
                 vietnamese: "cột \(names) đang bị ẩn trên trang tính, và vẫn được đọc\(optionVi)")
        }
    }

    // MARK: Helpers

    private mutating func applyUnitsRow(_ units: [Int: UnitExpression], row: GridRow, table: inout OfficeTable, state: FileState) throws {
        guard var header = table.header else { return }
        for (column, written) in units {
            guard case .figure(let indicator, let period, let scale, let estimate)? = header.roles[column],
                  let index = indicator ?? table.fixedIndicator, let target = indicatorUnits[index] else { continue }
            guard let factor = written.factor(into: target) else {
                throw InputError(file: state.file, line: table.grid.line(row: row.index, column: column), field: catalog.indicators[index].id,
                                 message: "the units row gives \(quoted(row.text(at: column))), but \(catalog.indicators[index].id) is in \(catalog.indicators[index].unitVi); "
                                    + "give the figures in \(catalog.indicators[index].unitVi) (a scale such as nghìn, triệu or tỷ is converted)")
            }
            header.roles[column] = .figure(indicator: indicator, period: period, scale: scale * factor, estimate: estimate)
        }
        table.header = header
    }

    /// A year cell's text read once per distinct text.
    private mutating func periodReading(_ text: String) -> PeriodText.Reading {
        if let known = periodTexts[text] { return known }
        let reading = PeriodText.read(text)
        if periodTexts.count < 4096 { periodTexts[text] = reading }
        return reading
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
            try store(scale == 1 ? number : CellValue.displayed(number * scale), text: { quoted(value.shown) }, indicatorIndex: indicatorIndex, place: place,
                      bound: bound, unit: unit, source: source, note: note, field: field, line: line, state: &state, into: &dataset)
        case .percent(let fraction):
            guard indicatorFacts[indicatorIndex].allowsPercent else {
                return try fail("\(quoted(value.shown)) is a percentage, but \(indicator.id) is in \(indicator.unitVi); give the figure in \(indicator.unitVi)")
            }
            try store(CellValue.percentFigure(ofFraction: fraction), text: { quoted(value.shown) }, indicatorIndex: indicatorIndex, place: place, bound: bound,
                      unit: unit, source: source, note: note, field: field, line: line, state: &state, into: &dataset)
        case .text(let text):
            let bytes = Array(text.utf8)
            try bytes.withUnsafeBufferPointer { buffer in
                try figure(buffer, indicatorIndex: indicatorIndex, place: place, qualifier: qualifier, unit: unit, source: source, note: note,
                           wide: field != "value", line: line, state: &state, into: &dataset, field: field, scale: scale)
            }
        case .boolean:
            try fail("\(quoted(value.shown)) is a true/false cell, not a figure; write the number",
                     vietnamese: "\(quoted(value.shown)) là ô đúng/sai, không phải số liệu; hãy ghi số")
        case .date(let day):
            try fail("\(day) is a date, not a figure; format the cell as a number (Excel: Format Cells › Number)",
                     vietnamese: "\(day) là ngày tháng, không phải số liệu; định dạng ô là số (Excel: Format Cells › Number)")
        case .error(let code):
            try fail("the cell holds the spreadsheet error \(code); correct the formula, or leave the cell empty when there is no figure",
                     vietnamese: "ô chứa lỗi bảng tính \(code); sửa công thức, hoặc để trống ô khi không có số liệu")
        case .formulaWithoutValue(let formula):
            try fail("the formula =\(formula) has no result coopchart can trust (it was never computed, or the workbook asks to be recalculated when opened, "
                     + "as programs that write formulas without computing them save it); open the file in Excel or LibreOffice and save it again "
                     + "(coopchart reads the results a spreadsheet saved, it computes no formulas)",
                     vietnamese: "công thức =\(formula) không có kết quả tin cậy được (chưa từng được tính, hoặc bảng tính yêu cầu tính lại khi mở, như các chương trình "
                     + "ghi công thức mà không tính vẫn lưu); hãy mở tệp bằng Excel hoặc LibreOffice rồi lưu lại (coopchart đọc kết quả bảng tính đã lưu, không tự tính công thức)")
        }
    }
}

/// A province's figure cells that say it did not report ("Chưa gửi báo cáo", "Không báo cáo").
enum NotReported {
    static func matches(_ text: String) -> Bool {
        let key = HeaderWords.key(text)
        return phrases.contains { key.hasPrefix($0) }
    }

    private static let phrases = ["chua gui bao cao", "chua bao cao", "khong bao cao", "chua co bao cao", "chua co so lieu", "khong co so lieu",
                                  "chua gui", "chua nop bao cao", "chua tong hop", "not reported", "no report"]
}
