import Foundation
import Testing
@testable import CoopAnalytics

/// The fast paths (a second parsing thread, two-core UTF-8 checking, block-by-block reading) give
/// exactly what the plain sequential paths give: the same records, figures and first error.
@Suite struct PerfParallelTests {
    /// Over a megabyte of CSV with quoted line breaks, CRLF lines, blank lines and a ragged row.
    static let awkwardText: [UInt8] = {
        var text = "province,year,indicator,value,note\r\n"
        for index in 0..<40_000 {
            switch index % 997 {
            case 5: text += "Hà Nam,2017,htx,\(index),\"two\nlines, and a comma\"\n"
            case 9: text += "\n"
            case 11: text += "Nam Định,2017,htx,\(index)\r\n"
            default: text += "Hà Nam,\(1990 + index % 30),htx,\(index),\"ghi chú \(index % 7)\"\n"
            }
        }
        return Array(text.utf8)
    }()

    private func records(_ text: [UInt8], parallel: Bool) throws -> [(Int, [String])] {
        var out: [(Int, [String])] = []
        try CSVReader.read(text, delimiter: 0x2C, file: "t.csv", parallel: parallel) { out.append(($0.line, $0.strings)) }
        return out
    }

    @Test func theParsingThreadHandsOverTheSameRecordsOnTheSameLines() throws {
        #expect(Self.awkwardText.count > CSVReader.parallelThreshold)
        let sequential = try records(Self.awkwardText, parallel: false)
        let parallel = try records(Self.awkwardText, parallel: true)
        #expect(sequential.count == parallel.count)
        #expect(sequential.map(\.0) == parallel.map(\.0))
        #expect(sequential.map(\.1) == parallel.map(\.1))
    }

    @Test func anUnterminatedQuoteFarIntoTheFileIsTheSameErrorInBothModes() {
        let text = Self.awkwardText + Array("Hà Nam,2017,htx,1,\"never closed\n".utf8)
        var errors: [String] = []
        for parallel in [false, true] {
            do { _ = try records(text, parallel: parallel) } catch { errors.append("\(error)") }
        }
        #expect(errors.count == 2)
        #expect(errors.first == errors.last)
        #expect(errors.first?.contains("unterminated quoted field") == true)
    }

