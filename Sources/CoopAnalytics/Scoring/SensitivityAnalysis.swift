import Foundation
import CoopFormatting

/// How robust a ranking is to the choice of weights (the OECD/JRC uncertainty analysis): in each of
/// `draws` draws every criterion's maximum is multiplied by an independent factor, uniform in
/// `[1 − spread, 1 + spread]`; the sheet is re-totalled, rounded and re-ranked exactly as the
/// nominal ranking is (adjustments unchanged, same tie-break chain, competition ranks).
///
/// Percentiles are **nearest-rank**: the p-th percentile of a province's ranks is the smallest rank
/// `r` such that at least `⌈p·N⌉` of the `N` draws rank it `r` or better. The median is the 50th
/// percentile in that sense (the lower median when `N` is even). Ranks are whole numbers, so the
/// band reads as ranks a person can quote ("2–4"), never 2,35.
///
/// Estimates are drawn too: a value that rests on an approximate figure (≈) is multiplied, in each
/// draw, by a factor uniform in `[1 − estimateSpread, 1 + estimateSpread]`; a lower bound (>) can only
/// be higher, uniform in `[x, x + estimateSpread·|x|]`; an upper bound (<) only lower. A formula's
/// operands are drawn that way and the formula evaluated again. The criterion is then re-scored from
/// the drawn values by the same arithmetic (min, max and ranks move with them), so the rank bands
/// also show how much the ranking depends on figures that are not exact.
///
/// Draws are cut into fixed chunks of `chunkSize`; chunk `k` draws from its own `SplitMix64` stream
/// derived from the seed and `k`, and each chunk counts ranks into its own histogram. Which thread
/// runs which chunk therefore cannot change the result: one thread or many give identical output.
public struct SensitivityAnalysis: Sendable {
    public struct Row: Sendable, Equatable {
        public let province: Int
        public let code: String
        public let name: String
        public let nominalRank: Int
        public let medianRank: Int
        public let lowRank: Int
        public let highRank: Int
        /// Share of draws (0…1) in which the province ranks first, alone or tied.
        public let firstShare: Double
    }

    public let draws: Int
    public let seed: UInt64
    public let spread: Double
    /// Half-width of the relative range drawn for an estimate (0.1: ±10 %).
    public let estimateSpread: Double
    /// How many (province, criterion) values rest on an estimate and were drawn.
    public let estimatedValues: Int
    /// In nominal order (the sheet's rows).
    public let rows: [Row]

    public static let chunkSize = 256
    public static let defaultEstimateSpread = 0.10
    public static let lowPercentile = 0.05
    public static let highPercentile = 0.95

