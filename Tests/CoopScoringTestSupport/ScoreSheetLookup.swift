import CoopAnalytics

extension ScoreSheet {
    /// The row of a province by name.
    public func row(_ name: String) -> Row {
        guard let row = rows.first(where: { $0.name == name }) else { fatalError("no row for \(name)") }
        return row
    }

    /// Rounded points of a province on a criterion.
    public func points(_ name: String, _ id: String) -> Double {
        row(name).cells[columns.firstIndex { $0.id == id }!].roundedPoints
    }
}
