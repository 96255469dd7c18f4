import CoopAnalytics
import CoopCharts
import CoopFormatting

/// The figures a chart was drawn from, recorded as they are read, so its footnotes cite exactly the
/// sources used and repeat the notes they carry ("lũy kế đến 8/6", "as of 26/8"). Passed along
/// explicitly: a figure function reads values through its evidence and hands it back with the chart.
struct FigureEvidence {
    private(set) var used: [Observation] = []

    mutating func record(_ observation: Observation?) {
        if let observation { used.append(observation) }
    }

    /// Distinct sources in first-use order.
    var sources: [String] {
        var seen = Set<String>()
        return used.compactMap(\.source).filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// "Hà Nam 2022, Nam Định 2022: lũy kế…": each note once, with the figures that carry it.
    func notes(registry: ProvinceRegistry) -> [String] {
        var byNote: [(note: String, names: [String])] = []
        for observation in used {
            guard let note = observation.note, !note.isEmpty else { continue }
            let label = "\(registry.provinces[observation.province].name) \(observation.period)"
            if let index = byNote.firstIndex(where: { $0.note == note }) {
                if !byNote[index].names.contains(label) { byNote[index].names.append(label) }
            } else {
                byNote.append((note, [label]))
            }
        }
        return byNote.map { "\($0.names.joined(separator: ", ")): \($0.note)" }
    }

    /// The source line, the notes line and the restated-cluster sentence, as printed under a chart.
    /// `numbered`: with several sources, each is numbered (¹ ²) so a label can point at its own.
    func footnotes(_ data: FigureData, words: FigureWords, numbered: Bool = false) -> [String] {
        let notes = notes(registry: data.dataset.registry)
        let cited = numbered && sources.count > 1 ? sources.enumerated().map { Self.superscript($0.offset + 1) + " " + $0.element } : sources
        return [
            words.sources(cited), notes.isEmpty ? nil : words.notesLead + notes.joined(separator: "; "),
            ClusterNote.restatement(data.cluster, registry: data.dataset.registry, language: words.language),
        ].compactMap { $0 }
    }

    /// The mark of source number `number` (1 → ¹), when several sources are numbered.
    func mark(for source: String?) -> String {
        let all = sources
        guard all.count > 1, let source, let index = all.firstIndex(of: source) else { return "" }
        return Self.superscript(index + 1)
    }

    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        return String(String(number).compactMap { $0.wholeNumberValue.map { digits[$0] } })
    }

    func figure(_ chart: any Chart, data: FigureData) -> Figure {
        Figure(chart: chart, sources: sources, notes: notes(registry: data.dataset.registry))
    }
}
