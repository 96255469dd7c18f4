import Foundation
import Testing

/// The shared runner, under the name these tests were written with.
typealias IngestCLI = CoopchartProcess

@Suite struct IngestCLITests {
    @Test func summaryWritesTheContractCSV() throws {
        let folder = try IngestCLI.folder([:])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("s.csv").path
        let run = try IngestCLI.run(["summary", IngestCLI.samples.appendingPathComponent("dbsh-2017.csv").path, "--year", "2017", "-o", out])
        #expect(run.status == 0)
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("indicator,code,province,period,value,qualifier,share_pct,rank,growth_pct\nnew_htx,22,Quảng Ninh,2017,86,exact,49.43,1,\n"))
    }

    @Test func aBadValueExitsNonZeroWithFileLineAndWritesNoOutput() throws {
        let folder = try IngestCLI.folder([
            "bad.csv": "province,year,indicator,value\nHà Nam,2017,htx,4.139\nHà Nam,2017,revenue_avg,\"46,5\"\nNam Định,2017,revenue_avg,46.5\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("bad.csv").path
        let out = folder.appendingPathComponent("out.csv").path
        let run = try IngestCLI.run(["summary", input, "--format", "csv", "-o", out])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(input):4: value: \"46.5\" is written in English style"))
        #expect(run.stdout.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.csv"])
    }

    @Test func validateListsEveryErrorThenASummaryAndFails() throws {
        let folder = try IngestCLI.folder([
            "v.csv": "province,year,indicator,value\nHà Nam,2017,htx,xyz\nHa Namm,2017,htx,1\nHà Nam,2017,htx,20\nHà Nam,2017,new_htx,25\n"
        ])
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("v.csv").path
        let run = try IngestCLI.run(["validate", input])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("\(input):2: value: \"xyz\" is not a number"))
        #expect(lines[1].hasPrefix("\(input):3: province: unknown province \"Ha Namm\""))
        #expect(lines[2].hasPrefix("\(input):5: warning: Hà Nam new_htx 2017 is 25, more than its total htx 20"))
        #expect(run.stdout == "2 errors, 1 warning in 1 file (2 figures read)\n")
    }

    @Test func validatePassesTheSamplesWithExitZero() throws {
        let files = ["dbsh-2017.csv", "dbsh-2017-illustrative.csv", "dbsh-2017-cluster-totals.csv", "dbsh-2017-wide.csv"]
            .map { IngestCLI.samples.appendingPathComponent($0).path }
        let run = try IngestCLI.run(["validate"] + files + ["--cluster", "dbsh-2017"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("no errors, "))
    }

    @Test func harmonizeSumsTheOldUnitsIntoTheNewOnes() throws {
        let folder = try IngestCLI.folder(["d.csv": "province,year,indicator,value\nNinh Bình,2017,htx,420\nHà Nam,2017,htx,289\nNam Định,2017,htx,450\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try IngestCLI.run(["harmonize", folder.appendingPathComponent("d.csv").path, "--to", "2025-07-01"])
        #expect(run.status == 0)
        #expect(
            run.stdout == "code,province,year,indicator,value,unit,qualifier,source,note,harmonized_to\n"
                + "37,Ninh Bình,2017,htx,1159,,exact,,gộp: Ninh Bình + Hà Nam + Nam Định,2025-07-01\n")
    }

    @Test func harmonizeRefusesABadDate() throws {
        let run = try IngestCLI.run(["harmonize", IngestCLI.samples.appendingPathComponent("dbsh-2017.csv").path, "--to", "July 2025"])
        #expect(run.status == 1)
        #expect(run.stderr == "--to: \"July 2025\" is not a date; write YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)\n")
    }

    @Test func provincesListsThe34UnitsInForceAfterTheMerger() throws {
        let run = try IngestCLI.run(["provinces", "--at", "2025-07-01", "--format", "csv"])
        #expect(run.status == 0)
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.first == "code,name,ascii_name,valid_from,valid_to,successor_code,region")
        #expect(lines.count == 35)
    }

    @Test func aClusterLeavesOutOtherProvincesWithOneNote() throws {
        let folder = try IngestCLI.folder(["d.csv": "province,year,indicator,value\nHà Nội,2017,htx,1\nHà Nam,2017,htx,2\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try IngestCLI.run(["summary", folder.appendingPathComponent("d.csv").path, "--cluster", "dbsh-2017", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stderr == "note: 1 figure outside cluster dbsh-2017 left out (Hà Nội)\n")
    }
}
