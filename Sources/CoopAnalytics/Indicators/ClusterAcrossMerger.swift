import CoopFormatting

/// A cluster is a set of registry units, and units end: on 1 July 2025 most of the delta's members
/// merged, some with provinces that were never members (new Hải Phòng = Hải Phòng + Hải Dương, a
/// member). Applying a cluster to a period, or restating it as the new units, must never pull in
/// non-members silently, nor count a member twice.
extension Cluster {
    /// Why the cluster cannot be applied to a period as it stands.
    public struct MergerProblem: Sendable, Equatable {
        /// Members that ended before the period and whose successor is not itself a member.
        public let ended: [Int]
        /// Non-member units that a member's successor (or a member listed by its new name) also holds.
        public let nonMembers: [Int]
    }

    /// Members that were old units of `successor` (not `successor` itself).
    private func oldMembers(of successor: Int, on date: SimpleDate, registry: ProvinceRegistry) -> [Int] {
        members.filter { $0 != successor && registry.successor(of: $0, on: date) == successor }
    }

    /// The old units of `successor` on `date`, members or not.
    private static func predecessors(of successor: Int, on date: SimpleDate, registry: ProvinceRegistry) -> [Int] {
        registry.provinces.indices.filter { $0 != successor && registry.successor(of: $0, on: date) == successor }
    }

    /// Non-member units that come in when the members are replaced by the units they became on `date`
    /// (Bắc Giang, Hải Phòng, Hòa Bình, Phú Thọ for the 2017 delta cluster), in registry order.
    public func nonMembersBroughtIn(restatingTo date: SimpleDate, registry: ProvinceRegistry) -> [Int] {
        var successors: [Int] = []
        for member in members {
            if let successor = registry.successor(of: member, on: date), successor != member, !successors.contains(successor) {
                successors.append(successor)
            }
        }
        // A unit whose old parts include a member is a restatement of that member; listed by its own
        // name without any old part among the members, it is a member in its own right.
        for member in members where registry.provinces[member].isValid(on: date) && !oldMembers(of: member, on: date, registry: registry).isEmpty {
            if !successors.contains(member) { successors.append(member) }
        }
        var brought = Set<Int>()
        for successor in successors {
            for old in Self.predecessors(of: successor, on: date, registry: registry) where !members.contains(old) { brought.insert(old) }
        }
        return brought.sorted()
    }

    /// The problem of applying the cluster, unrestated, to `period`; nil when it applies cleanly.
    public func mergerProblem(in period: Period, registry: ProvinceRegistry) -> MergerProblem? {
        guard harmonizedTo == nil else { return nil }
        let start = period.firstDay
        var ended: [Int] = []
        var nonMembers = Set<Int>()
        for member in members {
            let unit = registry.provinces[member]
            if let validTo = unit.validTo, validTo < start {
                guard let successor = registry.successor(of: member, on: start), members.contains(successor) else {
                    ended.append(member)
                    continue
                }
            }
            // A member in force whose old parts are partly members, partly not: it holds non-members.
            guard unit.overlaps(period), unit.validFrom != nil else { continue }
            let date = unit.validFrom!
            let olds = Self.predecessors(of: member, on: date, registry: registry)
            if olds.contains(where: members.contains) {
                for old in olds where !members.contains(old) { nonMembers.insert(old) }
            }
        }
        guard !ended.isEmpty || !nonMembers.isEmpty else { return nil }
        return MergerProblem(ended: ended, nonMembers: nonMembers.sorted())
    }

