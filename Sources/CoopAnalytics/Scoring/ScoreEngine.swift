import CoopFormatting

/// Turns a dataset and a scheme into a score sheet, exactly by the arithmetic of the scheme format:
///
/// - `minmax`: higher `P·(x−min)/(max−min)`, lower `P·(max−x)/(max−min)`; max = min gives everyone `P`.
/// - `proportional`: higher `P·x/max` (all zero: everyone `P`); lower `P·min/x` (x = 0 gets `P`); no negatives.
/// - `target`: `P·min(x/t, cap)`, with `t` the province's positive target.
/// - `rank`: `P·(n−r)/(n−1)` with competition rank `r` among the `n` provinces with a value; `n = 1` gives `P`.
///
/// min, max and n are taken over the provinces in scope that have a value. A province without a
/// value gets 0 points and a `missing:<id>` flag. The total (points plus adjustments) is rounded to
/// 2 decimals before ranking; equal totals are separated by the tie-break criteria's rounded points.
public struct ScoreEngine {
    public let dataset: Dataset

    public init(dataset: Dataset) {
        self.dataset = dataset
    }

    /// Scores `scope` (registry indices) in `period`.
    public func score(_ scheme: ScoringScheme, period: Period, scope: [Int], cluster: Cluster? = nil) throws -> ScoreSheet {
        let scope = Array(Set(scope)).sorted()
        var sources = SourceList()
        let inputs = scheme.criteria.map { self.inputs(of: $0, period: period, scope: scope, sources: &sources) }
        try ScoringCoverage(dataset: dataset, scheme: scheme, period: period, scope: scope, cluster: cluster)
            .check(present: inputs.map { $0.present })
        var columns: [ScoreSheet.Column] = []
        var cellsByProvince = Array(repeating: [ScoreSheet.Cell](), count: scope.count)
        for (criterion, criterionInputs) in zip(scheme.criteria, inputs) {
            let (column, cells) = try score(criterion, inputs: criterionInputs, period: period, scope: scope, sources: &sources)
            columns.append(column)
            for (i, cell) in cells.enumerated() { cellsByProvince[i].append(cell) }
        }
        let adjustments = try resolveAdjustments(scheme, period: period, scope: scope)
        let tiebreak = scheme.tiebreak.compactMap { id in columns.firstIndex { $0.id == id } }

        var rows: [ScoreSheet.Row] = scope.indices.map { i in
            let province = dataset.registry.provinces[scope[i]]
            let lines = adjustments[scope[i]] ?? []
            let adjustmentPoints = lines.reduce(0) { $0 + $1.points }
            let total = ScoreRounding.cents(cellsByProvince[i].reduce(0) { $0 + $1.points } + adjustmentPoints)
            let missing = zip(columns, cellsByProvince[i]).flatMap { column, cell in cell.flags(criterion: column.id) }
            return ScoreSheet.Row(
                province: scope[i], code: province.code, name: province.name, rank: 0,
                cells: cellsByProvince[i], adjustments: lines, adjustmentPoints: adjustmentPoints,
                total: total, award: nil, flags: missing, decidedBy: nil, previousRank: nil, change: nil)
        }
        Self.rank(&rows, tiebreak: tiebreak, columns: columns, awards: scheme.awards)
        return ScoreSheet(
            title: scheme.title, schemeFile: scheme.file, period: period, clusterName: cluster?.name,
            clusterTitle: cluster?.title,
            clusterBroughtIn: cluster?.broughtIn.map { dataset.registry.provinces[$0].name } ?? [], columns: columns, tiebreak: tiebreak, rows: rows,
            sources: sources.items, comparedPeriod: nil)
    }

    /// Adds to `current` the rank each province had when the same scheme scores `previous`.
    public static func compare(_ current: inout ScoreSheet, with previous: ScoreSheet) {
        let previousRanks = Dictionary(previous.rows.map { ($0.province, $0.rank) }, uniquingKeysWith: { a, _ in a })
        for i in current.rows.indices {
            let before = previousRanks[current.rows[i].province]
            current.rows[i].previousRank = before
            current.rows[i].change = RankChange(previous: before, current: current.rows[i].rank)
        }
        current.comparedPeriod = previous.period
    }

