import Foundation
import ArgumentParser
import CoopAnalytics
import CoopReport
import CoopFigures
import CoopCharts
import CoopFormatting
import CoopService

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Score and rank provinces by an emulation scheme (giao ước thi đua), line by line.",
        discussion: """
            The scheme file (YAML) lists the criteria signed at the start of the year: for each, an \
            indicator or a formula, its maximum points and a method (minmax, proportional, target, rank); \
            then bonus and penalty points, the tie-break order and the awards. See samples/scheme-dbsh-2017.yaml.

            Totals are rounded to 2 decimals; equal totals are separated by the tie-break criteria. \
            Provinces still equal share a rank (1, 1, 3) and are flagged "tie"; a tie at rank 1 is also \
            flagged "vote": the conference decides, the tool does not. A province without a figure gets \
            0 points on that criterion and a "missing:<id>" flag. A period in which no province in scope \
            has a figure for any criterion, or a criterion no province has a figure for, is an error: \
            nothing is ranked from no data.

            Estimates are carried through: points computed from an approximate figure ("khoảng 38", \
            qualifier approx) are flagged "approx:<id>", from a bound ("hơn 154.071", at_least/at_most) \
            "bound:<id>"; the table marks such points ≈ > <, and --explain writes "new_htx ≈ 38 (khoảng, \
            ước tính)". A plan figure (target) is taken as written. --sensitivity also draws every \
            estimate within --estimate-spread (default ±10 %; a lower bound only upwards, an upper bound \
            only downwards) and re-scores its criterion in each draw, so the rank bands show how much the \
            ranking rests on estimates.

            Outputs: a table (default), CSV (rank,code,province,total,<criterion ids…>,adjustments,award,flags) \
            or JSON, on stdout or with -o to a .txt, .csv or .json file (written whole or not at all; a \
            CSV file starts with a UTF-8 BOM so Excel shows Vietnamese correctly; --excel puts the BOM on \
            CSV written to stdout too and uses the separator and decimal mark of --lang: vi ";" and 46,5, \
            en "," and 46.5; --csv-style vi|en|rfc4180 chooses explicitly).

            -o scorecard.xlsx writes the scorecard as a workbook to check cell by cell: sheet "Bảng điểm" \
            (Scorecard with --lang en) where every point, total, rank and award is a live Excel formula \
            over the raw values (MIN/MAX over the column, IF for max = min, MIN for the target cap, \
            RANK.EQ for ranks, formula criteria as cell arithmetic, missing values as empty cells scoring \
            0; total = ROUND(SUM(points)+adjustment;2); rank = RANK.EQ of the total plus the tie-break \
            chain, stated in the notes where it decides); sheet "Số liệu" (Data) with every raw figure \
            once (however many criteria read it, so correcting it moves them all), its qualifier and \
            sources; sheet "Cách tính" (Method) with the scheme. The file carries \
            coopchart's numbers as cached values, so it shows them before any recalculation.

            Examples:
              coopchart rank samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv --scheme samples/scheme-dbsh-2017.yaml
              coopchart rank samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --format csv -o ranking.csv
              coopchart rank samples/*.csv --scheme samples/scheme-dbsh-2017.yaml -o scorecard.xlsx
              coopchart rank samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --excel -o ranking.csv   (Excel, Vietnamese settings)
              coopchart rank samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --explain "Hà Nam"
              coopchart rank samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --sensitivity 10000 --seed 7 --spread 0.25
              coopchart rank samples/*.csv --scheme samples/scheme-new-htx.yaml --compare-previous
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("The scoring scheme (YAML): criteria, points, methods, adjustments, tie-break, awards.", valueName: "FILE"))
    var scheme: String

    @Option(help: ArgumentHelp("The period to score (2017, 2017-H1); overrides the scheme's year.", valueName: "PERIOD"))
    var year: String?

    @Option(help: ArgumentHelp("Output format; taken from -o's extension when not given.", valueName: "table|csv|json"))
    var format: RankOutputFormat?

    @Option(
        name: [.short, .customLong("output")],
        help: ArgumentHelp(
            "Write to this .txt, .csv or .json file instead of stdout, write the scorecard workbook with live formulas (.xlsx), or draw the scorecard (with --sensitivity: the robustness chart) to .png, .pdf, .svg or .eps.",
            valueName: "OUT"))
    var output: String?

    @Option(help: ArgumentHelp("Show how one province's points were computed, criterion by criterion.", valueName: "PROVINCE"))
    var explain: String?

    @Option(
        help: ArgumentHelp(
            "Robustness: N draws with every maximum multiplied by a random factor in [1−spread, 1+spread]; reports median rank and 5th–95th percentile band.",
            valueName: "N"))
    var sensitivity: Int?

    @Option(help: ArgumentHelp("Seed of the draws: the same seed gives the same result.", valueName: "S"))
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Half-width of the random factor on each maximum, between 0 and 1.", valueName: "X"))
    var spread: Double = 0.25

    @Option(
        name: .customLong("estimate-spread"),
        help: ArgumentHelp(
            "With --sensitivity: how far an estimate may be off. Each draw takes an approximate value (≈x) uniformly in x ± X·|x|, a lower bound (>x) in [x, x + X·|x|], an upper bound (<x) in [x − X·|x|, x], then re-scores the criterion. Between 0 and 1; 0 draws no estimates.",
            valueName: "X"))
    var estimateSpread: Double = SensitivityAnalysis.defaultEstimateSpread

    @Flag(help: "Show each province's rank for the previous period under the same scheme, and the change (↑2, ↓1, =, new).")
    var comparePrevious = false

    @OptionGroup var spreadsheet: ExcelOption

    @OptionGroup(title: "Drawing (with -o .png, .pdf, .svg or .eps)") var drawing: DrawingOptions

    @OptionGroup var overwrite: OverwriteOption

    func validate() throws {
        try Diagnostics.usage { try SensitivitySettings.check(draws: sensitivity, spread: spread, estimateSpread: estimateSpread) }
        if explain != nil && sensitivity != nil {
            throw ValidationError("--explain and --sensitivity are separate reports; give one of them")
        }
        if explain != nil && format == .csv {
            throw ValidationError("--explain writes text or JSON; use --format table or json")
        }
        let impliedCSV = output.map { URL(fileURLWithPath: $0).pathExtension.lowercased() == "csv" } ?? false
        try drawing.check(format: output.flatMap { OutputFormat(pathExtension: URL(fileURLWithPath: $0).pathExtension) })
        try spreadsheet.check(isCSV: explain == nil && (format == .csv || (format == nil && impliedCSV)))
    }

    /// The robustness draws asked for, if any.
    private var sensitivitySettings: SensitivitySettings? {
        sensitivity.map { SensitivitySettings(draws: $0, seed: seed, spread: spread, estimateSpread: estimateSpread) }
    }

    func run() throws {
        try Diagnostics.reportingErrors(output: output) {
            let destination = try RankOutput(path: output, format: format, explaining: explain != nil, excel: spreadsheet.wantsByteOrderMark)
            try InputLimits.checkYAMLFile(self.scheme, what: "a scheme")
            let period = try year.map { try Period.parse($0, parameter: .year) }
            let prepared = try data.prepare(year: year ?? data.schemeYear(self.scheme))
            let request = RankRequest(scheme: .file(self.scheme), period: period, language: data.lang, comparePrevious: comparePrevious)
            let result = try Ranking.score(
                request, data: prepared, harmonize: data.harmonize, restateCluster: data.restateCluster,
                clusters: CommandLineClusters())
            Diagnostics.notes(result.notes.filter { !prepared.notes.contains($0) })
            let inputs = data.files + [self.scheme]

            if destination.isWorkbook, let path = destination.path {
                if sensitivity != nil || comparePrevious {
                    throw InputError(
                        file: path,
                        message:
                            "the workbook holds the scorecard with its formulas; --sensitivity and --compare-previous write a table, CSV or JSON (or a chart): drop them or choose another output"
                    )
                }
                try AtomicFile.write(
                    try Ranking.workbook(result, created: try OfficeOutput.sourceDateEpoch()), to: path, inputs: inputs, force: overwrite.force)
                return
            }
            if let image = destination.image, let path = destination.path {
                let file = try Ranking.drawing(
                    result, sensitivity: sensitivitySettings, drawing: try drawing.drawingSettings(), format: image,
                    documentDate: try ReproducibleDate.current())
                Diagnostics.notes(FontNotes.notes(file))
                try AtomicFile.write(file.bytes, to: path, inputs: inputs, force: overwrite.force)
                return
            }
            let text: String
            if let explain {
                text = try RankExplanation.text(of: explain, in: result, format: destination.format)
            } else if let settings = sensitivitySettings {
                let analysis = SensitivityAnalysis(
                    sheet: result.sheet, draws: settings.draws, seed: settings.seed, spread: settings.spread,
                    estimateSpread: settings.estimateSpread)
                let report = SensitivityOutput(analysis: analysis, sheet: result.sheet, language: data.lang)
                switch destination.format {
                case .table: text = report.table()
                case .csv: text = report.csv(style: spreadsheet.style(data.lang))
                case .json: text = report.json().text() + "\n"
                }
            } else {
                let report = ScoreSheetOutput(sheet: result.sheet, language: data.lang)
                switch destination.format {
                case .table: text = report.table()
                case .csv: text = report.csv(style: spreadsheet.style(data.lang))
                case .json: text = report.json().text() + "\n"
                }
            }
            try destination.write(text, inputs: inputs, force: overwrite.force)
        }
    }
}