    /// Throws when the cluster, as it stands, does not fit `period`: its members ended in the merger
    /// (their successors are not members), or a member now holds non-members.
    /// `origin` is where the cluster was chosen (the request's cluster, or a scheme's `cluster:` line).
    public func checkApplies(to period: Period, registry: ProvinceRegistry, origin: SettingOrigin = .parameter(.cluster)) throws {
        guard let problem = mergerProblem(in: period, registry: registry) else { return }
        let names = { (units: [Int]) in units.map { registry.provinces[$0].name }.joined(separator: ", ") }
        var parts: [String] = [], partsVi: [String] = []
        if !problem.ended.isEmpty {
            let into = problem.ended.compactMap { registry.successor(of: $0, on: period.firstDay) }
            let successors = Array(Set(into)).sorted().map { registry.provinces[$0].name }.joined(separator: ", ")
            let ended = registry.provinces[problem.ended[0]].validTo.map(\.description) ?? "?"
            parts.append("its members \(names(problem.ended)) ended on \(ended) and are parts of \(successors) in \(period)")
            partsVi.append("các thành viên \(names(problem.ended)) đã kết thúc ngày \(ended) và thuộc \(successors) trong kỳ \(period)")
        }
        if !problem.nonMembers.isEmpty {
            parts.append("its units in \(period) also hold \(names(problem.nonMembers)), which are not members")
            partsVi.append("các đơn vị của cụm trong kỳ \(period) còn gồm \(names(problem.nonMembers)), vốn không phải thành viên")
        }
        let restate = registry.mergerDate.map { nonMembersBroughtIn(restatingTo: $0, registry: registry) } ?? []
        throw InputError(
            at: origin,
            message: "cluster \(name) does not fit \(period): " + parts.joined(separator: "; ") + ". "
                + "To compare across the 2025 merger, give \(option: .harmonize)"
                + (restate.isEmpty ? "" : " \(option: .restateCluster) (which restates the cluster as the new units and brings in \(names(restate)))")
                + ", or give a cluster file that lists the units in force in \(period)",
            vietnamese: "cụm \(name) không khớp với kỳ \(period): " + partsVi.joined(separator: "; ") + ". "
                + "Để so sánh qua đợt sáp nhập năm 2025, hãy chọn \(option: .harmonize)"
                + (restate.isEmpty ? "" : " và \(option: .restateCluster) (cụm được tính lại theo các đơn vị mới, gồm cả \(names(restate)))")
                + ", hoặc dùng một tệp cụm liệt kê các đơn vị có hiệu lực trong kỳ \(period)")
    }

    /// The members that make up the cluster in `period`, once it is known to fit the period.
    public func scope(in period: Period, registry: ProvinceRegistry, origin: SettingOrigin = .parameter(.cluster)) throws -> [Int] {
        try checkApplies(to: period, registry: registry, origin: origin)
        return members(in: period, registry: registry)
    }

    /// The cluster restated as the units its members became on `date`. Refused when that brings in
    /// units that were not members, unless `accept` (`--restate-cluster`): the result then names them.
    /// `otherwise` is the setting to leave out instead (`--harmonize`; `--cluster` where harmonizing is the command).
    public func restated(
        to date: SimpleDate, registry: ProvinceRegistry, accept: Bool, origin: SettingOrigin = .parameter(.cluster),
        otherwise: RequestParameter = .harmonize
    ) throws -> Cluster {
        let brought = nonMembersBroughtIn(restatingTo: date, registry: registry)
        if !brought.isEmpty && !accept {
            let names = brought.map { registry.provinces[$0].name }.joined(separator: ", ")
            throw InputError(
                at: origin,
                message: "restating cluster \(name) as the units in force on \(date) would bring in \(names), which were not members "
                    + "(they merged with members); give \(option: .restateCluster) to accept that and have every output say so, "
                    + (otherwise == .harmonize
                        ? "or leave out \(option: .harmonize) and compare periods on one side of the merger"
                        : "or leave out \(option: otherwise)"),
                vietnamese: "tính lại cụm \(name) theo các đơn vị có hiệu lực ngày \(date) sẽ đưa vào \(names), vốn không phải thành viên "
                    + "(đã sáp nhập với thành viên); hãy chọn \(option: .restateCluster) để chấp nhận và để mọi kết quả ghi rõ điều đó, "
                    + (otherwise == .harmonize
                        ? "hoặc bỏ \(option: .harmonize) và so sánh các kỳ ở cùng một phía của đợt sáp nhập"
                        : "hoặc bỏ \(option: otherwise)"))
        }
        var seen = Set<Int>()
        let successors = members.compactMap { registry.successor(of: $0, on: date) }.filter { seen.insert($0).inserted }
        return Cluster(name: name, title: title, members: successors, years: nil, harmonizedTo: date, broughtIn: brought)
    }
}
