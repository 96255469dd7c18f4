import Foundation
import Testing

@Suite struct AggregateCLITests {
    static let registry = """
        id,name,province,kind,founded,dissolved,members,workers,revenue
        HN1,HTX Thanh Liêm,Hà Nam,htx,2010-03-15,,120,30,1500
        HN2,"HTX Dịch vụ, Vận tải",Hà Nam,htx,15/06/2024,,40,12,800.4
        NB1,HTX Hoa Lư,Ninh Bình,htx,2012-05-05,,200,50,2000
        QN1,HTX Hạ Long,Quảng Ninh,htx,2023-07-07,,50,10,700

        """

    @Test func aggregateWritesTheLongCSVThatSummaryReadsBack() throws {
        let folder = try IngestCLI.folder(["registry.csv": Self.registry])
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("figures.csv").path
        let run = try IngestCLI.run(["aggregate", folder.appendingPathComponent("registry.csv").path, "--from", "2024", "--to", "2026", "-o", out])
        #expect(run.status == 0)
        #expect(run.stderr.contains("aggregated 4 cooperatives"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("province,year,indicator,value\nQuảng Ninh,2024,htx,1\n"))
        // In 2026 Hà Nam and the old Ninh Bình are the new Ninh Bình: 3 HTX, revenue (1500+800.4+2000)/3.
        #expect(text.contains("Ninh Bình,2026,htx,3\n"))
        #expect(text.contains("Ninh Bình,2026,revenue_avg,1433.47\n"))
        let summary = try IngestCLI.run(["summary", out, "--year", "2026", "--format", "csv"])
        #expect(summary.status == 0)
        #expect(summary.stdout.contains("htx,37,Ninh Bình,2026,3,exact,"))
    }

    @Test func halfYearsAreWrittenAsH1AndH2() throws {
        let folder = try IngestCLI.folder(["registry.csv": Self.registry])
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try IngestCLI.run(["aggregate", folder.appendingPathComponent("registry.csv").path, "--by", "half", "--from", "2025", "--to", "2025"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("Hà Nam,2025-H1,htx,2\n"))
        #expect(run.stdout.contains("Ninh Bình,2025-H2,htx,3\n"))
    }

    @Test func aBadRowExitsNonZeroWithFileLineFieldAndWritesNothing() throws {
        let folder = try IngestCLI.folder(["registry.csv": Self.registry + "X1,HTX X,Hà Nam,htx,2020-02-30,,1,1,1\n"])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("registry.csv").path
        let out = folder.appendingPathComponent("figures.csv").path
        let run = try IngestCLI.run(["aggregate", path, "-o", out])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("\(path):6: founded: \"2020-02-30\" is not a real date"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test func everyBadRowIsReportedInOneRunAndNothingIsWritten() throws {
        let bad =
            Self.registry
            + "X1,HTX X,Hà Nam,htx,2020-02-30,,1,1,1\n"
            + "X2,HTX Y,Hà Nam,htx,20/12/23,,1,1,1\n"
            + "X3,HTX Z,Hà Nam,htx,1/7/2020,,1,1,1\n"
            + "X4,HTX W,Hà Nam,htx,01-07-2020,2019-01-01,1,1,1\n"
        let folder = try IngestCLI.folder(["registry.csv": bad])
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("registry.csv").path
        let out = folder.appendingPathComponent("figures.csv").path
        let run = try IngestCLI.run(["aggregate", path, "-o", out])
        #expect(run.status == 1)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(lines[0].hasPrefix("\(path):6: founded: \"2020-02-30\" is not a real date: February 2020 has 29 days; write a date that exists as YYYY-MM-DD"))
        #expect(
            lines[1].hasPrefix(
                "\(path):7: founded: \"20/12/23\" has a two-digit year, so its century is ambiguous (1923 or 2023?); write the year in full, such as 20/12/2023"
            ))
        #expect(lines[2] == "\(path):9: dissolved: 2019-01-01 is before the founding date 2020-07-01; check both dates")
        #expect(lines[3] == "\(path): 3 bad rows; fix them and run again (nothing is written while a row is bad)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["registry.csv"])
    }

    @Test func helpExplainsTheIndicatorsWithExamples() throws {
        let run = try IngestCLI.run(["aggregate", "--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("revenue_avg"))
        #expect(run.stdout.contains("coopchart aggregate registry.csv --by half"))
    }

    @Test func fromAfterToIsAUsageError() throws {
        let run = try IngestCLI.run(["aggregate", "r.csv", "--from", "2026", "--to", "2020"])
        #expect(run.status == 64)
        #expect(run.stderr.contains("--from 2026 is after --to 2020"))
    }
}
