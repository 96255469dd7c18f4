import Foundation

/// One worksheet part, read row by row: each `<c>` becomes a `CellValue` (shared and inline
/// strings, numbers, booleans, dates by their style, errors, formulas by their cached value).
final class XlsxSheetHandler: XMLEventHandler {
    private let sheet: SheetInfo
    private let strings: [String]
    private let styles: XlsxStyles
    private let uses1904: Bool
    private let limits: WorkbookLimits
    private let file: String
    /// False when the workbook asks to be recalculated on opening (`fullCalcOnLoad`, as programs that
    /// write formulas without computing them save it): a saved result is then a placeholder.
    private let trustsFormulaResults: Bool
    private let deliver: (SheetRow) throws -> Void
    /// Columns hidden from view, and whether the sheet has an AutoFilter.
    private(set) var hiddenColumns: Set<Int> = []
    private(set) var hasFilter = false
    private var rowHidden = false

    private enum Capture { case none, value, formula, inline }
    private var capture = Capture.none
    private var rowIndex = -1
    private var cells: [(column: Int, value: CellValue)] = []
    private var column = -1
    private var type = ""
    private var style = 0
    private var value = ""
    private var formula = ""
    private var hasValue = false
    private var hasFormula = false
    private var inPhonetic = false
    private var cellCount = 0
    private var inSheetData = false

    init(
        sheet: SheetInfo, strings: [String], styles: XlsxStyles, uses1904: Bool, limits: WorkbookLimits, file: String,
        trustsFormulaResults: Bool = true, deliver: @escaping (SheetRow) throws -> Void
    ) {
        self.trustsFormulaResults = trustsFormulaResults
        self.sheet = sheet
        self.strings = strings
        self.styles = styles
        self.uses1904 = uses1904
        self.limits = limits
        self.file = file
        self.deliver = deliver
    }

    private func error(_ message: String, at cell: CellAddress? = nil) -> WorkbookError {
        WorkbookError(file: file, sheet: sheet.name, cell: cell, message: message)
    }

    func start(_ name: String, _ attributes: [String: String]) throws {
        switch name.localName {
        case "c":
            if let reference = attributes["r"] {
                guard let address = CellAddress(reference: reference) else {
                    throw error("the cell reference \"\(reference)\" in row \(rowIndex + 1) is not a cell; the workbook is damaged")
                }
                column = address.column
            } else {
                column += 1
            }
            if column >= limits.columns {
                throw error(
                    "a cell lies beyond column \(CellAddress.columnName(limits.columns - 1)); coopchart reads sheets of at most \(limits.columns) columns",
                    at: CellAddress(row: max(rowIndex, 0), column: column))
            }
            type = attributes["t"] ?? "n"
            style = attributes["s"].flatMap(Int.init) ?? 0
            value = ""
            formula = ""
            hasValue = false
            hasFormula = false
        case "v": capture = .value; hasValue = true
        case "f": capture = .formula; hasFormula = true
        case "t" where !inPhonetic: capture = .inline; hasValue = true
        case "rPh": inPhonetic = true
        case "row":
            let next = attributes["r"].flatMap(Int.init).map { $0 - 1 } ?? rowIndex + 1
            guard next > rowIndex, next < limits.rows else {
                if next >= limits.rows {
                    throw error("the sheet has more than \(limits.rows) rows; coopchart reads sheets of at most \(limits.rows) rows")
                }
                throw error("row \(next + 1) comes after row \(rowIndex + 1); the workbook is damaged: open it in Excel or LibreOffice and save it again")
            }
            rowIndex = next
            rowHidden = Self.isTrue(attributes["hidden"])
            column = -1
            cells.removeAll(keepingCapacity: true)
        case "sheetData": inSheetData = true
        case "col" where !inSheetData:
            // <col min="3" max="4" hidden="1"/>: 1-based, inclusive; bounded by the column limit.
            if Self.isTrue(attributes["hidden"]), let first = attributes["min"].flatMap(Int.init), let last = attributes["max"].flatMap(Int.init),
                first >= 1, first <= last
            {
                for column in (first - 1)..<min(last, limits.columns, first - 1 + 1024) { hiddenColumns.insert(column) }
            }
        case "autoFilter" where !inSheetData:
            hasFilter = true
        default: break
        }
    }

    func characters(_ text: String) {
        switch capture {
        case .none: return
        case .value, .inline: value += text
        case .formula: formula += text
        }
    }

    func end(_ name: String) throws {
        switch name.localName {
        case "v", "f", "t": capture = .none
        case "rPh": inPhonetic = false
        case "c":
            guard let cell = try cellValue() else { return }
            cellCount += 1
            if cellCount > limits.cells {
                throw error(
                    "the sheet has more than \(limits.cells) cells; coopchart reads sheets of at most \(limits.cells) cells (split the table, or save it as CSV)"
                )
            }
            cells.append((column, cell))
        case "row":
            if !cells.isEmpty {
                if !cells.isSorted { cells.sort { $0.column < $1.column } }
                try deliver(SheetRow(index: rowIndex, cells: cells, hidden: rowHidden))
            }
        case "sheetData": inSheetData = false
        default: break
        }
    }