    @Test func anErrorInTheConsumerStopsTheParsingThreadAndIsRaised() {
        struct Stop: Error {}
        var seen = 0
        #expect(throws: Stop.self) {
            try CSVReader.read(Self.awkwardText, delimiter: 0x2C, file: "t.csv", parallel: true) { _ in
                seen += 1
                if seen == 1000 { throw Stop() }
            }
        }
        #expect(seen == 1000)
    }

    @Test func theDataReaderGivesTheSameDatasetAndErrorsInBothModes() {
        let registry = ProvinceRegistry.bundled
        let provinces = registry.inForce(on: SimpleDate(year: 2024, month: 12, day: 31)).map { registry.provinces[$0].name }
        let periods = (1946...2024).flatMap { ["\($0)", "\($0)-H1", "\($0)-H2"] }
        var text = "province,year,indicator,value\n"
        var rows = 0
        for indicator in ["htx", "new_htx", "members", "revenue_avg"] {
            for period in periods {
                for province in provinces where rows < 59_000 {
                    text += "\(province),\(period),\(indicator),\(rows % 9000)\n"
                    rows += 1
                }
            }
        }
        text += "Atlantis,2017,htx,3\nHà Nam,2017,htx,-1\n"
        let bytes = Array(text.utf8)
        var sequentialReader = DatasetReader()
        sequentialReader.parallel = false
        guard let files = try? TemporaryFiles(["d.csv": text]) else { Issue.record("cannot write"); return }
        defer { files.cleanup() }
        let results = [sequentialReader, DatasetReader()].map { $0.readCollecting(files: [files.path("d.csv")]) }
        #expect(bytes.count > CSVReader.parallelThreshold)
        #expect(results[0].dataset.observations.count == 59_000)
        // Compared as a whole, but reported briefly: a million-character dump helps nobody.
        let same = results[0].dataset.observations == results[1].dataset.observations
        #expect(same)
        #expect(results[0].errors == results[1].errors)
        #expect(results[0].errors.map(\.line) == [59_002, 59_003])
    }

    @Test func checkingUTF8InTwoHalvesFindsTheFirstProblemASinglePassFinds() {
        var text = Array(String(repeating: "Hà Nội,2017,htx,12\n", count: 400_000).utf8)
        #expect(text.count >= 1 << 22)
        let clean = text.withUnsafeBufferPointer { TextDecoding.firstProblemInHalves($0) }
        #expect(clean == nil)
        for position in [100, text.count / 2 - 1, text.count / 2 + 1, text.count - 3] {
            var broken = text
            broken[position] = 0xFF
            let halves = broken.withUnsafeBufferPointer { TextDecoding.firstProblemInHalves($0) }
            let single = broken.withUnsafeBufferPointer { TextDecoding.firstProblem($0) }
            #expect(halves?.offset == single?.offset)
            #expect(halves?.offset == position)
        }
        text[0] = 0x41
    }

    @Test func theWordAtATimeCheckFindsEveryControlByteAByteAtATimeCheckFinds() {
        // ASCII, so that every position is a whole character; tab, CR and LF are allowed control bytes.
        let line = Array("Ha Nam,2017,htx,12\tghi chu\r\n".utf8)
        for control: UInt8 in [0x00, 0x01, 0x08, 0x0B, 0x0E, 0x1B, 0x1F, 0x7F] {
            for position in [0, 7, 8, 31, 32, 33, 70] {
                var text = Array(repeating: line, count: 4).flatMap { $0 }
                text[position] = control
                let found = text.withUnsafeBufferPointer { TextDecoding.firstProblem($0) }
                // DEL (0x7F) is text; the others are control bytes.
                #expect(found?.offset == (control == 0x7F ? nil : position))
            }
        }
        // A clean text whose length is a multiple of 32 ends exactly where the fastest step stops.
        let exact = Array(String(repeating: "Ha Nam,2017,htx,12,ghi chu,xa 1\n", count: 64).utf8)
        #expect(exact.count % 32 == 0)
        #expect(exact.withUnsafeBufferPointer { TextDecoding.firstProblem(UnsafeBufferPointer(rebasing: $0[..<64])) } == nil)
    }

    @Test func blockByBlockReadingJoinsACharacterCutByABlocksEnd() throws {
        // "Hà" puts the two bytes of "à" across the 8-byte blocks' boundary.
        let files = try TemporaryFiles(["r.csv": "abcdefgHà,1\nxyz,2\n"])
        defer { files.cleanup() }
        let blocks = try TextBlocks(path: files.path("r.csv"), blockSize: 8)
        var text: [UInt8] = []
        while let block = try blocks.next() { text += Array(block) }
        #expect(String(decoding: text, as: UTF8.self) == "abcdefgHà,1\nxyz,2\n")
    }

    @Test func blockByBlockReadingReportsABadByteOnItsLine() throws {
        var bytes = Array("province,kind,founded\n".utf8)
        for _ in 0..<5000 { bytes += Array("Hà Nam,htx,2020-01-01\n".utf8) }
        bytes += [0x48, 0xE0, 0x20, 0x4E, 0x0A]
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("coopchart-blocks-\(UUID().uuidString).csv")
        try Data(bytes).write(to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocks = try TextBlocks(path: folder.path, blockSize: 4096)
        do {
            while try blocks.next() != nil {}
            Issue.record("no error")
        } catch let error as InputError {
            #expect(error.line == 5002)
            #expect(error.message.contains("not valid UTF-8") || error.message.contains("Windows-1258") || error.message.contains("TCVN3"))
        }
    }
}
