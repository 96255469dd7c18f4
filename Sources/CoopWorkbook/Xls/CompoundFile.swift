import Foundation

/// The streams of an OLE compound file (the container of an .xls), found through its sector tables,
/// so the workbook's own records can be read beside libfreexl: libfreexl gives each cell's value but not
/// its number format (a percentage), an error a formula computed, hidden rows and columns, merged cells
/// or hidden sheets. Every offset and chain is checked against the file; a chain that loops or leaves
/// the file is an error, never an endless read.
struct CompoundFile {
    private let bytes: [UInt8]
    private let sectorSize: Int
    private let fat: [UInt32]
    private let miniFat: [UInt32]
    private let miniStream: [UInt8]
    private let miniCutoff: Int
    private let entries: [(name: String, type: UInt8, start: UInt32, size: Int)]

    struct Damaged: Error { let reason: String }

    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    private static let freeSector: UInt32 = 0xFFFF_FFFF

    init(bytes: [UInt8]) throws {
        self.bytes = bytes
        guard bytes.count >= 512, bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) else { throw Damaged(reason: "no compound-file header") }
        let shift = Int(Self.u16(bytes, 0x1E))
        guard shift == 9 || shift == 12 else { throw Damaged(reason: "sector size 2^\(shift)") }
        sectorSize = 1 << shift
        let sectorCount = (bytes.count + sectorSize - 1) / sectorSize
        // The sectors holding the FAT: 109 in the header, the rest in a chain of DIFAT sectors.
        var fatSectors: [UInt32] = (0..<109).map { Self.u32(bytes, 0x4C + 4 * $0) }.filter { $0 < Self.freeSector - 3 }
        var difat = Self.u32(bytes, 0x44)
        var visited = 0
        while difat < Self.freeSector - 3 {
            visited += 1
            guard visited <= sectorCount else { throw Damaged(reason: "the DIFAT chain loops") }
            let base = Self.offset(of: difat, sectorSize: sectorSize)
            guard base + sectorSize <= bytes.count else { throw Damaged(reason: "a DIFAT sector lies outside the file") }
            let perSector = sectorSize / 4 - 1
            for index in 0..<perSector {
                let sector = Self.u32(bytes, base + 4 * index)
                if sector < Self.freeSector - 3 { fatSectors.append(sector) }
            }
            difat = Self.u32(bytes, base + 4 * perSector)
        }
        var fat: [UInt32] = []
        fat.reserveCapacity(fatSectors.count * sectorSize / 4)
        for sector in fatSectors {
            let base = Self.offset(of: sector, sectorSize: sectorSize)
            guard base + sectorSize <= bytes.count else { throw Damaged(reason: "a FAT sector lies outside the file") }
            for index in 0..<(sectorSize / 4) { fat.append(Self.u32(bytes, base + 4 * index)) }
        }
        self.fat = fat
        miniCutoff = Int(Self.u32(bytes, 0x38))
        let directory = try Self.chain(from: Self.u32(bytes, 0x30), fat: fat, bytes: bytes, sectorSize: sectorSize)
        var entries: [(name: String, type: UInt8, start: UInt32, size: Int)] = []
        for base in stride(from: 0, to: directory.count - 127, by: 128) {
            let nameLength = min(Int(Self.u16(directory, base + 0x40)), 64)
            let units = (0..<max(0, nameLength / 2 - 1)).map { UInt16(directory[base + 2 * $0]) | UInt16(directory[base + 2 * $0 + 1]) << 8 }
            let size = Int(min(Self.u32(directory, base + 0x78), UInt32(Int32.max)))
            entries.append((String(decoding: units, as: UTF16.self), directory[base + 0x42], Self.u32(directory, base + 0x74), size))
        }
        self.entries = entries
        guard let root = entries.first, root.type == 5 else { throw Damaged(reason: "no root entry") }
        miniStream =
            root.start < Self.freeSector - 3
            ? Array(try Self.chain(from: root.start, fat: fat, bytes: bytes, sectorSize: sectorSize).prefix(root.size)) : []
        let miniFatBytes = try Self.chain(from: Self.u32(bytes, 0x3C), fat: fat, bytes: bytes, sectorSize: sectorSize)
        miniFat = (0..<(miniFatBytes.count / 4)).map { Self.u32(miniFatBytes, 4 * $0) }
    }

    /// The stream named `name` (case-insensitive), or nil when the file has none.
    func stream(named name: String) throws -> [UInt8]? {
        guard let entry = entries.first(where: { $0.type == 2 && $0.name.lowercased() == name.lowercased() }) else { return nil }
        if entry.size < miniCutoff {
            var out: [UInt8] = []
            var sector = entry.start
            var visited = 0
            while sector != Self.endOfChain && out.count < entry.size {
                visited += 1
                guard Int(sector) < miniFat.count, visited <= miniFat.count else { throw Damaged(reason: "a mini-stream chain is broken") }
                let base = Int(sector) * 64
                guard base + 64 <= miniStream.count else { throw Damaged(reason: "a mini sector lies outside the mini stream") }
                out += miniStream[base..<(base + 64)]
                sector = miniFat[Int(sector)]
            }
            return Array(out.prefix(entry.size))
        }
        return Array(try Self.chain(from: entry.start, fat: fat, bytes: bytes, sectorSize: sectorSize).prefix(entry.size))
    }

    private static func chain(from start: UInt32, fat: [UInt32], bytes: [UInt8], sectorSize: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var sector = start
        var visited = 0
        while sector != endOfChain && sector != freeSector {
            visited += 1
            guard Int(sector) < fat.count, visited <= fat.count else { throw Damaged(reason: "a sector chain loops or leaves the table") }
            let base = offset(of: sector, sectorSize: sectorSize)
            guard base + sectorSize <= bytes.count else {
                // The last sector of a file may be cut short.
                if base < bytes.count { out += bytes[base...]; break }
                throw Damaged(reason: "a sector lies outside the file")
            }
            out += bytes[base..<(base + sectorSize)]
            sector = fat[Int(sector)]
        }
        return out
    }

    private static func offset(of sector: UInt32, sectorSize: Int) -> Int { (Int(sector) + 1) * sectorSize }

    static func u16(_ bytes: [UInt8], _ at: Int) -> UInt16 {
        guard at >= 0, at + 1 < bytes.count else { return 0 }
        return UInt16(bytes[at]) | UInt16(bytes[at + 1]) << 8
    }

    static func u32(_ bytes: [UInt8], _ at: Int) -> UInt32 {
        guard at >= 0, at + 3 < bytes.count else { return 0 }
        return UInt32(bytes[at]) | UInt32(bytes[at + 1]) << 8 | UInt32(bytes[at + 2]) << 16 | UInt32(bytes[at + 3]) << 24
    }
}
