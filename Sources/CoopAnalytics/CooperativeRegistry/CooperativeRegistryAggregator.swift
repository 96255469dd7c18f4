import Foundation
import CoopFormatting
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a cooperative registry (one row per cooperative:
/// `id,name,province,kind,founded,dissolved,members,workers,revenue`) into the province-period
/// indicators of the data contract, reading the file in blocks so memory stays flat as it grows.
///
/// What each figure means, for a period P (a year, or a half-year with `by: .half`):
/// - `htx`, `tht`, `credit_funds`, `unions`: cooperatives of that kind founded on or before P's last
///   day and not dissolved on or before it (a cooperative dissolved on the last day is gone).
/// - `new_htx`, `new_tht`: founded within P; `dissolved_htx`: dissolved within P.
/// - `members`, `workers`: summed over the HTX active at P's end (cells left empty count as not reported).
/// - `revenue_avg`: Σ revenue ÷ the number of active HTX at P's end *that report a revenue* (an empty
///   cell is not a zero), in the revenue column's unit (million đồng per cooperative). The registry
///   holds one revenue per cooperative, its latest, so earlier periods average the same figures over
///   the cooperatives then active. Written only when at least one HTX reports.
///
/// Provinces: each cooperative's province cell is resolved at its founding date (the unit it was
/// registered in), then carried at every period's end to the unit in force that day through the
/// registry's successors: one founded in Hà Nam in 2010 counts for Hà Nam in 2024 and for the new
/// Ninh Bình in 2025 and 2026. Every figure of a period is so given for the units in force at its end,
/// which is what the reader expects of that period. A province gets rows from the first period in
/// which a cooperative of any kind was founded in it (or in a unit that became it); rows are zero
/// where nothing is active.
///
/// Bad rows: the whole file is read and every problem of every bad row is reported together
/// (`InputErrors`, the first `CooperativeRegistryProblems.shownLimit` listed, the rest counted); no figures come
/// from a registry with a bad row.
public struct CooperativeRegistryAggregator {
    public enum Grouping: String, CaseIterable, Sendable { case year, half }

    public var registry: ProvinceRegistry
    public var grouping: Grouping
    /// The first and last years written; nil: from the first founding to the last founding or dissolution.
    public var firstYear: Int?
    public var lastYear: Int?
    /// How the number cells are written; nil lets the file show it.
    public var numberStyle: NumberStyle?
    /// Parse on a second thread while this one adds rows up; the result is the same either way.
    public var parallel = true

    public init(
        registry: ProvinceRegistry = .bundled, grouping: Grouping = .year, firstYear: Int? = nil, lastYear: Int? = nil,
        numberStyle: NumberStyle? = nil
    ) {
        self.registry = registry
        self.grouping = grouping
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.numberStyle = numberStyle
    }

    /// Reads `file` and adds it up. Throws `InputErrors` listing the bad rows, or an `InputError` for
    /// a file that cannot be read as a registry at all.
    public func aggregate(file: String) throws -> CooperativeRegistryFigures {
        let tally = try tally(file: file)
        return figures(from: tally)
    }

    /// The events of every row, by founding province and half-year.
    func tally(file: String) throws -> CooperativeRegistryTally {
        let blocks = try TextBlocks(path: file, blockSize: parallel ? 1 << 18 : 1 << 20)
        let delimiter = CSVReader.detectDelimiter(try blocks.head())
        var rows = RegistryRows(registry: registry, file: file, numberStyle: numberStyle)
        do {
            try CSVReader.read(blocks: { try blocks.next() }, delimiter: delimiter, file: file, parallel: parallel) { record in
                try rows.add(record)
            }
        } catch let fatal as InputError where !rows.problems.isEmpty {
            // A broken quote ends the reading; the bad rows before it are still worth telling.
            throw rows.problems.report(fatal: fatal)!
        }
        if let report = rows.problems.report() { throw report }
        guard rows.columns != nil else {
            throw RegistryWords.error(file: file, line: 1) { $0.noHeader }
        }
        guard rows.tally.cooperatives > 0 else {
            throw RegistryWords.error(file: file, line: 2) { $0.noCooperatives }
        }
        return rows.tally
    }

    /// The indicators of every period, from the running totals.
    func figures(from tally: CooperativeRegistryTally) -> CooperativeRegistryFigures {
        let totals = tally.cumulative()
        let first = firstYear ?? (Period.acceptedYears.lowerBound + tally.firstSlot / 2)
        let last = lastYear ?? (Period.acceptedYears.lowerBound + tally.lastSlot / 2)
        var periods: [Period] = []
        for year in max(first, Period.acceptedYears.lowerBound)...max(first, min(last, Period.acceptedYears.upperBound)) {
            switch grouping {
            case .year: periods.append(Period(year: year))
            case .half: periods += [Period(year: year, part: .firstHalf), Period(year: year, part: .secondHalf)]
            }
        }
        var rows: [CooperativeRegistryFigures.Row] = []
        var labels: [Int: String] = [:]
        for period in periods {
            let end = CooperativeRegistryTally.slot(of: period.lastDay)
            let span = CooperativeRegistryTally.slot(of: period.firstDay)...end
            var units: [Int: UnitTotals] = [:]
            for province in 0..<tally.provinces where totals.everFounded(province: province, by: end) > 0 {
                let unit = registry.successor(of: province, on: period.lastDay) ?? province
                var sum = units[unit] ?? UnitTotals()
                sum.add(totals, province: province, end: end, span: span)
                units[unit] = sum
            }
            labels.removeAll(keepingCapacity: true)
            for unit in units.keys.sorted() {
                let sum = units[unit]!
                let label = labels[unit] ?? label(of: unit, in: period)
                labels[unit] = label
                func row(_ indicator: String, _ value: Double) {
                    rows.append(CooperativeRegistryFigures.Row(province: unit, label: label, period: period, indicator: indicator, value: value))
                }
                row("htx", Double(sum.htx))
                row("new_htx", Double(sum.newHTX))
                row("dissolved_htx", Double(sum.dissolvedHTX))
                row("tht", Double(sum.tht))
                row("new_tht", Double(sum.newTHT))
                row("credit_funds", Double(sum.creditFunds))
                row("unions", Double(sum.unions))
                row("members", Double(sum.members))
                row("workers", Double(sum.workers))
                if sum.reporting > 0 {
                    row("revenue_avg", Double(sum.revenueThousandths) / 1000 / Double(sum.reporting))
                }
            }
        }
        return CooperativeRegistryFigures(rows: rows, cooperatives: tally.cooperatives)
    }

    /// The unit's name when the name means this unit in `period`, else its code.
    private func label(of unit: Int, in period: Period) -> String {
        let province = registry.provinces[unit]
        if case .found(unit) = registry.resolve(province.name, in: period) { return province.name }
        return province.code
    }
}

/// One unit's figures for one period, summed over the founding provinces that became it.
private struct UnitTotals {
    var htx = 0, newHTX = 0, dissolvedHTX = 0, tht = 0, newTHT = 0, creditFunds = 0, unions = 0
    var members = 0, workers = 0, revenueThousandths = 0, reporting = 0

    mutating func add(_ totals: CooperativeRegistryTotals, province: Int, end: Int, span: ClosedRange<Int>) {
        htx += totals.active(.htx, province: province, at: end)
        newHTX += totals.founded(.htx, province: province, in: span)
        dissolvedHTX += totals.dissolved(.htx, province: province, in: span)
        tht += totals.active(.tht, province: province, at: end)
        newTHT += totals.founded(.tht, province: province, in: span)
        creditFunds += totals.active(.creditFund, province: province, at: end)
        unions += totals.active(.union, province: province, at: end)
        let held = totals.held(province: province, at: end)
        members += held.members
        workers += held.workers
        revenueThousandths += held.revenue
        reporting += held.reporting
    }
}

/// Reads registry rows into a tally, one at a time, noting exactly what is wrong with each bad one.
private struct RegistryRows {
    let registry: ProvinceRegistry
    let file: String
    var columns: CooperativeRegistryColumns?
    var tally: CooperativeRegistryTally
    var problems: CooperativeRegistryProblems
    private var style: FileNumberStyle
    private var provinceCells = ByteKeyCache<Int>(capacity: 128)
    /// Per cached spelling: its registry candidates with their validity as yyyymmdd.
    private var candidateLists: [[(index: Int, from: Int, to: Int)]] = []
    private var kinds = ByteKeyCache<CooperativeKind>(capacity: 16)

    init(registry: ProvinceRegistry, file: String, numberStyle: NumberStyle?) {
        self.registry = registry
        self.file = file
        tally = CooperativeRegistryTally(provinces: registry.provinces.count)
        problems = CooperativeRegistryProblems(file: file)
        style = FileNumberStyle(forced: numberStyle)
    }

    mutating func add(_ record: CSVRecord) throws {
        guard let columns else {
            columns = try CooperativeRegistryColumns(header: record.strings, file: file, line: record.line)
            return
        }
        if record.isBlank { return }
        let line = record.line
        let count = record.count
        if count != columns.width {
            let extraAreEmpty = count > columns.width && (columns.width..<count).allSatisfy { record.field($0).isEmpty }
            if !extraAreEmpty {
                // The fields are shifted, so nothing else in the row can be read by its column.
                problems.add(row: RegistryWords.error(file: file, line: line) { $0.raggedRow(count, width: columns.width) })
                return
            }
        }
        // Every field is checked on its own, so one run lists every problem of the row.
        var found: [InputError] = []
        var kind: CooperativeKind?, founded: SimpleDate?, dissolved: SimpleDate?, province: Int?
        var members: Int?, workers: Int?, revenueThousandths: Int?
        do { kind = try self.kind(record.field(columns.kind), line: line) } catch let error as InputError { found.append(error) }
        do {
            founded = try date(record.field(columns.founded), field: "founded", line: line)
        } catch let error as InputError { found.append(error) }
        if let column = columns.dissolved, !isEmpty(record.field(column)) {
            do {
                let gone = try date(record.field(column), field: "dissolved", line: line, else: { $0.leaveEmptyWhileActive })
                if let founded, gone < founded {
                    throw RegistryWords.error(file: file, line: line, field: "dissolved") { $0.dissolvedBeforeFounded(gone, founded) }
                }
                dissolved = gone
            } catch let error as InputError { found.append(error) }
        }
        do {
            province = try self.province(record.field(columns.province), on: founded, line: line)
        } catch let error as InputError { found.append(error) }
        do {
            if let column = columns.members { members = try wholeNumber(record.field(column), field: "members", line: line) }
        } catch let error as InputError { found.append(error) }
        do {
            if let column = columns.workers { workers = try wholeNumber(record.field(column), field: "workers", line: line) }
        } catch let error as InputError { found.append(error) }
        do {
            if let column = columns.revenue { revenueThousandths = try revenue(record.field(column), line: line) }
        } catch let error as InputError { found.append(error) }
        guard found.isEmpty, let kind, let founded, let province else {
            problems.add(row: found)
            return
        }
        tally.add(
            province: province, kind: kind, founded: CooperativeRegistryTally.slot(of: founded), dissolved: dissolved.map(CooperativeRegistryTally.slot),
            members: members, workers: workers, revenueThousandths: revenueThousandths)
    }

    /// A date cell, read by the one definition of a typed date (`DateText`), within the years coopchart reads.
    private func date(_ bytes: UnsafeBufferPointer<UInt8>, field: String, line: Int, else hint: (RegistryWords) -> String = { _ in "" }) throws -> SimpleDate {
        let reading = DateText.read(bytes)
        guard let date = reading.date else {
            let text = Self.text(bytes)
            throw RegistryWords.error(file: file, line: line, field: field) { words in
                (DateText.problem(reading, shown: words.shown(text), in: words.language) ?? "") + hint(words)
            }
        }
        guard Period.acceptedYears.contains(date.year) else {
            throw RegistryWords.error(file: file, line: line, field: field) { $0.yearOutside(date, accepted: Period.acceptedYears) }
        }
        return date
    }

    private func isEmpty(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// A cell's text without the spaces around it (shown in messages by `RegistryWords.shown`).
    private static func text(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
    }

    private mutating func kind(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws -> CooperativeKind {
        if let known = kinds.value(for: bytes) { return known }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        guard let kind = CooperativeKind.spellings[text.matchingKey] else {
            throw RegistryWords.error(file: file, line: line, field: "kind") { $0.badKind(text) }
        }
        kinds.insert(kind, for: bytes)
        return kind
    }

    /// The registry unit the cell names on the founding date; without a date (its cell is bad), only
    /// whether the name is known at all, and nil.
    private mutating func province(_ bytes: UnsafeBufferPointer<UInt8>, on date: SimpleDate?, line: Int) throws -> Int? {
        let list: Int
        if let known = provinceCells.value(for: bytes) {
            list = known
        } else {
            let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces).nfc
            let candidates = registry.candidates(for: text)
            guard !candidates.isEmpty else {
                let suggestions = registry.suggestions(for: text)
                throw RegistryWords.error(file: file, line: line, field: "province") { $0.unknownProvince(text, suggestions: suggestions) }
            }
            candidateLists.append(
                candidates.map { index in
                    let province = registry.provinces[index]
                    return (index, province.validFrom.map(packed) ?? Int.min, province.validTo.map(packed) ?? Int.max)
                })
            list = candidateLists.count - 1
            provinceCells.insert(list, for: bytes)
        }
        guard let date else { return nil }
        let day = packed(date)
        for candidate in candidateLists[list] where candidate.from <= day && day <= candidate.to { return candidate.index }
        let text = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
        let units = candidateLists[list].map { registry.provinces[$0.index] }
        throw RegistryWords.error(file: file, line: line, field: "province") { $0.notInForceWhenFounded(text, founded: date, units: units) }
    }

    private func packed(_ date: SimpleDate) -> Int { date.year * 10_000 + date.month * 100 + date.day }

    /// A number cell: nil when empty; ambiguous values ("4.139") are settled by the file's style, or
    /// for whole counts by reading the lone separator as grouping, as the data reader does.
    private mutating func number(_ bytes: UnsafeBufferPointer<UInt8>, field: String, line: Int, whole: Bool) throws -> Double? {
        let text = Self.text(bytes)
        func fail(_ words: (RegistryWords, _ shown: String) -> String) -> InputError {
            RegistryWords.error(file: file, line: line, field: field) { words($0, $0.shown(text)) }
        }
        switch ValueText.read(bytes) {
        case .empty:
            return nil
        case .notFinite:
            throw fail { $0.notFinite($1) }
        case .tooLarge:
            throw fail { $0.tooLarge($1, digits: ValueText.maximumIntegerDigits) }
        case .notANumber:
            throw fail { $0.notANumber($1) }
        case .number(let vi, let en, let bound):
            if bound != nil {
                throw fail { $0.qualified($1) }
            }
            var value: Double
            if let vi, let en {
                if vi == en {
                    value = vi
                } else if let known = style.style {
                    value = known.reading(vi: vi, en: en)
                } else if whole {
                    value = String(decoding: bytes, as: UTF8.self).contains(".") ? vi : en
                } else {
                    throw fail { $0.ambiguous($1, vi: vi, en: en) }
                }
            } else {
                let written: NumberStyle = vi != nil ? .vi : .en
                if let forced = style.forced, forced != written {
                    throw fail { $0.notInForcedStyle($1, forced) }
                }
                if let earlier = style.observe(written, line: line, text: quoted(text)) {
                    throw fail { $0.mixedStyles($1, written, earlierLine: earlier.line, earlier: earlier.text, earlierStyle: earlier.style) }
                }
                value = written.reading(vi: vi, en: en)!
            }
            if value < 0 { throw fail { $0.negative($1, field: field) } }
            if whole && value != value.rounded() { throw fail { $0.fractional($1, field: field) } }
            return value
        }
    }

    private mutating func wholeNumber(_ bytes: UnsafeBufferPointer<UInt8>, field: String, line: Int) throws -> Int? {
        try number(bytes, field: field, line: line, whole: true).map { Int($0) }
    }

    /// Revenue in thousandths of its unit, so sums are exact whatever the order of rows.
    private mutating func revenue(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) throws -> Int? {
        try number(bytes, field: "revenue", line: line, whole: false).map { Int(($0 * 1000).rounded()) }
    }
}
