import CoopCharts
import CoopFigures
import Foundation
import Testing

/// Completeness as a property: for every chart kind, at 2, 9, 30, 34, 57 and 63 units on generated data
/// (registry names with the longest among them, ties, zeros, negatives, bounds, missing figures), on every
/// page preset, the drawing names every unit and prints every value it promises, each inside the canvas
/// and clear of every other text. Where a preset cannot hold them, rendering for a file is refused with
/// an error naming what would fit; a donut of near-equal shares is refused, pointing to a bar chart.
/// Themes rotate with the page so every theme is drawn at every count while the run stays short.
@Suite struct CompletenessProperty {
    static let counts = [2, 9, 30, 34, 57, 63]

    /// What one generated case came to.
    enum Outcome: Equatable {
        case complete
        case refusedNamingASize
        case donutRefused
    }

    /// Draws one case and checks it; returns how it ended, recording any failed expectation.
    static func check(_ kind: FigureRequest.Kind, count: Int, page: PageSize, theme: Theme) throws -> Outcome {
        let figure: Figure
        do {
            figure = try GeneratedFigures.figure(kind, count: count, theme: theme, seed: UInt64(count * 31 + 7))
        } catch {
            // The only refusal before drawing: a donut whose twelve largest slices hold a minority.
            #expect(kind == .donut, "\(kind.rawValue) \(count): \(error)")
            #expect("\(error)".contains("chart bar"), "\(error)")
            return .donutRefused
        }
        var options = RenderOptions()
        options.width = page.size.width
        options.height = page.size.height
        let recording = try RecordingBackend()
        figure.chart.draw(on: recording, size: options.size, fontFamily: options.fontFamily)
        let texts = recording.texts
        let canvas = Rect(size: options.size)
        let context = "\(kind.rawValue) \(count) units, \(page.rawValue), \(theme.name)"
        for (index, text) in texts.enumerated() {
            #expect(canvas.contains(text.box), "\(context): \"\(text.text)\" leaves the canvas")
            for other in texts[(index + 1)...] where other.box.intersects(text.box) {
                Issue.record("\(context): \"\(text.text)\" overlaps \"\(other.text)\"")
            }
        }
        #expect(!figure.chart.requiredLabelChoices.isEmpty, "\(context): the chart promises no labels")
        let missing = Completeness.missing(choices: figure.chart.requiredLabelChoices, drawn: texts.map(\.text))
        if missing.isEmpty { return .complete }
        // Not complete on this page: a file is refused, and the error says what would hold every label.
        do {
            try FigureRendering.checkComplete(figure.chart, options: options)
            Issue.record("\(context): \(missing.count) labels missing but rendering was not refused")
        } catch {
            let message = commandLineText(error)
            #expect(
                message.contains("--size") && (message.contains("give --size") || message.contains("--width") || message.contains("fewer provinces")),
                "\(context): \(message)")
        }
        return .refusedNamingASize
    }

    @Test(
        "every unit is named with its value, or the error names what fits",
        arguments: FigureRequest.Kind.allCases)
    func everyUnitIsDrawn(kind: FigureRequest.Kind) throws {
        var outcomes: [Outcome] = []
        for (countIndex, count) in Self.counts.enumerated() {
            for (pageIndex, page) in PageSize.allCases.enumerated() {
                let theme = Theme.builtIn[(countIndex + pageIndex) % Theme.builtIn.count]
                outcomes.append(try Self.check(kind, count: count, page: page, theme: theme))
            }
        }
        // Refusing is the exception: the default slide holds every unit at every count, except where one
        // unit is several marks (three years of grouped bars, a bump's two end labels per unit), where
        // 57 and 63 units are refused in favour of a taller page.
        let slide = PageSize.allCases.firstIndex(of: .slide)!
        let crowded = kind == .grouped || kind == .bump
        for (countIndex, count) in Self.counts.enumerated() where !crowded || count < 34 {
            let outcome = outcomes[countIndex * PageSize.allCases.count + slide]
            #expect(outcome != .refusedNamingASize, "\(kind.rawValue) at \(count) units does not fit the default slide")
        }
    }
}
