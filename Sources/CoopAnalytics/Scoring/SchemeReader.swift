import Foundation
import Yams
import CoopFormatting

/// Reads a scoring scheme from YAML. The document is composed into Yams nodes (not decoded into
/// Codable types) so every node keeps its line: each problem is reported as `FILE:LINE: message`,
/// all problems of a file at once.
public struct SchemeReader {
    public var catalog: IndicatorCatalog

    public init(catalog: IndicatorCatalog = .standard) {
        self.catalog = catalog
    }

    /// The most criteria a scheme may have: real schemes have five to fifteen, and each becomes a
    /// column of the ranking.
    public static let maximumCriteria = 100

    /// The longest formula, in characters.
    public static let maximumFormulaLength = 2_000

    /// Column names of the ranking's CSV; a criterion id must not take one of them.
    public static let reservedIDs: Set<String> = ["rank", "code", "province", "total", "adjustments", "award", "flags", "previous_rank", "change"]

    public func read(file: String) throws -> ScoringScheme {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw SchemeWords.error(file: file) { $0.cannotRead }
        }
        var bytes = Array(data)
        if bytes.starts(with: UTF8.byteOrderMark) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw SchemeWords.error(file: file, line: 1) { $0.notUTF8 }
        }
        return try read(text: text, file: file)
    }

    public func read(text: String, file: String) throws -> ScoringScheme {
        var context = Context(file: file, catalog: catalog)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw Self.inputError(from: error, file: file)
        }
        guard let root, case .mapping(let mapping) = root else {
            throw SchemeWords.error(file: file, line: root?.mark?.line ?? 1) { $0.notAMapping }
        }
        let scheme = context.scheme(mapping)
        switch context.errors.count {
        case 0: return scheme!
        case 1: throw context.errors[0]
        default: throw InputErrors(context.errors)
        }
    }

    static func inputError(from error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, let yaml), .parser(_, let problem, let mark, let yaml), .composer(_, let problem, let mark, let yaml):
            let found = yamlCharacter(in: yaml, line: mark.line, column: mark.column)
            return SchemeWords.error(file: file, line: mark.line) { $0.notYAML(problem, column: mark.column, found: found) }
        case .duplicatedKeysInMapping(let duplicates, let context):
            return SchemeWords.error(file: file, line: context.mark.line) { $0.keysTwice(duplicates) }
        default:
            return SchemeWords.error(file: file, line: 1) { $0.notYAML(error: "\(error)") }
        }
    }
}

/// The reading state: the file, the catalog and the errors found so far.
private struct Context {
    let file: String
    let catalog: IndicatorCatalog
    var errors: [InputError] = []

    init(file: String, catalog: IndicatorCatalog) {
        self.file = file
        self.catalog = catalog
    }

    /// Notes an error at `node`'s line, told in both languages (`SchemeWords`).
    mutating func fail(_ node: Node?, _ words: (SchemeWords) -> String) {
        errors.append(SchemeWords.error(file: file, line: node?.mark?.line, words))
    }

    func origin(_ node: Node) -> SourceLocation { SourceLocation(file: file, line: node.mark?.line ?? 0) }

    // MARK: the document

