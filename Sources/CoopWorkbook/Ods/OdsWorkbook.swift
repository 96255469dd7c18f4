import Foundation

/// An OpenDocument spreadsheet: `content.xml` read once, every table (sheet) in it row by row.
/// Repeated rows and cells (`number-rows-repeated`, `number-columns-repeated`) are expanded only
/// where they hold something, and counted against the cell limit as they are.
final class OdsWorkbook {
    private let package: ZipPackage
    private let limits: WorkbookLimits

    init(package: ZipPackage, limits: WorkbookLimits) { self.package = package; self.limits = limits }

    func read(_ visitor: some SheetVisitor) throws -> [SheetInfo] {
        guard let entry = package.entry("content.xml") else {
            throw WorkbookError(file: package.file, message: "the spreadsheet has no content.xml; it is damaged: open it in LibreOffice and save it again")
        }
        let handler = OdsContentHandler(file: package.file, limits: limits, visitor: visitor)
        try package.stream(entry) { stream in try XMLPart.parse(stream, part: "content.xml", file: package.file, handler: handler) }
        return handler.sheets
    }
}

final class OdsContentHandler<Visitor: SheetVisitor>: XMLEventHandler {
    private let file: String
    private let limits: WorkbookLimits
    private let visitor: Visitor
    private(set) var sheets: [SheetInfo] = []

    /// Table styles whose table is hidden (`table:display="false"`).
    private var hiddenStyles: Set<String> = []
    private var styleName: String?

    private var sheet: SheetInfo?
    private var reading = false
    private var rowIndex = 0
    private var rowRepeat = 1
    private var rowHidden = false
    /// The next column a `table:table-column` element describes, and the columns hidden so far.
    private var columnCursor = 0
    private var hiddenColumns: Set<Int> = []
    private var hasFilter = false
    private var column = 0
    private var cells: [(column: Int, value: CellValue)] = []
    private var merges: [MergedRange] = []
    private var cellCount = 0

    // The cell being read.
    private var cellRepeat = 1
    private var cellValue: CellValue?
    private var cellText = ""
    private var paragraphs = 0
    private var inParagraph = 0
    private var inAnnotation = 0
    private var isStringCell = false
    private var isErrorCell = false
    private var cellSpan: (columns: Int, rows: Int) = (1, 1)

    init(file: String, limits: WorkbookLimits, visitor: Visitor) {
        self.file = file
        self.limits = limits
        self.visitor = visitor
    }

    private func error(_ message: String, at cell: CellAddress? = nil) -> WorkbookError {
        WorkbookError(file: file, sheet: sheet?.name, cell: cell, message: message)
    }

    private func count(_ attribute: String?, _ what: String) throws -> Int {
        guard let attribute else { return 1 }
        guard let number = Int(attribute), number >= 1 else {
            throw error("\(what) \"\(attribute)\" is not a count; the spreadsheet is damaged")
        }
        return number
    }

    func start(_ name: String, _ attributes: [String: String]) throws {
        switch name {
        case "style:style":
            styleName = attributes["style:family"] == "table" ? attributes["style:name"] : nil
        case "style:table-properties":
            if let styleName, attributes["table:display"] == "false" { hiddenStyles.insert(styleName) }
        case "table:table":
            let hidden = attributes["table:style-name"].map { hiddenStyles.contains($0) } ?? false
            let info = SheetInfo(name: attributes["table:name"] ?? "Sheet\(sheets.count + 1)", index: sheets.count, hidden: hidden)
            sheets.append(info)
            sheet = info
            reading = try visitor.shouldRead(info)
            rowIndex = 0
            cellCount = 0
            columnCursor = 0
            hiddenColumns = []
            hasFilter = false
        case "table:table-column" where sheet != nil:
            let repeated = try count(attributes["table:number-columns-repeated"], "a column repeat")
            if let visibility = attributes["table:visibility"], visibility != "visible" {
                for column in columnCursor..<min(columnCursor + repeated, limits.columns, columnCursor + 1024) { hiddenColumns.insert(column) }
            }
            columnCursor = min(columnCursor + repeated, limits.columns)
        case "table:table-row" where sheet != nil:
            rowRepeat = try count(attributes["table:number-rows-repeated"], "a row repeat")
            // "collapse" is a hidden row, "filter" one an AutoFilter left out.
            let visibility = attributes["table:visibility"] ?? "visible"
            rowHidden = visibility != "visible"
            if visibility == "filter" { hasFilter = true }
            column = 0
            cells.removeAll(keepingCapacity: true)
            merges.removeAll(keepingCapacity: true)
        case "table:table-cell", "table:covered-table-cell":
            guard sheet != nil else { return }
            cellRepeat = try count(attributes["table:number-columns-repeated"], "a cell repeat")
            cellText = ""
            paragraphs = 0
            cellValue = nil
            isStringCell = false
            cellSpan = (
                try count(attributes["table:number-columns-spanned"], "a column span"),
                try count(attributes["table:number-rows-spanned"], "a row span")
            )
            if name == "table:covered-table-cell" { cellSpan = (1, 1) }
            let type = attributes["office:value-type"] ?? attributes["calcext:value-type"]
            let formula = attributes["table:formula"]
            // LibreOffice saves a formula's error as a float 0 with calcext:value-type="error" and the
            // error's text: the error is what a person sees.
            isErrorCell = attributes["calcext:value-type"] == "error"
            switch type {
            case "float", "currency":
                cellValue = try number(attributes["office:value"])
            case "percentage":
                if case .number(let fraction)? = try number(attributes["office:value"]) { cellValue = .percent(fraction) }
            case "date":
                if let text = attributes["office:date-value"], let day = CalendarDay(iso: text) { cellValue = .date(day) }
            case "boolean":
                cellValue = .boolean(attributes["office:boolean-value"] == "true")
            case "string", "time":
                isStringCell = true
            case nil:
                if let formula { cellValue = .formulaWithoutValue(formula.hasPrefix("of:=") ? String(formula.dropFirst(4)) : formula) }
                isStringCell = formula == nil
            default:
                isStringCell = true
            }
        case "text:p", "text:h":
            if inAnnotation == 0 {
                if paragraphs > 0 { cellText += "\n" }
                paragraphs += 1
                inParagraph += 1
            }
        case "text:s" where inParagraph > 0 && inAnnotation == 0:
            cellText += String(repeating: " ", count: min(try count(attributes["text:c"], "a space count"), 1000))
        case "text:tab" where inParagraph > 0 && inAnnotation == 0:
            cellText += "\t"
        case "text:line-break" where inParagraph > 0 && inAnnotation == 0:
            cellText += "\n"
        case "office:annotation":
            inAnnotation += 1
        default: break
        }
    }

