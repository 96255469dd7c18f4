import CoopWorkbook

/// One row of a table as cells: a sheet's row, or a CSV record read as text cells.
struct GridRow {
    /// The sheet's 0-based row, or the CSV line.
    let index: Int
    let cells: [(column: Int, value: CellValue)]

    func value(at column: Int) -> CellValue? {
        for cell in cells where cell.column >= column {
            return cell.column == column ? cell.value : nil
        }
        return nil
    }

    func text(at column: Int) -> String {
        guard let value = value(at: column) else { return "" }
        return value.shown.trimmedWhitespace
    }

    var isBlank: Bool {
        cells.allSatisfy { cell in
            if case .text(let text) = cell.value { return text.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
            return false
        }
    }
}

extension CellValue {
    /// A number as a cell holds it, or written as a bare number in a text cell ("12", "3,5").
    var isFigureLike: Bool {
        switch self {
        case .number, .percent: return true
        case .text(let text):
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed.unicodeScalars.first.map { $0.properties.numericType != nil || "~≈><≥≤".unicodeScalars.contains($0) } ?? false
                || StatisticalMarker(text: trimmed) != nil
        case .formulaWithoutValue, .error: return true
        case .boolean, .date: return false
        }
    }
}

extension String {
    /// Without leading and trailing white space (line breaks included); the common case, nothing to
    /// trim, returns the text itself without building a new one.
    var trimmedWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return self }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return self }
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
