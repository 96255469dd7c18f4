import CoopAnalytics
import Foundation
import ZIPFoundation

/// Reads arbitrary bytes as a workbook, end to end. The first byte picks how:
///   0: the bytes are the whole file (a ZIP archive, an OLE .xls, or anything else);
///   1: the rest is a worksheet's XML, packed with a minimal workbook around it (.xlsx);
///   2: the rest is an OpenDocument content.xml, packed as an .ods;
///   3: the rest is the shared strings of an .xlsx whose sheet refers to them.
/// Packing the XML lets mutations reach the XML readers and the table layout rather than stop at the
/// archive's checksums. A thrown error is the expected answer to bad input; only a crash, a leak or a
/// hang is a finding.
///
/// OLE files (.xls) are not fuzzed here: within a minute this target found an out-of-bounds read inside
/// Debian's libfreexl 1.0.6 itself (its iconv conversion reads 8 KB past a stack buffer on a crafted
/// file, during freexl_open), which coopchart cannot mend from outside; the .xls path is covered by the
/// tests' real files. Running libfreexl in a separate process is the remedy if crafted .xls files matter.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let mode = data[0] % 4
    let body = Data(bytes: data + 1, count: size - 1)
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-fuzz-\(getpid())")
    try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent(mode == 2 ? "fuzz.ods" : "fuzz.xlsx")
    try? FileManager.default.removeItem(at: path)
    do {
        switch mode {
        case 0:
            if body.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { return 0 }
            try body.write(to: path)
        case 1: try pack(["xl/worksheets/sheet1.xml": body], at: path)
        case 2: try pack(["mimetype": Data("application/vnd.oasis.opendocument.spreadsheet".utf8), "content.xml": body], at: path)
        default: try pack(["xl/worksheets/sheet1.xml": Data(sharedStringSheet.utf8), "xl/sharedStrings.xml": body], at: path)
        }
    } catch {
        return 0
    }
    var reader = DatasetReader()
    reader.defaultPeriod = Period(year: 2023)
    reader.defaultIndicator = "new_htx"
    reader.parallel = false
    var dataset = Dataset()
    do {
        let bytes = [UInt8](try Data(contentsOf: path))
        try reader.read(bytes: bytes, file: "fuzz.xlsx", into: &dataset)
    } catch {
        _ = String(describing: error)
    }
    try? FileManager.default.removeItem(at: path)
    return 0
}

private let workbookXML = """
    <?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
    xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Biểu 01" sheetId="1" r:id="rId1"/></sheets></workbook>
    """
private let relationshipsXML = """
    <?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>
    """
private let sharedStringSheet = """
    <?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>\
    <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>\
    <row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>2023</v></c><c r="C2" t="s"><v>4</v></c></row></sheetData></worksheet>
    """

/// A workbook archive holding `parts` (and, for an .xlsx, its workbook and relationships).
private func pack(_ parts: [String: Data], at url: URL) throws {
    let archive = try Archive(url: url, accessMode: .create)
    var all = parts
    if parts["content.xml"] == nil {
        all["xl/workbook.xml"] = Data(workbookXML.utf8)
        all["xl/_rels/workbook.xml.rels"] = Data(relationshipsXML.utf8)
    }
    for (name, content) in all.sorted(by: { $0.key < $1.key }) {
        try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(content.count), compressionMethod: .deflate) { position, size in
            content.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}