    private func number(_ text: String?) throws -> CellValue? {
        guard let text else { return nil }
        guard let value = Double(text), value.isFinite else {
            throw error("the cell holds \"\(text)\" where a number belongs; the spreadsheet is damaged", at: CellAddress(row: rowIndex, column: column))
        }
        return .number(CellValue.displayed(value))
    }

    func characters(_ text: String) {
        if inParagraph > 0 && inAnnotation == 0 { cellText += text }
    }

    func end(_ name: String) throws {
        switch name {
        case "style:style": styleName = nil
        case "text:p", "text:h": if inAnnotation == 0 { inParagraph = max(0, inParagraph - 1) }
        case "office:annotation": inAnnotation = max(0, inAnnotation - 1)
        case "table:table-cell", "table:covered-table-cell":
            guard sheet != nil else { return }
            var value = cellValue
            if isErrorCell { value = .error(cellText.isEmpty ? "#ERROR!" : cellText) }
            if value == nil, isStringCell, !cellText.isEmpty { value = .text(cellText) }
            if value == nil, !cellText.isEmpty { value = .text(cellText) }
            if let value, reading {
                guard column + cellRepeat <= limits.columns else {
                    throw error(
                        "a cell lies beyond column \(CellAddress.columnName(limits.columns - 1)); coopchart reads sheets of at most \(limits.columns) columns",
                        at: CellAddress(row: rowIndex, column: min(column, limits.columns)))
                }
                for offset in 0..<cellRepeat { cells.append((column + offset, value)) }
                if cellSpan.columns > 1 || cellSpan.rows > 1 {
                    merges.append(
                        MergedRange(
                            first: CellAddress(row: rowIndex, column: column),
                            last: CellAddress(row: rowIndex + cellSpan.rows - 1, column: column + cellSpan.columns - 1)))
                }
            }
            column += cellRepeat
        case "table:table-row":
            guard let sheet else { return }
            if reading && !cells.isEmpty {
                let repeats = min(rowRepeat, limits.rows - rowIndex)
                for copy in 0..<max(repeats, 0) {
                    cellCount += cells.count
                    if cellCount > limits.cells {
                        throw error(
                            "the sheet has more than \(limits.cells) cells (repeated cells counted one by one); coopchart reads sheets of at most \(limits.cells) cells"
                        )
                    }
                    try visitor.row(SheetRow(index: rowIndex + copy, cells: cells, hidden: rowHidden), merges: copy == 0 ? merges : [], in: sheet)
                }
            }
            rowIndex += rowRepeat
            if rowIndex > limits.rows && reading && !cells.isEmpty {
                throw error("the sheet has more than \(limits.rows) rows; coopchart reads sheets of at most \(limits.rows) rows")
            }
        case "table:table":
            if var sheet, reading {
                sheet.hiddenColumns = hiddenColumns
                sheet.hasFilter = hasFilter
                try visitor.endSheet(sheet)
            }
            sheet = nil
            reading = false
        default: break
        }
    }
}
