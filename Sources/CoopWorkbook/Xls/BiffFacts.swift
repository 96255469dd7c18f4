/// What an .xls workbook says about its cells beyond their values, read from its BIFF records (the
/// `Workbook` stream of the compound file): which cells show a number as a percentage or a date, which
/// hold a spreadsheet error or a true/false value, which rows and columns are hidden, merged cells,
/// AutoFilters, hidden sheets and the date system. libfreexl gives the values; these records give their
/// meaning, as the .xlsx and .ods readers get it from those formats.
struct BiffFacts {
    struct Sheet {
        var name = ""
        var hidden = false
        var offset = 0
        var percentCells: Set<Int64> = []
        var dateCells: Set<Int64> = []
        var errors: [Int64: String] = [:]
        var booleans: [Int64: Bool] = [:]
        /// Numbers formulas computed, which libfreexl may leave empty.
        var formulaNumbers: [Int64: Double] = [:]
        /// Every formula cell.
        var formulaCells: Set<Int64> = []
        var hiddenRows: Set<Int> = []
        var hiddenColumns: Set<Int> = []
        var merges: [MergedRange] = []
        var hasFilter = false
    }

    /// The worksheets in the order libfreexl numbers them (chart and macro sheets left out).
    private(set) var sheets: [Sheet] = []
    private(set) var uses1904 = false
    /// Whether the workbook records the calculation engine that saved it (RECALCID, written by Excel
    /// and LibreOffice): a workbook without it was written by a program that computes no formulas
    /// (xlwt saves each formula with an empty result), so its formulas' results cannot be trusted.
    private(set) var savedByACalculator = false

    static func key(row: Int, column: Int) -> Int64 { Int64(row) << 16 | Int64(column) }

    init(stream: [UInt8]) {
        var formats: [Int: String] = [:]
        var cellFormats: [Int] = []
        var isBiff8 = true
        var all: [(sheet: Sheet, isWorksheet: Bool)] = []
        var position = 0
        var first = true
        // The workbook globals: formats, cell formats (XF), the sheets and where their records start.
        while position + 4 <= stream.count {
            let type = CompoundFile.u16(stream, position), size = Int(CompoundFile.u16(stream, position + 2))
            let body = position + 4
            guard body + size <= stream.count else { break }
            position = body + size
            switch type {
            case 0x0809:
                if first { isBiff8 = CompoundFile.u16(stream, body) >= 0x0600 }
                first = false
            case 0x000A: position = stream.count  // the end of the globals
            case 0x041E where size >= 3:
                let id = Int(CompoundFile.u16(stream, body))
                formats[id] =
                    isBiff8
                    ? Self.unicodeString(stream, at: body + 2, end: body + size, lengthBytes: 2)
                    : Self.byteString(stream, at: body + 2, end: body + size)
            case 0x00E0 where size >= 4:
                cellFormats.append(Int(CompoundFile.u16(stream, body + 2)))
            case 0x0022 where size >= 2:
                uses1904 = CompoundFile.u16(stream, body) == 1
            case 0x01C1:
                savedByACalculator = true
            case 0x0085 where size >= 6:
                var sheet = Sheet()
                sheet.offset = Int(CompoundFile.u32(stream, body))
                sheet.hidden = stream[body + 4] & 0x03 != 0
                sheet.name =
                    isBiff8
                    ? Self.unicodeString(stream, at: body + 6, end: body + size, lengthBytes: 1)
                    : Self.byteString(stream, at: body + 6, end: body + size)
                all.append((sheet, stream[body + 5] == 0))
            default: break
            }
        }
        let displays = cellFormats.map { Self.display(ofFormat: $0, code: formats[$0]) }
        for (index, entry) in all.enumerated() where entry.isWorksheet {
            var sheet = entry.sheet
            Self.readSheet(&sheet, stream: stream, displays: displays)
            all[index].sheet = sheet
        }
        sheets = all.filter(\.isWorksheet).map(\.sheet)
    }

    private enum Display { case plain, percent, date }

    private static func display(ofFormat id: Int, code: String?) -> Display {
        switch id {
        case 9, 10: return .percent
        case 14...22, 27...36, 45...47, 50...58: return .date
        default: break
        }
        guard let code else { return .plain }
        switch XlsxStyles.display(ofCode: code) {
        case .plain: return .plain
        case .percent: return .percent
        case .date: return .date
        }
    }

