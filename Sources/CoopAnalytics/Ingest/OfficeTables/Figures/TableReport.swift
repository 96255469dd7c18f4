import CoopFormatting
import CoopWorkbook

/// How one table was read, stage by stage, for `validate` and the browser app: the cells (what is
/// hidden), every row that was not read as a figure with its role, each column's reading, and the
/// figures with where their period came from.
public struct SheetReport: Sendable, Equatable, CustomStringConvertible {
    public let location: String
    public var layout: String
    public var headerRows: String
    public var dataRows = 0
    public var totalRows = 0
    public var skipped: [String] = []
    public var remarks: [String] = []
    /// The stages, one line each: "cells: …", "rows: …", "headers: …", "figures: …".
    public var stages: [String] = []

    public var description: String {
        var parts = [
            "\(location): read as \(layout); header \(headerRows)", "\(dataRows) data row\(dataRows == 1 ? "" : "s")",
            "\(totalRows) total row\(totalRows == 1 ? "" : "s")",
        ]
        if !skipped.isEmpty { parts.append("skipped: " + skipped.joined(separator: "; ")) }
        parts += remarks
        return (["note: " + parts.joined(separator: ", ")] + stages.map { "note:   " + $0 }).joined(separator: "\n")
    }
}

extension OfficeTable {
    /// The report of this table; `figures` is how many figures it gave.
    func report(figures: Int, whole: SheetGrid, visibleOnly: Bool, catalog: IndicatorCatalog) -> SheetReport {
        let rows = grid.rows
        let location = grid.location + (number > 1 ? " (table \(number))" : "")
        var report = SheetReport(
            location: location, layout: layout.isEmpty ? "a table" : layout,
            headerRows: grid.rowsText(rows[headerRows.lowerBound].index, rows[headerRows.upperBound].index))
        report.dataRows = body.filter { $0.role == .province }.count
        report.totalRows = body.filter { $0.role == .total }.count
        report.remarks = remarks
        // Cells.
        var cells: [String] = []
        if !whole.hiddenRows.isEmpty {
            cells.append(
                "\(whole.runsText(Array(whole.hiddenRows))) hidden\(whole.hasFilter ? " or filtered out" : "")"
                    + (visibleOnly ? ", left out (--visible-only)" : ", read"))
        }
        if !whole.hiddenColumns.isEmpty {
            cells.append(
                "columns \(whole.hiddenColumns.sorted().prefix(12).map(grid.columnName).joined(separator: ", ")) hidden"
                    + (visibleOnly ? ", left out (--visible-only)" : ", read"))
        }
        if !grid.merges.isEmpty { cells.append("\(grid.merges.count) merged range\(grid.merges.count == 1 ? "" : "s")") }
        if let column = grid.unnamedProvinceColumn {
            cells.append("column \(grid.columnName(column)) has no header over its names (a yearbook's corner): read as the province column")
        }
        report.stages.append("cells: " + (cells.isEmpty ? "nothing hidden" : cells.joined(separator: "; ")))
        // Rows: every row that is not a province read as figures, with its role.
        var roles: [(RowRole, [Int], [String])] = []
        let named: [RowRole] = [.total, .subtotal, .heading, .unreported, .notUnderstood, .part]
        func add(_ role: RowRole, _ position: Int) {
            let row = rows[position]
            let at =
                roles.firstIndex(where: { $0.0 == role })
                ?? {
                    roles.append((role, [], []))
                    return roles.count - 1
                }()
            roles[at].1.append(row.index)
            // The labels of the rows a person checks (a total, a heading, a province that did not report).
            guard named.contains(role), roles[at].2.count < 6 else { return }
            let label = header.map { row.text(at: $0.provinceColumn) } ?? ""
            let text =
                !label.isEmpty
                ? label
                : row.cells.first {
                    if case .text = $0.value { return true }; return false
                }?.value.shown.trimmedWhitespace
            if let text { roles[at].2.append(text) }
        }
        for position in titleRows { add(.title, position) }
        for position in headerRows { add(.header, position) }
        for (position, role) in body { add(role, position) }
        let rowLines = roles.map { role, indices, texts -> String in
            let shown = grid.runsText(indices)
            let names =
                texts.isEmpty
                ? "" : " (" + texts.map { quoted(String($0.prefix(40))) }.joined(separator: ", ") + (indices.count > texts.count ? ", …" : "") + ")"
            let count = role == .province ? " (\(indices.count))" : ""
            return "\(role.described) \(shown)\(count)\(names)"
        }
        report.stages.append("rows: " + rowLines.joined(separator: "; "))
        // Headers.
        if let header {
            let columns = header.roles.keys.sorted().compactMap { column -> String? in
                let label = quoted(header.labels[column] ?? "")
                switch header.roles[column]! {
                case .province: return "\(grid.columnName(column)) province \(label)"
                case .code: return "\(grid.columnName(column)) code, checked against the name \(label)"
                case .year: return "\(grid.columnName(column)) year \(label)"
                case .figure(let indicator, let period, let scale, let estimate):
                    let name = (indicator ?? fixedIndicator).map { catalog.indicators[$0].id } ?? "?"
                    return
                        "\(grid.columnName(column)) \(name)\(period.map { " \($0)" } ?? "")\(estimate ? " estimate (≈)" : "")\(scale != 1 ? " × \(plain(scale))" : "") \(label)"
                case .leftOut(let why): return "\(grid.columnName(column)) left out, \(why) \(label)"
                case .unknown: return "\(grid.columnName(column)) left out, not an indicator and holds no figures \(label)"
                case .ignored: return nil
                default: return "\(grid.columnName(column)) \(label)"
                }
            }
            report.stages.append("headers: " + columns.joined(separator: "; "))
        }
        // Figures.
        var figureLine = "figures: \(figures) read"
        if !periodSource.isEmpty { figureLine += "; period \(periodSource)" }
        if !checks.isEmpty { figureLine += "; " + checks.joined(separator: "; ") }
        report.stages.append(figureLine)
        return report
    }
}
