/// Turns a file's bytes into UTF-8 text for the CSV reader, or says plainly why it can't.
///
/// UTF-8 (with or without BOM) and UTF-16 LE/BE with BOM (Excel's "Unicode text") are read;
/// anything else is refused rather than turned into garbage.
public enum TextDecoding {
    public static func utf8Text(from bytes: [UInt8], file: String) throws -> [UInt8] {
        if bytes.isEmpty { throw InputError(file: file, line: 1, message: "the file is empty; a data file needs a header row and at least one row of figures") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return try validated(Array(bytes.dropFirst(3)), file: file) }
        if bytes.starts(with: [0xFF, 0xFE]) { return try fromUTF16(bytes.dropFirst(2), littleEndian: true, file: file) }
        if bytes.starts(with: [0xFE, 0xFF]) { return try fromUTF16(bytes.dropFirst(2), littleEndian: false, file: file) }
        return try validated(bytes, file: file)
    }

    private static func validated(_ bytes: [UInt8], file: String) throws -> [UInt8] {
        if bytes.contains(0) {
            throw InputError(file: file, line: 1, message: "this is not a text table (it contains NUL bytes); save the sheet as CSV UTF-8 or Unicode text")
        }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): if scalar == "\n" { line += 1 }
            case .emptyInput: break loop
            case .error:
                throw InputError(file: file, line: line,
                                 message: "the file is not valid UTF-8 text; save it as \"CSV UTF-8\" (Excel) or convert it with `iconv -t UTF-8`")
            }
        }
        return bytes
    }

    private static func fromUTF16(_ body: ArraySlice<UInt8>, littleEndian: Bool, file: String) throws -> [UInt8] {
        guard body.count % 2 == 0 else {
            throw InputError(file: file, message: "the UTF-16 file ends in the middle of a character (odd byte count); save it again from the spreadsheet")
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let a = UInt16(body[index]), b = UInt16(body[index + 1])
            units.append(littleEndian ? a | (b << 8) : (a << 8) | b)
            index += 2
        }
        var out: [UInt8] = []
        out.reserveCapacity(units.count)
        var line = 1
        let hadError = transcode(units.makeIterator(), from: UTF16.self, to: UTF8.self, stoppingOnError: true) { unit in
            if unit == 0x0A { line += 1 }
            out.append(unit)
        }
        if hadError {
            throw InputError(file: file, line: line, message: "the UTF-16 text has a broken surrogate pair; save it again from the spreadsheet")
        }
        return try validated(out, file: file)
    }
}