    // MARK: ranking

    /// Competition ranks on (total, tie-break points…), flags `tie` and `vote`, awards, and the row order.
    ///
    /// A province with no figure for any criterion has a total made of adjustments alone: it is ranked
    /// after every province with data, flagged `no-data`, and given no award.
    static func rank(_ rows: inout [ScoreSheet.Row], tiebreak: [Int], columns: [ScoreSheet.Column], awards: [Award]) {
        let hasData = rows.map { row in row.cells.contains { !$0.isMissing } }
        let keys = rows.indices.map { i in [hasData[i] ? 1.0 : 0.0, rows[i].total] + tiebreak.map { rows[i].cells[$0].roundedPoints } }
        let ranks = CompetitionRanking.ranks(keys: keys)
        for i in rows.indices {
            rows[i].rank = ranks[i]
            var flags: [String] = []
            let tied = rows.indices.contains { $0 != i && keys[$0] == keys[i] }
            if tied {
                flags.append("tie")
                if ranks[i] == 1 { flags.append("vote") }
            }
            if !hasData[i] { flags.append("no-data") }
            if let other = rows.indices.first(where: { $0 != i && keys[$0][0...1] == keys[i][0...1] && keys[$0] != keys[i] }) {
                let position = (2..<keys[i].count).first { keys[i][$0] != keys[other][$0] }
                rows[i].decidedBy = position.map { columns[tiebreak[$0 - 2]].id }
            }
            rows[i].flags = flags + rows[i].flags
            rows[i].award = hasData[i] ? awards.first { $0.ranks.contains(ranks[i]) }?.title : nil
        }
        rows.sort { ($0.rank, $0.code, $0.province) < ($1.rank, $1.code, $1.province) }
    }

    // MARK: one criterion

    /// Each province's raw value for a criterion, what it rests on, and the sources read.
    struct CriterionInputs {
        var values: [Double?] = []
        /// The qualifier of each figure read, keyed "id" or "prev(id)".
        var bounds: [[String: ValueBound]] = []
        var operands: [[String: Double]] = []
        var present: Int { values.lazy.filter { $0 != nil }.count }
    }

    func inputs(of criterion: Criterion, period: Period, scope: [Int], sources: inout SourceList) -> CriterionInputs {
        var inputs = CriterionInputs()
        for province in scope {
            switch criterion.source {
            case .indicator(let id):
                let observation = dataset.observation(province: province, period: period, indicator: id)
                sources.add(observation?.source)
                inputs.values.append(observation?.value)
                inputs.bounds.append(observation.map { [id: $0.qualifier] } ?? [:])
                inputs.operands.append([:])
            case .formula(let formula):
                var operands: [String: Double] = [:], bounds: [String: ValueBound] = [:]
                let value = formula.evaluate { id, previous in
                    let observation = dataset.observation(province: province, period: previous ? period.previous : period, indicator: id)
                    sources.add(observation?.source)
                    if let observation {
                        let key = previous ? "prev(\(id))" : id
                        operands[key] = observation.value
                        bounds[key] = observation.qualifier
                    }
                    return observation?.value
                }
                let finite = value.flatMap { $0.isFinite ? $0 : nil }
                inputs.values.append(finite)
                inputs.bounds.append(finite == nil ? [:] : bounds)
                inputs.operands.append(operands)
            }
        }
        return inputs
    }