    mutating func scheme(_ mapping: Node.Mapping) -> ScoringScheme? {
        let fields = checkedFields(mapping, allowed: ["title", "year", "cluster", "criteria", "adjustments", "tiebreak", "awards", "maps"], what: .scheme)
        let title = fields["title"].flatMap { text($0, key: "title") } ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var period: Period?
        if let node = fields["year"], let value = text(node, key: "year") {
            period = Period(parsing: value)
            if period == nil { fail(node) { $0.notAPeriod(value) } }
        }
        let cluster = fields["cluster"].flatMap { node in text(node, key: "cluster").map { Located($0, origin: origin(node)) } }

        var criteria: [Criterion] = []
        if let node = fields["criteria"] {
            if case .sequence(let items) = node, items.count > SchemeReader.maximumCriteria {
                fail(node) { $0.tooManyCriteria(items.count, maximum: SchemeReader.maximumCriteria) }
            } else if case .sequence(let items) = node, !items.isEmpty {
                var firstLine: [String: Int] = [:]
                for item in items {
                    guard let criterion = self.criterion(item) else { continue }
                    if let line = firstLine[criterion.id] {
                        fail(item) { $0.duplicateCriterion(criterion.id, firstLine: line) }
                        continue
                    }
                    firstLine[criterion.id] = criterion.origin.line
                    criteria.append(criterion)
                }
            } else {
                fail(node) { $0.criteriaNotAList }
            }
        } else {
            fail(.mapping(mapping)) { $0.noCriteria }
        }

        var tiebreak: [String] = []
        if let node = fields["tiebreak"] {
            let items: [Node]
            switch node {
            case .sequence(let sequence): items = Array(sequence)
            case .scalar: items = [node]
            default: items = []; fail(node) { $0.tiebreakNotAList }
            }
            let known = criteria.map(\.id)
            // Ids of criteria that had errors of their own still count, so one mistake is reported once.
            var written: Set<String> = []
            if case .sequence(let entries)? = fields["criteria"] {
                for case .mapping(let entry) in entries { if let id = entry["id"]?.string { written.insert(id) } }
            }
            for item in items {
                guard let id = text(item, key: "tiebreak") else { continue }
                if !known.contains(id) && !written.contains(id) {
                    fail(item) { $0.tiebreakUnknown(id, criteria: known) }
                } else if tiebreak.contains(id) {
                    fail(item) { $0.tiebreakTwice(id) }
                } else {
                    tiebreak.append(id)
                }
            }
        }

        var adjustments: [Adjustment] = []
        if let node = fields["adjustments"] {
            if case .sequence(let items) = node {
                adjustments = items.compactMap { adjustment($0) }
            } else if !isNull(node) {
                fail(node) { $0.adjustmentsNotAList }
            }
        }

        var awards: [Award] = []
        if let node = fields["awards"] {
            if case .sequence(let items) = node {
                for item in items {
                    guard let award = award(item) else { continue }
                    if let clash = awards.first(where: { $0.ranks.overlaps(award.ranks) }) {
                        fail(item) { $0.awardsOverlap(award.title, clash.title, line: clash.origin.line) }
                        continue
                    }
                    awards.append(award)
                }
            } else if !isNull(node) {
                fail(node) { $0.awardsNotAList }
            }
        }
        var maps: [Located<String>] = []
        if let node = fields["maps"] {
            let items: [Node]
            switch node {
            case .sequence(let sequence): items = Array(sequence)
            case .scalar: items = [node]
            default: items = []; fail(node) { $0.mapsNotAList }
            }
            for item in items {
                guard let id = text(item, key: "maps") else { continue }
                if catalog.indicator(named: id) == nil {
                    let suggestions = catalog.suggestions(for: id)
                    fail(item) { $0.mapsUnknownIndicator(id, suggestions: suggestions) }
                } else {
                    maps.append(Located(id, origin: origin(item)))
                }
            }
        }
        var scheme = ScoringScheme(
            title: title.nfc, file: file, period: period, cluster: cluster, criteria: criteria,
            adjustments: adjustments, tiebreak: tiebreak, awards: awards)
        scheme.maps = maps
        return scheme
    }

    // MARK: entries

