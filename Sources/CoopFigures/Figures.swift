import CoopAnalytics
import CoopCharts
import CoopFormatting

/// The figure library's front door: one function per kind, chosen by the request.
public enum Figures {
    /// The figure `request` asks for, drawn from `data`; an error names the option at fault.
    public static func make(_ request: FigureRequest, from data: FigureData) throws -> Figure {
        let context = FigureContext(data, request)
        switch request.kind {
        case .bar: return try BarFigure.make(context)
        case .column: return try ColumnFigure.make(context)
        case .grouped: return try GroupedFigure.make(context)
        case .stacked: return try StackedFigure.make(context)
        case .line: return try TrendFigures.line(context)
        case .multiples: return try TrendFigures.multiples(context)
        case .bump: return try BumpFigure.make(context)
        case .radar: return try RadarFigures.make(context)
        case .donut: return try DonutFigure.make(context)
        case .scatter: return try ScatterFigure.make(context)
        case .heatmap: return try HeatmapFigure.make(context)
        case .tilemap: return try TilemapFigure.make(context)
        case .map: return try MapFigure.make(context)
        }
    }

    /// The ranking chart of an indicator table (the report's indicator pages).
    public static func ranking(_ table: IndicatorTable, from data: FigureData, language: Language, theme: Theme = .conference) -> Figure {
        BarFigure.chart(table, FigureContext(data, FigureRequest(kind: .bar, language: language, theme: theme)))
    }

    /// One radar per province over `indicators` in `period` (the report's profiles).
    public static func profiles(
        indicators: [String], period: Period, scope: [Int], from data: FigureData, language: Language,
        theme: Theme = .conference
    ) -> [(province: Int, figure: Figure)] {
        RadarFigures.profiles(
            FigureContext(data, FigureRequest(kind: .radar, language: language, theme: theme)),
            indicators: indicators, period: period, scope: scope)
    }
}