    private func score(
        _ criterion: Criterion, inputs: CriterionInputs, period: Period, scope: [Int],
        sources: inout SourceList
    ) throws -> (ScoreSheet.Column, [ScoreSheet.Cell]) {
        let values = inputs.values
        if criterion.method == .proportional, let i = values.indices.first(where: { (values[$0] ?? 0) < 0 }) {
            let province = name(scope[i])
            throw SchemeWords.error(file: criterion.origin.file, line: criterion.origin.line) {
                $0.proportionalNegative(criterion.id, province: province, value: values[i]!, period: period)
            }
        }
        var targets: [Double?] = Array(repeating: nil, count: scope.count)
        if criterion.method == .target {
            for i in scope.indices where values[i] != nil {
                targets[i] = try target(of: criterion, province: scope[i], period: period, sources: &sources)
            }
        }
        let result = CriterionArithmetic(criterion).apply(values: values, targets: targets)
        let cells = scope.indices.map { i -> ScoreSheet.Cell in
            guard let x = values[i] else {
                return ScoreSheet.Cell(value: nil, share: 0, points: 0, target: nil, valueRank: nil, operands: inputs.operands[i])
            }
            return ScoreSheet.Cell(
                value: x, share: result.shares[i], points: criterion.points * result.shares[i], target: targets[i],
                valueRank: result.ranks[i], operands: inputs.operands[i], inputBounds: inputs.bounds[i],
                isFormula: { if case .formula = criterion.source { return true } else { return false } }())
        }
        let formula: Formula? = { if case .formula(let f) = criterion.source { return f } else { return nil } }()
        let column = ScoreSheet.Column(
            id: criterion.id, label: criterion.label, method: criterion.method, direction: criterion.direction,
            maxPoints: criterion.points, source: criterion.sourceText, formula: formula,
            target: criterion.target, cap: criterion.cap, count: result.count,
            minimum: result.minimum, maximum: result.maximum)
        return (column, cells)
    }

    private func target(of criterion: Criterion, province: Int, period: Period, sources: inout SourceList) throws -> Double {
        switch criterion.target {
        case .number(let value)?:
            return value
        case .indicator(let id)?:
            guard let observation = dataset.observation(province: province, period: period, indicator: id) else {
                let provinceName = name(province)
                throw SchemeWords.error(file: criterion.origin.file, line: criterion.origin.line) {
                    $0.targetNotInData(criterion.id, province: provinceName, target: id, period: period)
                }
            }
            guard observation.value > 0 else {
                let provinceName = name(province)
                throw SchemeWords.error(file: criterion.origin.file, line: criterion.origin.line) {
                    $0.targetInDataNotPositive(
                        criterion.id, province: provinceName, target: id, period: period, value: observation.value,
                        origin: observation.origin.description)
                }
            }
            sources.add(observation.source)
            return observation.value
        case nil:
            throw SchemeWords.error(file: criterion.origin.file, line: criterion.origin.line) { $0.noTarget(criterion.id) }
        }
    }

    private func resolveAdjustments(_ scheme: ScoringScheme, period: Period, scope: [Int]) throws -> [Int: [ScoreSheet.AdjustmentLine]] {
        var result: [Int: [ScoreSheet.AdjustmentLine]] = [:]
        for adjustment in scheme.adjustments {
            func fail(_ words: (SchemeWords) -> String) -> InputError {
                SchemeWords.error(file: adjustment.origin.file, line: adjustment.origin.line, words)
            }
            switch dataset.registry.resolve(adjustment.province, in: period) {
            case .found(let index):
                guard scope.contains(index) else {
                    let province = name(index)
                    throw fail { $0.adjustmentOutsideScope(province, period: period) }
                }
                result[index, default: []].append(ScoreSheet.AdjustmentLine(points: adjustment.points, reason: adjustment.reason, origin: adjustment.origin))
            case .notInForce:
                throw fail { $0.adjustmentNotInForce(adjustment.province, period: period) }
            case .unknown(let suggestions):
                throw fail { $0.adjustmentUnknownProvince(adjustment.province, suggestions: suggestions) }
            }
        }
        return result
    }

    private func name(_ province: Int) -> String { dataset.registry.provinces[province].name }
}

/// Distinct non-empty sources in first-seen order.
struct SourceList {
    private(set) var items: [String] = []
    private var seen: Set<String> = []
    mutating func add(_ source: String?) {
        guard let source, !source.isEmpty, seen.insert(source).inserted else { return }
        items.append(source)
    }
}
