import CoopFormatting
import CoopWorkbook

/// Checks over a whole table: subtotals and totals against their provinces, and what is hidden.
extension ReadSession {
    // MARK: Checks over the whole table

    /// Subtotals against their provinces (a warning when they differ), and each total against the
    /// provinces read: a total far above them says rows were not read, an error at the total's cell.
    mutating func checkTotals(_ table: inout OfficeTable, state: FileState) throws {
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
                        try report(
                            InputError(
                                file: state.file, line: line, field: "total",
                                message:
                                    "the total \(quoted(name)) gives \(plain(stated)) in \(quoted(id)), but the \(known.count) provinces read add up to \(plain(sum)), "
                                    + "less than half of it: the table holds figures coopchart did not read as provinces, or the total is of a larger area; "
                                    + "check the rows above, or move a total that is not this table's out of it",
                                vietnamese:
                                    "dòng tổng \(quoted(name)) ghi \(plain(stated)) ở cột \(quoted(id)), nhưng \(known.count) tỉnh đọc được chỉ cộng lại \(plain(sum)), "
                                    + "chưa tới một nửa: bảng có số liệu không được đọc là của tỉnh nào, hoặc dòng tổng là của một địa bàn lớn hơn; "
                                    + "kiểm tra các dòng phía trên, hoặc chuyển dòng tổng không thuộc bảng này ra ngoài"))
                    }
                    continue
                }
                checked += 1
                // Far less than its provinces: not their subtotal (a province read as a group's row).
                if sum > 0, stated < sum / 2 {
                    let first = grid.rows[rowsOf.first!].index, last = grid.rows[rowsOf.last!].index
                    try report(
                        InputError(
                            file: state.file, line: grid.line(row: row.index, column: column), field: "subtotal",
                            message: "\(quoted(name)) reads as a subtotal, but gives \(plain(stated)) in \(quoted(id)) where its \(rowsOf.count) provinces "
                                + "(\(grid.rowsText(first, last))) add up to \(plain(sum)); if it is a province, correct its name, otherwise its figures",
                            vietnamese:
                                "\(quoted(name)) được đọc là dòng cộng, nhưng ghi \(plain(stated)) ở cột \(quoted(id)) trong khi \(rowsOf.count) tỉnh của nó "
                                + "(\(grid.rowsTextVi(first, last))) cộng lại được \(plain(sum)); nếu đó là một tỉnh, hãy sửa tên, nếu không hãy sửa số liệu"))
                    break
                }
                guard known.count == values.count, abs(sum - stated) > 1e-9 * max(1, abs(stated)) else { continue }
                let first = grid.rows[rowsOf.first!].index, last = grid.rows[rowsOf.last!].index
                warn(
                    at: SourceLocation(file: state.file, line: line),
                    "the subtotal \(quoted(name)) gives \(plain(stated)) in \(quoted(id)), but its \(rowsOf.count) provinces (\(grid.rowsText(first, last))) add up to \(plain(sum))",
                    vietnamese:
                        "dòng cộng \(quoted(name)) ghi \(plain(stated)) ở cột \(quoted(id)), nhưng \(rowsOf.count) tỉnh của nó (\(grid.rowsTextVi(first, last))) cộng lại được \(plain(sum))"
                )
            }
            if role == .subtotal {
                let first = grid.rows[rowsOf.first!].index, last = grid.rows[rowsOf.last!].index
                table.checks.append(
                    "\(grid.rowsText(row.index, row.index)) subtotal \(quoted(name)) of \(grid.rowsText(first, last)) (\(rowsOf.count) provinces)"
                        + (checked > 0 ? ", checked" : ""))
            }
        }
    }

    /// A count cell's number for the checks: a number cell, or text in the file's number style (a lone
    /// separator in a count groups thousands, as the reading of figures decides it).
    func number(_ value: CellValue?, style: NumberStyle?) -> Double? {
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
    mutating func tellHidden(_ table: OfficeTable, whole: SheetGrid, state: FileState) {
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
            warn(
                at: SourceLocation(file: state.file, line: grid.line(row: first.index, column: header.provinceColumn)),
                "\(grid.runsText(hiddenRead.map(\.index))) (\(names)\(more)) \(hiddenRead.count == 1 ? "is" : "are") hidden\(filtered) in the sheet, and \(hiddenRead.count == 1 ? "was" : "were") read like the rows shown\(option)",
                vietnamese:
                    "\(grid.runsText(hiddenRead.map(\.index), vietnamese: true)) (\(names)\(more)) đang bị ẩn\(filteredVi) trên trang tính, và vẫn được đọc như các dòng hiển thị\(optionVi)"
            )
        }
        let hiddenFigures = header.figureColumns.filter { whole.hiddenColumns.contains($0) }
        if !visibleOnly, let first = hiddenFigures.first {
            let names = hiddenFigures.map { "\(grid.columnName($0)) (\(quoted(header.labels[$0] ?? "")))" }.joined(separator: ", ")
            let option = controls.visibleOnly.map { "; give \($0) to read only the columns shown" } ?? ""
            let optionVi = controls.visibleOnly.map { "; dùng \($0) để chỉ đọc các cột đang hiển thị" } ?? ""
            warn(
                at: SourceLocation(file: state.file, line: grid.line(row: header.headerRow, column: first)),
                "column\(hiddenFigures.count == 1 ? "" : "s") \(names) \(hiddenFigures.count == 1 ? "is" : "are") hidden in the sheet, and \(hiddenFigures.count == 1 ? "was" : "were") read\(option)",
                vietnamese: "cột \(names) đang bị ẩn trên trang tính, và vẫn được đọc\(optionVi)")
        }
    }
}