    /// Runs the analysis on `threads` threads (nil: as many as the machine has cores).
    public init(
        sheet: ScoreSheet, draws: Int, seed: UInt64, spread: Double, estimateSpread: Double = defaultEstimateSpread,
        threads: Int? = nil
    ) {
        self.draws = draws
        self.seed = seed
        self.spread = spread
        self.estimateSpread = estimateSpread
        let n = sheet.rows.count
        let input = SensitivityInput(sheet: sheet, estimateSpread: estimateSpread)
        estimatedValues = input.uncertain.reduce(0) { $0 + $1.estimatedCount }
        let histogram = Self.histogram(
            input, draws: draws, seed: seed, spread: spread,
            threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        rows = sheet.rows.enumerated().map { i, row in
            let counts = histogram[(i * n)..<(i * n + n)]
            return Row(
                province: row.province, code: row.code, name: row.name, nominalRank: row.rank,
                medianRank: Self.percentile(0.5, of: counts, draws: draws),
                lowRank: Self.percentile(Self.lowPercentile, of: counts, draws: draws),
                highRank: Self.percentile(Self.highPercentile, of: counts, draws: draws),
                firstShare: draws == 0 ? 0 : Double(counts.first ?? 0) / Double(draws))
        }
    }

    /// Nearest-rank percentile from `counts[r − 1]` = draws at rank `r`.
    static func percentile(_ p: Double, of counts: ArraySlice<Int>, draws: Int) -> Int {
        guard draws > 0 else { return 0 }
        let needed = max(1, Int((p * Double(draws)).rounded(.up)))
        var cumulative = 0
        for (offset, count) in counts.enumerated() {
            cumulative += count
            if cumulative >= needed { return offset + 1 }
        }
        return counts.count
    }

    /// Rank counts, `result[province * n + rank − 1]`, summed over all chunks.
    static func histogram(_ input: SensitivityInput, draws: Int, seed: UInt64, spread: Double, threads: Int) -> [Int] {
        let n = input.provinces
        guard n > 0, draws > 0 else { return Array(repeating: 0, count: n * n) }
        let chunks = (draws + chunkSize - 1) / chunkSize
        let perChunk = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks * n * n)
        perChunk.initialize(repeating: 0)
        defer { perChunk.deallocate() }
        let shared = ChunkCounts(buffer: perChunk)
        let workers = max(1, min(threads, chunks))
        let run: @Sendable (Int) -> Void = { worker in
            var scratch = DrawScratch(input)
            var chunk = worker
            while chunk < chunks {
                let first = chunk * chunkSize
                let count = min(chunkSize, draws - first)
                let counts = UnsafeMutableBufferPointer(rebasing: shared.buffer[(chunk * n * n)..<((chunk + 1) * n * n)])
                var generator = SplitMix64(seed: seed, stream: UInt64(chunk))
                for _ in 0..<count { scratch.draw(input, spread: spread, generator: &generator, counts: counts) }
                chunk += workers
            }
        }
        if workers == 1 {
            run(0)
        } else {
            DispatchQueue.concurrentPerform(iterations: workers, execute: run)
        }
        var total = Array(repeating: 0, count: n * n)
        for chunk in 0..<chunks {
            for j in 0..<(n * n) { total[j] += perChunk[chunk * n * n + j] }
        }
        return total
    }
}

/// Chunk histograms written by worker threads; each chunk's slice is written by one thread only.
private struct ChunkCounts: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Int>
}

/// The sheet reduced to flat arrays: `share[p * c + k]` for province p and criterion k.
struct SensitivityInput: Sendable {
    let provinces: Int
    let criteria: Int
    let maxPoints: [Double]
    let share: [Double]
    let adjustments: [Double]
    /// 1 for a province with a figure for some criterion, 0 for one without: ranked after, as in the sheet.
    let hasData: [Double]
    let tiebreak: [Int]
    /// Criteria with at least one value resting on an estimate: re-scored in every draw.
    let uncertain: [UncertainCriterion]

    init(sheet: ScoreSheet, estimateSpread: Double = 0) {
        provinces = sheet.rows.count
        criteria = sheet.columns.count
        maxPoints = sheet.columns.map(\.maxPoints)
        share = sheet.rows.flatMap { row in row.cells.map { $0.isMissing ? 0 : $0.share } }
        adjustments = sheet.rows.map(\.adjustmentPoints)
        hasData = sheet.rows.map { row in row.cells.contains { !$0.isMissing } ? 1 : 0 }
        tiebreak = sheet.tiebreak
        uncertain = estimateSpread > 0 ? sheet.columns.indices.compactMap { UncertainCriterion(sheet: sheet, column: $0, spread: estimateSpread) } : []
    }
}

/// One criterion whose values are drawn: the nominal values, what each rests on, and the arithmetic.
struct UncertainCriterion: Sendable {
    let column: Int
    let arithmetic: CriterionArithmetic
    let formula: Formula?
    let values: [Double?]
    let targets: [Double?]
    /// Per province: the figures to draw, in a fixed order (key, nominal value, qualifier). An
    /// indicator criterion has its one value; a formula every operand.
    let operands: [[(key: String, value: Double, bound: ValueBound)]]
    let spread: Double

    var estimatedCount: Int { operands.filter { $0.contains { $0.bound != .exact } }.count }

    init?(sheet: ScoreSheet, column k: Int, spread: Double) {
        let cells = sheet.rows.map { $0.cells[k] }
        guard cells.contains(where: \.restsOnEstimate) else { return nil }
        let column = sheet.columns[k]
        self.column = k
        self.spread = spread
        arithmetic = CriterionArithmetic(method: column.method, direction: column.direction, cap: column.cap)
        formula = column.formula
        values = cells.map(\.value)
        targets = cells.map(\.target)
        operands = cells.map { cell in
            guard let value = cell.value else { return [] }
            if column.formula == nil { return [(column.source, value, cell.inputBounds[column.source] ?? .exact)] }
            return cell.operands.keys.sorted().map { ($0, cell.operands[$0]!, cell.inputBounds[$0] ?? .exact) }
        }
    }