    mutating func criterion(_ node: Node) -> Criterion? {
        guard case .mapping(let mapping) = node else {
            fail(node) { $0.criterionNotAnEntry }
            return nil
        }
        let fields = checkedFields(
            mapping, allowed: ["id", "label", "indicator", "formula", "points", "method", "direction", "target", "cap"], what: .criterion)
        let errorsBefore = errors.count
        guard let idNode = fields["id"], let id = text(idNode, key: "id") else {
            if fields["id"] == nil { fail(node) { $0.criterionWithoutID } }
            return nil
        }
        if !Self.isValidID(id) {
            fail(idNode) { $0.invalidCriterionID(id) }
        } else if SchemeReader.reservedIDs.contains(id) {
            fail(idNode) { $0.reservedCriterionID(id) }
        }
        let label = fields["label"].flatMap { text($0, key: "label") } ?? id

        var source: Criterion.Source?
        switch (fields["indicator"], fields["formula"]) {
        case (let indicatorNode?, nil):
            if let name = text(indicatorNode, key: "indicator"), let indicator = knownIndicator(name, at: indicatorNode) {
                source = .indicator(indicator)
            }
        case (nil, let formulaNode?):
            source = formula(formulaNode)
        case (_?, _?):
            fail(node) { $0.indicatorAndFormula(id) }
        case (nil, nil):
            fail(node) { $0.neitherIndicatorNorFormula(id) }
        }

        var points = 0.0
        if let pointsNode = fields["points"] {
            if let value = number(pointsNode, key: "points") {
                if value < 0 {
                    fail(pointsNode) { $0.negativePoints(id, value) }
                } else {
                    points = value
                }
            }
        } else {
            fail(node) { $0.noPoints(id) }
        }

        var method: Criterion.Method?
        if let methodNode = fields["method"] {
            if let name = text(methodNode, key: "method") {
                method = Criterion.Method(rawValue: name.lowercased())
                if method == nil {
                    fail(methodNode) { $0.unknownMethod(name, criterion: id) }
                }
            }
        } else {
            fail(node) { $0.noMethod(id) }
        }

        var direction = Criterion.Direction.higher
        if let directionNode = fields["direction"], let name = text(directionNode, key: "direction") {
            if let parsed = Criterion.Direction(rawValue: name.lowercased()) {
                direction = parsed
            } else {
                fail(directionNode) { $0.unknownDirection(name, criterion: id) }
            }
        }

        var target: Criterion.Target?
        if let targetNode = fields["target"] {
            if method != nil && method != .target {
                fail(targetNode) { $0.targetWithoutTargetMethod(id, method: method!.rawValue) }
            } else if let value = text(targetNode, key: "target") {
                if let number = Self.parseNumber(value) {
                    target = .number(number)
                    if number <= 0 { fail(targetNode) { $0.targetNotPositive(id, value) } }
                } else if let indicator = knownIndicator(value, at: targetNode) {
                    target = .indicator(indicator)
                }
            }
        } else if method == .target {
            fail(node) { $0.targetMissing(id) }
        }

        var cap = 1.0
        if let capNode = fields["cap"] {
            if method != nil && method != .target {
                fail(capNode) { $0.capWithoutTargetMethod(id, method: method!.rawValue) }
            } else if let value = number(capNode, key: "cap") {
                if value > 0 { cap = value } else { fail(capNode) { $0.capNotPositive(id, value) } }
            }
        }

        guard errors.count == errorsBefore, let source, let method else { return nil }
        return Criterion(
            id: id, label: label.nfc, source: source, points: points, method: method, direction: direction,
            target: target, cap: cap, origin: origin(node))
    }

    mutating func adjustment(_ node: Node) -> Adjustment? {
        guard case .mapping(let mapping) = node else {
            fail(node) { $0.adjustmentNotAnEntry }
            return nil
        }
        let fields = checkedFields(mapping, allowed: ["province", "points", "reason"], what: .adjustment)
        let province = fields["province"].flatMap { text($0, key: "province") }
        let points = fields["points"].flatMap { number($0, key: "points") }
        let reason = fields["reason"].flatMap { text($0, key: "reason") }
        if fields["province"] == nil { fail(node) { $0.adjustmentWithoutProvince } }
        if fields["points"] == nil { fail(node) { $0.adjustmentWithoutPoints } }
        if fields["reason"] == nil { fail(node) { $0.adjustmentWithoutReason } }
        guard let province, let points, let reason else { return nil }
        return Adjustment(province: province.nfc, points: points, reason: reason.nfc, origin: origin(node))
    }

    mutating func award(_ node: Node) -> Award? {
        guard case .mapping(let mapping) = node else {
            fail(node) { $0.awardNotAnEntry }
            return nil
        }
        let fields = checkedFields(mapping, allowed: ["ranks", "title"], what: .award)
        guard let ranksNode = fields["ranks"], let ranksText = text(ranksNode, key: "ranks") else {
            if fields["ranks"] == nil { fail(node) { $0.awardWithoutRanks } }
            return nil
        }
        guard let ranks = Award.parseRanks(ranksText) else {
            fail(ranksNode) { $0.awardRangeUnreadable(ranksText) }
            return nil
        }
        guard let titleNode = fields["title"], let title = text(titleNode, key: "title"), !title.isEmpty else {
            fail(node) { $0.awardWithoutTitle }
            return nil
        }
        return Award(ranks: ranks, title: title.nfc, origin: origin(node))
    }

