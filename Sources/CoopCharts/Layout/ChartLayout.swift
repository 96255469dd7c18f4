/// A chart's layout: it places the chart's marks and texts into a scene builder. Charts with one form
/// draw through it; charts that try several forms hand their layouts to `FormChoice`.
protocol ChartLayout {
    func place(into builder: inout SceneBuilder)
}

extension ChartLayout {
    /// Places the chart on `area` with `theme` and draws the scene.
    func draw(in area: DrawingArea, theme: Theme) {
        var builder = SceneBuilder(area: area, theme: theme)
        place(into: &builder)
        builder.scene.render(on: area.backend)
    }
}