    private func cellValue() throws -> CellValue? {
        let address = CellAddress(row: max(rowIndex, 0), column: column)
        if hasFormula && (!trustsFormulaResults || !hasValue || (value.isEmpty && type != "str" && type != "inlineStr")) {
            return .formulaWithoutValue(formula.isEmpty ? "… (a shared formula)" : formula)
        }
        switch type {
        case "s":
            guard let index = Int(value) ?? Int(value.trimmingCharacters(in: .whitespaces)), index >= 0, index < strings.count else {
                throw error("the cell refers to shared text number \(value), which the workbook does not have; the workbook is damaged", at: address)
            }
            return strings[index].isEmpty ? nil : .text(strings[index])
        case "str", "inlineStr":
            return value.isEmpty ? nil : .text(value)
        case "b":
            return .boolean(value.trimmingCharacters(in: .whitespaces) == "1")
        case "e":
            return .error(value)
        case "d":
            guard let day = CalendarDay(iso: value) else { return .text(value) }
            return .date(day)
        default:
            if value.isEmpty { return nil }
            // Writers put bare numbers in <v>; a padded one is read too.
            let trimmed = Double(value) != nil ? value : value.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return nil }
            guard let number = Double(trimmed), number.isFinite else {
                throw error("the cell holds \"\(trimmed)\" where a number belongs; the workbook is damaged", at: address)
            }
            switch styles.display(of: style) {
            case .plain: return .number(CellValue.displayed(number))
            case .percent: return .percent(CellValue.displayed(number))
            case .date:
                guard let day = CalendarDay(serial: number, uses1904: uses1904) else { return .number(number) }
                return .date(day)
            }
        }
    }
}

extension XlsxSheetHandler {
    static func isTrue(_ attribute: String?) -> Bool { attribute == "1" || attribute == "true" }
}

extension Array where Element == (column: Int, value: CellValue) {
    var isSorted: Bool {
        var previous = -1
        for element in self {
            if element.column <= previous { return false }
            previous = element.column
        }
        return true
    }
}

/// An .xlsx (or .xlsm) workbook: its parts read in order, each sheet streamed row by row.
final class XlsxWorkbook {
    private let package: ZipPackage
    private let limits: WorkbookLimits

    init(package: ZipPackage, limits: WorkbookLimits) { self.package = package; self.limits = limits }

    private var file: String { package.file }

    private func parse(_ path: String, _ handler: some XMLEventHandler) throws {
        guard let entry = package.entry(path) else {
            throw WorkbookError(file: file, message: "the workbook has no \(path); it is damaged: open it in Excel or LibreOffice and save it again")
        }
        try package.stream(entry) { stream in try XMLPart.parse(stream, part: path, file: file, handler: handler) }
    }

    func read(_ visitor: some SheetVisitor) throws -> [SheetInfo] {
        let workbook = XlsxWorkbookPart()
        try parse("xl/workbook.xml", workbook)
        let relationships = XlsxRelationships()
        try parse("xl/_rels/workbook.xml.rels", relationships)
        let styles = XlsxStyles()
        if let path = relationships.styles ?? (package.entry("xl/styles.xml") != nil ? "xl/styles.xml" : nil), package.entry(path) != nil {
            try parse(path, styles)
        }
        var strings: [String] = []
        if let path = relationships.sharedStrings ?? (package.entry("xl/sharedStrings.xml") != nil ? "xl/sharedStrings.xml" : nil), package.entry(path) != nil {
            let shared = XlsxSharedStrings(limit: limits.sharedStrings, file: file)
            try parse(path, shared)
            strings = shared.strings
        }
        var sheets: [SheetInfo] = []
        for (index, listed) in workbook.sheets.enumerated() {
            var sheet = SheetInfo(name: listed.name, index: index, hidden: listed.hidden)
            sheets.append(sheet)
            guard try visitor.shouldRead(sheet) else { continue }
            guard let path = relationships.targets[listed.relationship], let entry = package.entry(path) else {
                throw WorkbookError(
                    file: file, sheet: listed.name,
                    message: "the sheet's part is missing from the workbook; it is damaged: open it in Excel or LibreOffice and save it again")
            }
            sheet.merges = try package.stream(entry) { stream in try XlsxMergeScan.merges(in: stream, part: path, file: file) }
            let delivered = sheet
            let handler = XlsxSheetHandler(
                sheet: sheet, strings: strings, styles: styles, uses1904: workbook.uses1904, limits: limits, file: file,
                trustsFormulaResults: !workbook.recalculatesOnLoad
            ) { row in
                try visitor.row(row, merges: [], in: delivered)
            }
            try package.stream(entry) { stream in try XMLPart.parse(stream, part: path, file: file, handler: handler) }
            sheet.hiddenColumns = handler.hiddenColumns
            sheet.hasFilter = handler.hasFilter
            try visitor.endSheet(sheet)
        }
        return sheets
    }
}
