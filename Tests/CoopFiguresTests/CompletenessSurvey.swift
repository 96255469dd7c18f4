import CoopCharts
import CoopFigures
import Foundation
import Testing

@Suite struct CompletenessSurvey {
    @Test func picture() throws {
        guard let spec = ProcessInfo.processInfo.environment["SURVEY_PNG"] else { return }
        let parts = spec.split(separator: ",").map(String.init)
        let kind = FigureRequest.Kind(rawValue: parts[0])!, count = Int(parts[1])!, page = PageSize(rawValue: parts[2])!
        let theme = Theme.named(parts[3])!
        let figure = try GeneratedFigures.figure(kind, count: count, theme: theme, seed: UInt64(count * 31 + 7))
        var options = RenderOptions(pngScale: 1.5)
        options.width = page.size.width; options.height = page.size.height
        print("MISSING", try FigureRendering.missingLabels(figure.chart, options: options))
        let bytes = try ChartRenderer.render(figure.chart, format: .png, options: options)
        try Data(bytes).write(to: URL(fileURLWithPath: "/tmp/survey.png"))
    }

    @Test func survey() throws {
        guard let filter = ProcessInfo.processInfo.environment["SURVEY"] else { return }
        let kinds = FigureRequest.Kind.allCases.filter { filter == "all" || filter.split(separator: ",").contains(Substring($0.rawValue)) }
        for kind in kinds {
            for count in [2, 9, 30, 34, 57, 63] {
                var line = "\(kind.rawValue) \(count):"
                for page in PageSize.allCases {
                    for theme in Theme.builtIn {
                        let start = Date()
                        let figure: Figure
                        do { figure = try GeneratedFigures.figure(kind, count: count, theme: theme, seed: UInt64(count * 31 + 7)) }
                        catch { line += " \(page.rawValue)/\(theme.name)=ERR(\(error))"; continue }
                        var options = RenderOptions()
                        options.width = page.size.width; options.height = page.size.height
                        let missing = try FigureRendering.missingLabels(figure.chart, options: options)
                        let ms = Int(Date().timeIntervalSince(start) * 1000)
                        line += " \(page.rawValue)/\(theme.name.prefix(2))=\(missing.count)(\(ms)ms)"
                        if !missing.isEmpty && ProcessInfo.processInfo.environment["SURVEY_VERBOSE"] != nil { line += "\(missing.prefix(3))" }
                    }
                }
                print(line)
            }
        }
    }
}
