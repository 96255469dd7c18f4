import ArgumentParser
import Foundation
import CoopAnalytics
import CoopCharts
import CoopService
import CoopSlides

struct SlidesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slides",
        abstract: "Write the conference deck: a 16:9 PowerPoint file (.pptx) whose charts stay editable, from the same content as the report.",
        discussion: """
            The deck has a title slide (the conference, the cluster, the period, the organisation, the \
            date); one slide per figure of the report, in the order and under the titles of `coopchart \
            figures`; the scorecard as a table (every province, over several slides with the header \
            repeated); and the awards. Each slide prints its figure's sources and notes in a footer line, \
            and its speaker notes hold them in full with the report's sentences about the figure.

            Bar, column, grouped, stacked (and 100 %), line, scatter, donut and radar charts are \
            PowerPoint charts: right-click, Edit Data opens their figures in Excel (the workbook travels \
            inside the deck). Categories are the province names in full, in coopchart's order; the cluster \
            average is a dashed series; the labels are coopchart's own text (2.425.931; ≈590; >120.000) in \
            a column beside the figures. Rankings of more than 32 provinces stand in two charts side by \
            side so every name is printed. The scorecard, the robustness bands and other kinds without a \
            native form are pictures at twice the slide's pixel size, with the title and figures as alt text.

            Text is written in Times New Roman (titles) and Arial, the Word report's fonts.

            Examples:
              coopchart slides samples/dbsh-2017.csv samples/dbsh-2017-illustrative.csv \\
                  --scheme samples/scheme-dbsh-2017.yaml --year 2017 -o hoi-nghi-2017.pptx
              coopchart slides samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --year 2017 \\
                  --highlight "Ninh Bình" --organisation "Liên minh HTX tỉnh Ninh Bình" --date 2017-12-15 -o hoi-nghi.pptx
              coopchart slides samples/*.csv --scheme samples/scheme-dbsh-2017.yaml --year 2017 --lang en -o conference.pptx
            """
    )

    @OptionGroup var data: DataOptions

    @Option(help: ArgumentHelp("The scoring scheme (YAML).", valueName: "FILE"))
    var scheme: String

    @Option(help: ArgumentHelp("The period presented (2017, 2017-H1); default: the scheme's year.", valueName: "PERIOD"))
    var year: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("The deck: a file name ending in .pptx.", valueName: "OUT"))
    var output: String

    @OptionGroup var overwrite: OverwriteOption

    @Option(help: ArgumentHelp("Title of the deck (default: from the cluster and period).", valueName: "TEXT"))
    var title: String?

    @Option(help: ArgumentHelp("The organisation presenting, on the title slide and as the file's author.", valueName: "TEXT"))
    var organisation: String?

    @Option(help: ArgumentHelp("The date on the title slide (YYYY-MM-DD, DD/MM/YYYY or DD-MM-YYYY).", valueName: "DATE"))
    var date: String?

    @Option(help: ArgumentHelp("Colours of the charts: conference (default), print, slide, colorblind, or a theme YAML file.", valueName: "NAME|FILE.yaml"))
    var theme: String?

    @Option(help: ArgumentHelp("A province drawn in its own colour in every chart and bold in the scorecard (\"Ninh Bình\").", valueName: "PROVINCE"))
    var highlight: String?

    @Option(
        name: .customLong("map"),
        help: ArgumentHelp("Add a province map of this indicator, as a picture slide (repeatable; a scheme's maps: list adds its own).", valueName: "ID"))
    var maps: [String] = []

    func validate() throws {
        guard URL(fileURLWithPath: output).pathExtension.lowercased() == "pptx" else {
            throw ValidationError("the deck is a PowerPoint file; give -o a name ending in .pptx (for a PDF use `coopchart report`)")
        }
        if let date { try DateOption.check(date, option: "--date") }
    }

    func run() throws {
        try Diagnostics.reportingErrors(output: output) {
            let date = try self.date.map { try DateOption.read($0, option: "--date") }
            let chosenTheme = try SlidesCommand.theme(theme)
            let request = try ReportSetup.request(
                data: data, scheme: scheme, year: year, title: title, organisation: organisation, date: date, maps: maps)
            var options = SlideOptions(theme: chosenTheme, highlight: highlight)
            options.documentDate = try date.map { DocumentDate.day($0.description) } ?? ReproducibleDate.currentOrOmitted()
            options.created = try ReproducibleDate.epochSeconds() ?? SlideOptions.fixedCreation
            let bytes: [UInt8]
            do {
                bytes = try PowerPointDeck.pptx(request, options: options)
            } catch let error as InputError {
                throw error
            } catch {
                throw InputError(file: output, message: "writing the deck failed: \(error); nothing was written")
            }
            try AtomicFile.write(bytes, to: output, inputs: data.files + [scheme], force: overwrite.force)
        }
    }

    /// The theme named by --theme: a built-in name or a YAML file.
    static func theme(_ name: String?) throws -> Theme {
        guard let name else { return .conference }
        if let builtIn = Theme.named(name) { return builtIn }
        if name.hasSuffix(".yaml") || name.hasSuffix(".yml") || name.contains("/") { return try ThemeFile.read(name) }
        throw InputError(file: "--theme", message: "unknown theme \"\(name)\"; use \(Theme.builtIn.map(\.name).joined(separator: ", ")) or a .yaml file")
    }
}
