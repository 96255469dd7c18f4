/// What a registry adds up to, kept as events by the cooperative's founding province and half-year:
/// so many founded, so many dissolved, so many members arriving and leaving with them. Its size is
/// fixed by the registry of provinces and the years coopchart accepts, never by the number of
/// cooperatives, which is what keeps `aggregate` flat in memory however large the file is.
///
/// Everything is a whole number (revenue in thousandths of a million đồng), so the totals do not
/// depend on the order rows are added in.
struct CooperativeRegistryTally {
    /// Half-years from the first of `Period.acceptedYears` to the last.
    static let slots = Period.acceptedYears.count * 2

    static func slot(of date: SimpleDate) -> Int {
        (date.year - Period.acceptedYears.lowerBound) * 2 + (date.month > 6 ? 1 : 0)
    }

    /// Per kind, per founding province and half-year: cooperatives founded, and dissolved.
    private(set) var founded: [[Int]]
    private(set) var dissolved: [[Int]]
    /// HTX only, by founding province and half-year: what arrives when one is founded and leaves
    /// when it is dissolved.
    private(set) var members: Flows
    private(set) var workers: Flows
    private(set) var revenue: Flows
    private(set) var revenueReporting: Flows
    let provinces: Int
    private(set) var cooperatives = 0
    /// The first and last half-years with an event (a founding or a dissolution).
    private(set) var firstSlot = Int.max
    private(set) var lastSlot = Int.min

    struct Flows {
        var arriving: [Int]
        var leaving: [Int]
        init(size: Int) {
            arriving = Array(repeating: 0, count: size)
            leaving = Array(repeating: 0, count: size)
        }
    }

    init(provinces: Int) {
        self.provinces = provinces
        let size = provinces * Self.slots
        founded = Array(repeating: Array(repeating: 0, count: size), count: CooperativeKind.allCases.count)
        dissolved = founded
        members = Flows(size: size)
        workers = members
        revenue = members
        revenueReporting = members
    }

    mutating func add(
        province: Int, kind: CooperativeKind, founded foundedSlot: Int, dissolved dissolvedSlot: Int?,
        members memberCount: Int?, workers workerCount: Int?, revenueThousandths: Int?
    ) {
        cooperatives += 1
        let kindIndex = kind.index
        let arrival = province * Self.slots + foundedSlot
        founded[kindIndex][arrival] += 1
        firstSlot = min(firstSlot, foundedSlot)
        lastSlot = max(lastSlot, foundedSlot)
        let departure = dissolvedSlot.map { province * Self.slots + $0 }
        if let departure {
            dissolved[kindIndex][departure] += 1
            lastSlot = max(lastSlot, dissolvedSlot!)
        }
        guard kind == .htx else { return }
        func flow(_ flows: inout Flows, _ amount: Int?) {
            guard let amount else { return }
            flows.arriving[arrival] += amount
            if let departure { flows.leaving[departure] += amount }
        }
        flow(&members, memberCount)
        flow(&workers, workerCount)
        flow(&revenue, revenueThousandths)
        flow(&revenueReporting, revenueThousandths == nil ? nil : 1)
    }

    /// Running totals: entry `slot` holds everything up to and including that half-year.
    func cumulative() -> CooperativeRegistryTotals {
        CooperativeRegistryTotals(tally: self)
    }
}

/// A tally turned into running totals, so any period's stock or flow is two subtractions.
struct CooperativeRegistryTotals {
    let provinces: Int
    private let founded: [[Int]]
    private let dissolved: [[Int]]
    private let members: CooperativeRegistryTally.Flows
    private let workers: CooperativeRegistryTally.Flows
    private let revenue: CooperativeRegistryTally.Flows
    private let revenueReporting: CooperativeRegistryTally.Flows

    init(tally: CooperativeRegistryTally) {
        provinces = tally.provinces
        func running(_ values: [Int]) -> [Int] {
            var out = values
            for province in 0..<tally.provinces {
                let base = province * CooperativeRegistryTally.slots
                for slot in 1..<CooperativeRegistryTally.slots { out[base + slot] += out[base + slot - 1] }
            }
            return out
        }
        func running(_ flows: CooperativeRegistryTally.Flows) -> CooperativeRegistryTally.Flows {
            var out = flows
            out.arriving = running(flows.arriving)
            out.leaving = running(flows.leaving)
            return out
        }
        founded = tally.founded.map(running)
        dissolved = tally.dissolved.map(running)
        members = running(tally.members)
        workers = running(tally.workers)
        revenue = running(tally.revenue)
        revenueReporting = running(tally.revenueReporting)
    }

    private func upTo(_ values: [Int], _ province: Int, _ slot: Int) -> Int {
        slot < 0 ? 0 : values[province * CooperativeRegistryTally.slots + slot]
    }

    /// Cooperatives of `kind` founded in `province` by the end of half-year `slot` and not dissolved by then.
    func active(_ kind: CooperativeKind, province: Int, at slot: Int) -> Int {
        upTo(founded[kind.index], province, slot) - upTo(dissolved[kind.index], province, slot)
    }

    /// Cooperatives of any kind founded in `province` by the end of `slot`.
    func everFounded(province: Int, by slot: Int) -> Int {
        CooperativeKind.allCases.reduce(0) { $0 + upTo(founded[$1.index], province, slot) }
    }

    func founded(_ kind: CooperativeKind, province: Int, in slots: ClosedRange<Int>) -> Int {
        upTo(founded[kind.index], province, slots.upperBound) - upTo(founded[kind.index], province, slots.lowerBound - 1)
    }

    func dissolved(_ kind: CooperativeKind, province: Int, in slots: ClosedRange<Int>) -> Int {
        upTo(dissolved[kind.index], province, slots.upperBound) - upTo(dissolved[kind.index], province, slots.lowerBound - 1)
    }

    /// Members, workers, revenue (thousandths) and revenue-reporting HTX of the HTX active at the end of `slot`.
    func held(province: Int, at slot: Int) -> (members: Int, workers: Int, revenue: Int, reporting: Int) {
        func net(_ flows: CooperativeRegistryTally.Flows) -> Int { upTo(flows.arriving, province, slot) - upTo(flows.leaving, province, slot) }
        return (net(members), net(workers), net(revenue), net(revenueReporting))
    }
}

extension CooperativeKind {
    var index: Int {
        switch self {
        case .htx: return 0
        case .tht: return 1
        case .creditFund: return 2
        case .union: return 3
        }
    }
}