    /// The criterion's shares with every estimate drawn once from `generator`.
    func drawnShares(generator: inout SplitMix64) -> [Double] {
        var drawn = values
        for p in drawn.indices where drawn[p] != nil && operands[p].contains(where: { $0.bound != .exact }) {
            if let formula {
                var figures: [String: Double] = [:]
                for operand in operands[p] { figures[operand.key] = Self.draw(operand.value, operand.bound, spread, &generator) }
                drawn[p] = formula.evaluate { id, previous in figures[previous ? "prev(\(id))" : id] }.flatMap { $0.isFinite ? $0 : nil }
            } else {
                drawn[p] = Self.draw(operands[p][0].value, operands[p][0].bound, spread, &generator)
            }
        }
        return arithmetic.apply(values: drawn, targets: targets).shares
    }

    /// ≈x: uniform in x ± spread·|x|; >x: in [x, x + spread·|x|]; <x: in [x − spread·|x|, x].
    static func draw(_ x: Double, _ bound: ValueBound, _ spread: Double, _ generator: inout SplitMix64) -> Double {
        let width = spread * abs(x)
        switch bound {
        case .exact: return x
        case .approx: return x + width * (2 * generator.nextUnit() - 1)
        case .atLeast: return x + width * generator.nextUnit()
        case .atMost: return x - width * generator.nextUnit()
        }
    }
}

/// Per-thread working memory, reused across draws.
struct DrawScratch {
    var points: [Double]
    var keys: [Double]
    var order: [Int]
    /// The shares of this draw: the nominal ones, with the uncertain criteria's drawn anew.
    var share: [Double]
    let width: Int

    init(_ input: SensitivityInput) {
        width = 2 + input.tiebreak.count
        share = input.share
        points = Array(repeating: 0, count: input.criteria)
        keys = Array(repeating: 0, count: input.provinces * width)
        order = Array(0..<input.provinces)
    }

    mutating func draw(_ input: SensitivityInput, spread: Double, generator: inout SplitMix64, counts: UnsafeMutableBufferPointer<Int>) {
        let n = input.provinces, c = input.criteria, width = self.width
        for k in 0..<c {
            points[k] = input.maxPoints[k] * (1 - spread + 2 * spread * generator.nextUnit())
        }
        for criterion in input.uncertain {
            let drawn = criterion.drawnShares(generator: &generator)
            for p in 0..<n { share[p * c + criterion.column] = drawn[p] }
        }
        for p in 0..<n {
            var sum = 0.0
            let base = p * c
            for k in 0..<c { sum += points[k] * share[base + k] }
            // The sheet's ranking keys: has data, total, then the tie-break points.
            keys[p * width] = input.hasData[p]
            keys[p * width + 1] = ScoreRounding.cents(sum + input.adjustments[p])
            for (t, k) in input.tiebreak.enumerated() {
                keys[p * width + 2 + t] = ScoreRounding.cents(points[k] * share[base + k])
            }
        }
        keys.withUnsafeBufferPointer { keys in
            Self.competitionRanks(keys: keys, width: width, order: &order) { p, rank in counts[p * n + rank - 1] += 1 }
        }
    }

    /// Competition ranks of rows of `width` keys (highest first), reported as (row, rank): the hot
    /// loop's allocation-free copy of `CompetitionRanking.ranks(keys:)`, tested against it.
    static func competitionRanks(keys: UnsafeBufferPointer<Double>, width: Int, order: inout [Int], _ rank: (Int, Int) -> Void) {
        let n = order.count
        for p in 0..<n { order[p] = p }
        order.sort { a, b in
            for t in 0..<width where keys[a * width + t] != keys[b * width + t] {
                return keys[a * width + t] > keys[b * width + t]
            }
            return a < b
        }
        var current = 1
        for position in 0..<n {
            let p = order[position]
            if position > 0 {
                let q = order[position - 1]
                var equal = true
                for t in 0..<width where keys[p * width + t] != keys[q * width + t] { equal = false; break }
                if !equal { current = position + 1 }
            }
            rank(p, current)
        }
    }
}
