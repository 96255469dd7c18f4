import CoopTestSupport
import Foundation
import Testing

/// Dates typed on the command line (`provinces --at`, `harmonize --to`, `report --date`) are read as
/// registry cells are: YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY; a two-digit year or a day not in the
/// calendar is refused, naming the value and the accepted forms.
@Suite struct DateOptionCLITests {
    static let forms = "YYYY-MM-DD (2025-07-01), DD/MM/YYYY (01/07/2025) or DD-MM-YYYY (01-07-2025)"

    @Test func provincesAtReadsEveryFormAsTheSameDay() throws {
        let iso = try CoopchartProcess.run(["provinces", "--at", "2025-06-30", "--format", "csv"])
        #expect(iso.status == 0)
        #expect(iso.stdout.contains("35,Hà Nam,"))
        for text in ["30/06/2025", "30/6/2025", "30-06-2025"] {
            let run = try CoopchartProcess.run(["provinces", "--at", text, "--format", "csv"])
            #expect(run.status == 0, "\(text): \(run.stderr)")
            #expect(run.stdout == iso.stdout, "\(text)")
        }
    }

    @Test func harmonizeToReadsTheVietnameseForm() throws {
        let iso = try CoopchartProcess.run(["harmonize", "samples/dbsh-2017.csv", "--to", "2025-07-01"])
        let vietnamese = try CoopchartProcess.run(["harmonize", "samples/dbsh-2017.csv", "--to", "1/7/2025"])
        #expect(iso.status == 0)
        #expect(vietnamese.status == 0, "\(vietnamese.stderr)")
        #expect(vietnamese.stdout == iso.stdout)
        #expect(iso.stdout.contains("37,Ninh Bình,2017,"))
    }

    @Test func aTwoDigitYearIsRefusedWithItsReason() throws {
        let run = try CoopchartProcess.run(["provinces", "--at", "20/12/23"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(
            run.stderr == "--at: \"20/12/23\" has a two-digit year, so its century is ambiguous (1923 or 2023?); "
                + "write the year in full, such as 20/12/2023; the accepted forms are \(Self.forms)\n")
    }

    @Test func aDayNotInTheCalendarIsRefusedNamingTheValue() throws {
        let run = try CoopchartProcess.run(["harmonize", "samples/dbsh-2017.csv", "--to", "31/02/2024"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderr == "--to: \"31/02/2024\" is not a real date: February 2024 has 29 days; write a date that exists as \(Self.forms)\n")
    }

    @Test func reportDateReadsTheVietnameseFormAndRefusesAnImpossibleDay() throws {
        let folder = try CoopchartProcess.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let pdf = folder.appendingPathComponent("report.pdf").path
        let base = ["report", "samples/dbsh-2017.csv", "samples/dbsh-2017-illustrative.csv", "--scheme", "samples/scheme-dbsh-2017.yaml", "-o", pdf]
        let bad = try CoopchartProcess.run(base + ["--date", "32/12/2017"])
        #expect(bad.status == 64)
        #expect(bad.stderr.hasPrefix("Error: --date: \"32/12/2017\" is not a real date: December 2017 has 31 days; write a date that exists as \(Self.forms)"))
        #expect(!FileManager.default.fileExists(atPath: pdf))
        let good = try CoopchartProcess.run(base + ["--date", "15/12/2017"])
        #expect(good.status == 0, "\(good.stderr)")
        let info = try ChildProcess.tool("pdfinfo", [pdf])
        #expect(info.output.contains("Dec 15 00:00:00 2017"), "\(info.output)")
    }
}
