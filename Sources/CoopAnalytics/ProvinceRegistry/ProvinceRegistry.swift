import Foundation
import CoopFormatting

/// The provinces, by code and by every way people write their names, at any date.
public struct ProvinceRegistry: Sendable {
    public let provinces: [Province]
    private let byKey: [String: [Int]]
    private let byCode: [String: [Int]]
    /// Each province's ASCII matching key as bytes, for suggestions: computed once, since a file of
    /// thousands of unknown names asks for suggestions thousands of times.
    private let suggestionKeys: [[UInt8]]

    /// What a name or code means in a given period.
    public enum Resolution: Equatable, Sendable {
        case found(Int)
        /// The unit existed, but not in this period: it had ended (with its successor) or not begun.
        case notInForce(candidates: [Int])
        case unknown(suggestions: [String])
    }

    public init(provinces: [Province]) {
        self.provinces = provinces
        var byKey: [String: [Int]] = [:]
        var byCode: [String: [Int]] = [:]
        for (index, province) in provinces.enumerated() {
            byCode[province.code, default: []].append(index)
            for key in Set([province.name.matchingKey, province.asciiName.matchingKey]) {
                byKey[key, default: []].append(index)
            }
        }
        self.byKey = byKey
        self.byCode = byCode
        self.suggestionKeys = provinces.map { Array($0.asciiName.matchingKey.utf8) }
    }

    /// The registry bundled with coopchart (63 provinces until 30 June 2025, 34 from 1 July 2025).
    public static let bundled: ProvinceRegistry = {
        do {
            return try ProvinceRegistryLoader.load(csv: Array(BundledProvinces.csv.utf8), file: "provinces.csv (bundled)")
        } catch {
            preconditionFailure("the bundled registry is part of the program and must parse: \(error)")
        }
    }()

    /// Resolves a code ("24", "1") or a name in any case, with or without diacritics or a prefix
    /// ("tỉnh", "thành phố", "TP."), or a common alias ("Hanoi", "HCM"), as it was in `period`.
    public func resolve(_ text: String, in period: Period) -> Resolution {
        let candidates = candidates(for: text)
        guard !candidates.isEmpty else { return .unknown(suggestions: suggestions(for: text)) }
        let overlapping = candidates.filter { provinces[$0].overlaps(period) }
        if let atEnd = overlapping.first(where: { provinces[$0].isValid(on: period.lastDay) }) { return .found(atEnd) }
        if let atStart = overlapping.first(where: { provinces[$0].isValid(on: period.firstDay) }) { return .found(atStart) }
        if let any = overlapping.first { return .found(any) }
        return .notInForce(candidates: candidates)
    }

    /// The day the last merger took effect (1 July 2025 in the bundled registry): the day after the
    /// latest end date of a unit that merged into another; nil for a registry without mergers. Read
    /// from the registry, so a registry with another merger speaks of that one.
    public var mergerDate: SimpleDate? {
        provinces.filter { $0.successorCode != nil }.compactMap(\.validTo).max().map(SimpleDate.dayAfter)
    }

    /// The day the 2025 merger took effect (Resolution 202/2025/QH15), as the bundled registry records
    /// it; worked out once, for the readers and the harmonizer.
    public static let bundledMergerDate: SimpleDate = {
        guard let date = ProvinceRegistry.bundled.mergerDate else { preconditionFailure("the bundled registry records the 2025 merger") }
        return date
    }()

    /// Resolves at a single date (for `provinces --at` and the merger).
    public func inForce(on date: SimpleDate) -> [Int] {
        provinces.indices.filter { provinces[$0].isValid(on: date) }
    }

    /// The unit that `index` became on `date`, following successor codes across mergers.
    public func successor(of index: Int, on date: SimpleDate) -> Int? {
        var current = index
        for _ in 0..<8 {
            let province = provinces[current]
            if province.isValid(on: date) { return current }
            guard let code = province.successorCode, let validTo = province.validTo else { return nil }
            let dayAfter = SimpleDate.dayAfter(validTo)
            guard let next = byCode[code]?.first(where: { provinces[$0].isValid(on: dayAfter) }) else { return nil }
            current = next
        }
        return nil
    }

    /// Registry entries a code or name could mean, at any date.
    func candidates(for text: String) -> [Int] {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if !trimmed.isEmpty, trimmed.count <= 2, trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber) {
            let code = trimmed.count == 1 ? "0" + trimmed : trimmed
            return byCode[code] ?? []
        }
        let key = Self.stripPrefix(trimmed.matchingKey)
        if let direct = byKey[key] { return direct }
        if let alias = Self.aliases[key] { return byKey[alias] ?? [] }
        return []
    }

    /// The closest registry names, for "did you mean" in error messages.
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        let key = Array(Self.stripPrefix(text.matchingKey).utf8)
        var seen = Set<String>()
        return zip(provinces, suggestionKeys)
            .map { ($0.name, editDistance(key, $1)) }
            .sorted { $0.1 < $1.1 }
            .filter { seen.insert($0.0).inserted }
            .prefix(limit)
            .map(\.0)
    }

    private static let prefixes = ["thanh pho ", "tp. ", "tp.", "tp ", "t.p. ", "tinh "]

    private static func stripPrefix(_ key: String) -> String {
        for prefix in prefixes where key.hasPrefix(prefix) && key.count > prefix.count {
            return String(key.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        return key
    }

    /// Names people type that are not in the registry, mapped to the registry's matching key.
    private static let aliases: [String: String] = [
        "hanoi": "ha noi", "hn": "ha noi",
        "hcm": "ho chi minh", "hcmc": "ho chi minh", "tphcm": "ho chi minh", "tp hcm": "ho chi minh",
        "ho chi minh city": "ho chi minh", "sai gon": "ho chi minh", "saigon": "ho chi minh",
        "thua thien hue": "hue", "thua thien - hue": "hue",
        "haiphong": "hai phong", "danang": "da nang", "brvt": "ba ria vung tau",
        "ba ria": "ba ria vung tau", "can tho city": "can tho",
    ]
}

extension SimpleDate {
    static func dayAfter(_ date: SimpleDate) -> SimpleDate {
        if date.day < SimpleDate.daysIn(month: date.month, year: date.year) {
            return SimpleDate(year: date.year, month: date.month, day: date.day + 1)
        }
        if date.month < 12 { return SimpleDate(year: date.year, month: date.month + 1, day: 1) }
        return SimpleDate(year: date.year + 1, month: 1, day: 1)
    }
}