    mutating func formula(_ node: Node) -> Criterion.Source? {
        guard case .scalar(let scalar) = node else {
            fail(node) { $0.formulaNotText }
            return nil
        }
        let text = scalar.string
        guard text.count <= SchemeReader.maximumFormulaLength else {
            fail(node) { $0.formulaTooLong(text.count, maximum: SchemeReader.maximumFormulaLength) }
            return nil
        }
        // The column an editor shows: the scalar's own column, past its opening quote.
        let isQuoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        let isInline = scalar.style != .literal && scalar.style != .folded
        func column(_ formulaColumn: Int, _ words: SchemeWords) -> String {
            guard isInline, let mark = node.mark else { return words.column(formulaColumn, ofFormula: true) }
            return words.column(mark.column + (isQuoted ? 1 : 0) + formulaColumn - 1, ofFormula: false)
        }
        let formula: Formula
        do {
            formula = try Formula(text)
        } catch {
            fail(node) { $0.formulaDoesNotParse(quoted(text), at: column(error.column, $0), error) }
            return nil
        }
        var valid = true
        for id in formula.indicatorIDs where catalog[id]?.id != id {
            let offset = Self.wordOffset(of: id, in: text) ?? 0
            let idOfLabel = catalog[id]?.id, suggestions = idOfLabel == nil ? catalog.suggestions(for: id) : []
            fail(node) { $0.unknownIndicator(id, inFormula: quoted(text), at: column(offset + 1, $0), idOfLabel: idOfLabel, suggestions: suggestions) }
            valid = false
        }
        return valid ? .formula(formula) : nil
    }

    // MARK: scalars

    /// The fields of a mapping by key, with every unknown key reported.
    mutating func checkedFields(_ mapping: Node.Mapping, allowed: [String], what: SchemeWords.Part) -> [String: Node] {
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                let name = key.string ?? "?"
                let suggestion = allowed.min { editDistance(name.lowercased(), $0) < editDistance(name.lowercased(), $1) }
                let close = suggestion.flatMap { editDistance(name.lowercased(), $0) <= 2 ? $0 : nil }
                fail(key) { $0.unknownKey(name, in: what, suggestion: close, accepted: allowed) }
                continue
            }
            fields[name] = value
        }
        return fields
    }

    mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node) { $0.notASingleValue(key) }
            return nil
        }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    mutating func number(_ node: Node, key: String) -> Double? {
        guard let value = text(node, key: key) else { return nil }
        guard let number = Self.parseNumber(value) else {
            fail(node) { $0.notANumber(key, value) }
            return nil
        }
        return number
    }

    func isNull(_ node: Node) -> Bool {
        if case .scalar(let scalar) = node, scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return true }
        return false
    }

    mutating func knownIndicator(_ name: String, at node: Node) -> String? {
        if let indicator = catalog[name], indicator.id == name || indicator.id.matchingKey == name.matchingKey {
            return indicator.id
        }
        let idOfLabel = catalog[name]?.id, suggestions = idOfLabel == nil ? catalog.suggestions(for: name) : []
        fail(node) { $0.unknownIndicator(name, idOfLabel: idOfLabel, suggestions: suggestions) }
        return nil
    }

    static func parseNumber(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "−", with: "-")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
            let value = Double(cleaned), value.isFinite
        else { return nil }
        return value
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, first.isASCII, first.isLetter else { return false }
        return id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// Where `word` first stands alone in `text` (0-based, in characters).
    static func wordOffset(of word: String, in text: String) -> Int? {
        let characters = Array(text), target = Array(word)
        guard target.count <= characters.count else { return nil }
        func isWordCharacter(_ c: Character) -> Bool { c == "_" || (c.isASCII && (c.isLetter || c.isNumber)) }
        for start in 0...(characters.count - target.count) where Array(characters[start..<start + target.count]) == target {
            let before = start == 0 || !isWordCharacter(characters[start - 1])
            let after = start + target.count == characters.count || !isWordCharacter(characters[start + target.count])
            if before && after { return start }
        }
        return nil
    }
}
