import CoopFormatting
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Settles what a row's province and year cells mean, once per distinct spelling.
///
/// A long file has a few dozen province spellings and a few hundred periods but thousands of their
/// pairs, so each half is cached on its own (spelling → registry candidates, year text → period) and
/// only the cheap choice among candidates is made per pair, itself cached by number. A row that
/// repeats the previous row's year cell skips even the year lookup.
/// Anything it cannot settle (a bad year, an unknown or out-of-force province) returns nil, and the
/// reader's slow path says what is wrong.
struct PlaceResolver {
    private enum Cell {
        case cluster(label: Int)
        /// A spelling with one registry entry: in force from `from` to `to` (dates as yyyymmdd).
        case single(index: Int, from: Int, to: Int)
        case candidates(list: Int)
    }

    /// Held here, not passed per row: passing it would retain and release its tables for every row.
    private let registry: ProvinceRegistry
    private var cells = ByteKeyCache<Cell>(capacity: 128)
    private var candidateLists: [[Int]] = []
    private var periods = ByteKeyCache<Period>(capacity: 128)
    /// Per candidate list, the registry index chosen for each period (by `periodSlot`): -2 not yet
    /// chosen, -1 none in force.
    private var chosen: [[Int32]] = []
    private var lastYear: [UInt8] = []
    private var lastPeriod: Period?

    init(registry: ProvinceRegistry) {
        self.registry = registry
    }

    mutating func place(province: UnsafeBufferPointer<UInt8>, year: UnsafeBufferPointer<UInt8>, clusterLabels: inout [String]) -> Place? {
        guard let period = period(year), let cell = cell(province, clusterLabels: &clusterLabels) else { return nil }
        switch cell {
        case .cluster(let label):
            return .clusterTotal(label: label, period)
        case .single(let index, let from, let to):
            // `Province.overlaps` on packed dates: most spellings mean one entry, and this is the per-row path.
            let first = period.year * 10_000 + (period.part == .secondHalf ? 701 : 101)
            let last = period.year * 10_000 + (period.part == .firstHalf ? 630 : 1231)
            return from <= last && first <= to ? .province(index, period) : nil
        case .candidates(let list):
            let slot = Self.periodSlot(period)
            var known = chosen[list][slot]
            if known == -2 {
                known = registry.choose(among: candidateLists[list], in: period).map { Int32($0) } ?? -1
                chosen[list][slot] = known
            }
            return known >= 0 ? .province(Int(known), period) : nil
        }
    }

    private mutating func period(_ year: UnsafeBufferPointer<UInt8>) -> Period? {
        if let lastPeriod, year.count == lastYear.count,
            year.isEmpty || memcmp(year.baseAddress!, lastYear, year.count) == 0
        {
            return lastPeriod
        }
        let period: Period
        if let known = periods.value(for: year) {
            period = known
        } else {
            guard case .period(let parsed) = PeriodText.read(String(decoding: year, as: UTF8.self)) else { return nil }
            periods.insert(parsed, for: year)
            period = parsed
        }
        lastYear.removeAll(keepingCapacity: true)
        lastYear.append(contentsOf: year)
        lastPeriod = period
        return period
    }

    private mutating func cell(_ province: UnsafeBufferPointer<UInt8>, clusterLabels: inout [String]) -> Cell? {
        if let known = cells.value(for: province) { return known }
        let text = String(decoding: province, as: UTF8.self).trimmingCharacters(in: .whitespaces).nfc
        let cell: Cell
        if ClusterTotal.isClusterLabel(text) {
            if let known = clusterLabels.firstIndex(of: text) {
                cell = .cluster(label: known)
            } else {
                clusterLabels.append(text)
                cell = .cluster(label: clusterLabels.count - 1)
            }
        } else {
            // Names as offices write them ("Daklak", "BR-VT", "T. Thái Bình"); "(mới)"/"(cũ)" keep the
            // units after or before the 2025 merger only.
            let form = ProvinceNameForms.canonical(text)
            var candidates = registry.candidates(for: form.name)
            if let era = form.era {
                let ofEra = candidates.filter { registry.provinces[$0].matches(era) }
                candidates = ofEra
            }
            guard !candidates.isEmpty else { return nil }
            if candidates.count == 1 {
                let province = registry.provinces[candidates[0]]
                cell = .single(
                    index: candidates[0], from: province.validFrom.map(Self.packed) ?? Int.min,
                    to: province.validTo.map(Self.packed) ?? Int.max)
            } else {
                candidateLists.append(candidates)
                chosen.append(Array(repeating: -2, count: Self.periodSlots))
                cell = .candidates(list: candidateLists.count - 1)
            }
        }
        cells.insert(cell, for: province)
        return cell
    }

    /// Every period `Period(parsing:)` accepts has a slot.
    private static let periodSlots = Period.acceptedYears.count * 3

    private static func periodSlot(_ period: Period) -> Int {
        (period.year - Period.acceptedYears.lowerBound) * 3 + period.part.rawValue - 1
    }

    private static func packed(_ date: SimpleDate) -> Int { date.year * 10_000 + date.month * 100 + date.day }
}

extension Province {
    /// Whether this unit is the one "(mới)" (after the 2025 merger) or "(cũ)" (before it) names; a
    /// unit the merger left alone is both.
    func matches(_ era: ProvinceNameForms.Era) -> Bool {
        let merger = ProvinceRegistry.bundledMergerDate
        switch era {
        case .new: return validTo == nil || validTo! >= merger
        case .old: return validFrom == nil || validFrom! < merger
        }
    }
}

extension ProvinceRegistry {
    /// The unit among `candidates` (entries one spelling can mean) that the spelling means in
    /// `period`: the one in force at its end, else at its start, else any overlapping it; nil when
    /// none was in force. The same choice as `resolve(_:in:)`, for callers that cache candidates.
    func choose(among candidates: [Int], in period: Period) -> Int? {
        let overlapping = candidates.filter { provinces[$0].overlaps(period) }
        if let atEnd = overlapping.first(where: { provinces[$0].isValid(on: period.lastDay) }) { return atEnd }
        if let atStart = overlapping.first(where: { provinces[$0].isValid(on: period.firstDay) }) { return atStart }
        return overlapping.first
    }
}