    /// One worksheet's records, from its BOF to its EOF.
    private static func readSheet(_ sheet: inout Sheet, stream: [UInt8], displays: [Display]) {
        var position = sheet.offset
        var records = 0
        func note(_ row: Int, _ column: Int, format: Int) {
            guard format >= 0, format < displays.count else { return }
            switch displays[format] {
            case .percent: sheet.percentCells.insert(key(row: row, column: column))
            case .date: sheet.dateCells.insert(key(row: row, column: column))
            case .plain: break
            }
        }
        while position + 4 <= stream.count {
            let type = CompoundFile.u16(stream, position), size = Int(CompoundFile.u16(stream, position + 2))
            let body = position + 4
            guard body + size <= stream.count else { return }
            position = body + size
            records += 1
            if records > 1 && type == 0x0809 { return }  // the next substream: this one had no EOF
            let row = Int(CompoundFile.u16(stream, body)), column = Int(CompoundFile.u16(stream, body + 2))
            switch type {
            case 0x000A: return
            case 0x0203 where size >= 14, 0x027E where size >= 10:  // NUMBER, RK
                note(row, column, format: Int(CompoundFile.u16(stream, body + 4)))
            case 0x00BD where size >= 6:  // MULRK: (format, RK) pairs from the first column on
                let count = (size - 6) / 6
                for offset in 0..<count { note(row, column + offset, format: Int(CompoundFile.u16(stream, body + 4 + 6 * offset))) }
            case 0x0006 where size >= 20:  // FORMULA: its result, a number unless the last two bytes are FFFF
                let result = body + 6
                sheet.formulaCells.insert(key(row: row, column: column))
                if stream[result + 6] == 0xFF && stream[result + 7] == 0xFF {
                    switch stream[result] {
                    case 1: sheet.booleans[key(row: row, column: column)] = stream[result + 2] != 0
                    case 2: sheet.errors[key(row: row, column: column)] = errorCode(stream[result + 2])
                    default: break
                    }
                } else {
                    note(row, column, format: Int(CompoundFile.u16(stream, body + 4)))
                    var bits: UInt64 = 0
                    for offset in 0..<8 { bits |= UInt64(stream[result + offset]) << (8 * UInt64(offset)) }
                    let number = Double(bitPattern: bits)
                    if number.isFinite { sheet.formulaNumbers[key(row: row, column: column)] = number }
                }
            case 0x0205 where size >= 8:  // BOOLERR
                if stream[body + 7] != 0 {
                    sheet.errors[key(row: row, column: column)] = errorCode(stream[body + 6])
                } else {
                    sheet.booleans[key(row: row, column: column)] = stream[body + 6] != 0
                }
            case 0x0208 where size >= 16:  // ROW: fDyZero marks a hidden row
                if CompoundFile.u16(stream, body + 12) & 0x20 != 0 { sheet.hiddenRows.insert(row) }
            case 0x007D where size >= 10:  // COLINFO
                if CompoundFile.u16(stream, body + 8) & 0x01 != 0, row <= column {
                    for hidden in row...min(column, row + 1024) { sheet.hiddenColumns.insert(hidden) }
                }
            case 0x00E5 where size >= 2:  // MERGECELLS
                let count = min(Int(CompoundFile.u16(stream, body)), (size - 2) / 8)
                for index in 0..<count {
                    let at = body + 2 + 8 * index
                    let first = CellAddress(row: Int(CompoundFile.u16(stream, at)), column: Int(CompoundFile.u16(stream, at + 4)))
                    let last = CellAddress(row: Int(CompoundFile.u16(stream, at + 2)), column: Int(CompoundFile.u16(stream, at + 6)))
                    if first.row <= last.row && first.column <= last.column && sheet.merges.count < 100_000 {
                        sheet.merges.append(MergedRange(first: first, last: last))
                    }
                }
            case 0x009B, 0x009D, 0x009E:  // FILTERMODE, AUTOFILTERINFO, AUTOFILTER
                sheet.hasFilter = true
            default: break
            }
        }
    }

    private static func errorCode(_ byte: UInt8) -> String {
        switch byte {
        case 0x00: return "#NULL!"
        case 0x07: return "#DIV/0!"
        case 0x0F: return "#VALUE!"
        case 0x17: return "#REF!"
        case 0x1D: return "#NAME?"
        case 0x24: return "#NUM!"
        case 0x2A: return "#N/A"
        default: return "#ERROR!"
        }
    }

    /// A BIFF8 string: its length in characters (one or two bytes), a flags byte (bit 0: two bytes per
    /// character, else one), then the characters. Rich-text and phonetic parts are not needed here.
    private static func unicodeString(_ bytes: [UInt8], at start: Int, end: Int, lengthBytes: Int) -> String {
        guard start + lengthBytes < end, end <= bytes.count else { return "" }
        let count = lengthBytes == 2 ? Int(CompoundFile.u16(bytes, start)) : Int(bytes[start])
        let flags = bytes[start + lengthBytes]
        var at = start + lengthBytes + 1
        if flags & 0x08 != 0 { at += 2 }  // rich text: a run count
        if flags & 0x04 != 0 { at += 4 }  // phonetic: its size
        guard at <= end else { return "" }
        if flags & 0x01 != 0 {
            let available = min(count, max(0, (end - at) / 2))
            let units = (0..<available).map { UInt16(bytes[at + 2 * $0]) | UInt16(bytes[at + 2 * $0 + 1]) << 8 }
            return String(decoding: units, as: UTF16.self)
        }
        let available = min(count, max(0, end - at))
        return String(decoding: bytes[at..<(at + available)].map { UInt16($0) }, as: UTF16.self)
    }

    /// A BIFF5 string: a one-byte length, then one byte per character.
    private static func byteString(_ bytes: [UInt8], at start: Int, end: Int) -> String {
        guard start < end, end <= bytes.count else { return "" }
        let count = min(Int(bytes[start]), end - start - 1)
        return String(decoding: bytes[(start + 1)..<(start + 1 + count)].map { UInt16($0) }, as: UTF16.self)
    }
}
