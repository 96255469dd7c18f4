import CoopFormatting
import CoopWorkbook

/// Stage 2: every row under a table's header gets its role, decided from the whole table.
extension ReadSession {
    // MARK: Stage 2: every row's role

    /// Gives every row under the header its role, up to the table's end; returns the position where the
    /// next table's rows (its titles) begin, or the end of the sheet.
    mutating func assignRoles(_ table: inout OfficeTable, state: FileState) throws -> Int {
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
                    try report(
                        InputError(
                            file: state.file, line: grid.line(row: row.index, column: label.column), field: "province",
                            message:
                                "\(quoted(label.text)) has figures but stands below the end of the table (\(grid.rowsText(table.body.last(where: { $0.role == .end }).map { rows[$0.position].index } ?? row.index, row.index))); "
                                + "move the signature or notes under the last province, or delete the row",
                            vietnamese:
                                "\(quoted(label.text)) có số liệu nhưng nằm dưới phần kết thúc của bảng; chuyển phần chữ ký hoặc ghi chú xuống dưới tỉnh cuối cùng, hoặc xoá dòng này"
                        ))
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
    func startOfTitles(before key: Int, table: inout OfficeTable) -> Int {
        let rows = table.grid.rows
        var start = key
        while let last = table.body.last, last.position == start - 1, [.afterTable, .empty, .end].contains(last.role),
            !rows[start - 1].cells.contains(where: {
                if case .text(let text) = $0.value { return RowLabels.isSignature(text.trimmedWhitespace) }; return false
            })
        {
            start -= 1
            table.body.removeLast()
        }
        return start
    }

    /// One row's role; nil when the row starts the titles of another table below.
    mutating func role(of row: GridRow, at position: Int, table: inout OfficeTable, state: FileState) throws -> RowRole? {
        let grid = table.grid
        let header = table.header!
        let figures = hasFigures(row, header: header)
        guard let label = label(of: row, header: header, grid: grid) else {
            if figures {
                try report(
                    InputError(
                        file: state.file, line: grid.line(row: row.index, column: header.provinceColumn), field: "province",
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
            try report(
                InputError(
                    file: state.file, line: grid.line(row: row.index, column: label.column), field: "province",
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
    func startsTitles(at position: Int, table: OfficeTable) -> Bool {
        let reader = HeaderReader(catalog: catalog)
        let rows = table.grid.rows
        var next = position
        while next < rows.count, next < position + 8 {
            let row = rows[next]
            if next > position, reader.isKeyRow(row) { return true }
            if hasFigures(row, header: table.header!) { return false }
            if let label = label(of: row, header: table.header!, grid: table.grid), ![.other, .end].contains(labelKindWithoutCaching(label.text)) {
                return false
            }
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
            let anchor = row.value(at: merge.first.column), !anchor.shown.trimmedWhitespace.isEmpty
        {
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
    func onlyNotReported(_ row: GridRow, header: TableHeader) -> Bool {
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
        if regionKeys.contains(HeaderWords.key(cleaned)) { return .group }
        // "Vùng …", "Các tỉnh …": a group's words lead its label; a label close to a province's name
        // ("Bà Rịa - Vũng Tàux") is a misspelt province, an error, never a group.
        if RowLabels.groupWords.contains(where: { key.hasPrefix($0) }), !isCloseToAProvince(cleaned) { return .group }
        // A sentence under the table: a note.
        if key.split(separator: " ").count >= 8 { return .end }
        return .other
    }

    /// Whether a label is within a few letters of a province's name (a misspelling, not another kind of row).
    func isCloseToAProvince(_ text: String) -> Bool {
        let key = HeaderWords.key(ProvinceNameForms.canonical(text).name)
        guard let closest = registry.provinces.map({ editDistance(key, HeaderWords.key($0.name)) }).min() else { return false }
        return closest <= max(2, key.count / 4)
    }
}
