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
            throw InputError(file: file, message: "cannot read the scheme file (no such file, a folder, or unreadable); give the path of a YAML scheme")
        }
        var bytes = Array(data)
        if bytes.starts(with: UTF8.byteOrderMark) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(file: file, line: 1, message: "the scheme is not UTF-8 text; save it as UTF-8")
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
            throw InputError(file: file, line: root?.mark?.line ?? 1,
                             message: "a scheme is a YAML mapping with title, criteria and optional year, cluster, adjustments, tiebreak, awards")
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
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line, message: "this is not valid YAML (\(problem) at column \(mark.column)); check the indentation and the quotes")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(file: file, line: context.mark.line,
                              message: "the key\(duplicates.count == 1 ? "" : "s") \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) appear\(duplicates.count == 1 ? "s" : "") twice in one entry; keep one")
        default:
            return InputError(file: file, line: 1, message: "this is not valid YAML (\(error)); save the scheme as UTF-8 YAML text")
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

    mutating func fail(_ node: Node?, _ message: String) {
        errors.append(InputError(file: file, line: node?.mark?.line, message: message))
    }

    func origin(_ node: Node) -> SourceLocation { SourceLocation(file: file, line: node.mark?.line ?? 0) }

    // MARK: the document

    mutating func scheme(_ mapping: Node.Mapping) -> ScoringScheme? {
        let fields = checkedFields(mapping, allowed: ["title", "year", "cluster", "criteria", "adjustments", "tiebreak", "awards", "maps"], what: "the scheme")
        let title = fields["title"].flatMap { text($0, key: "title") } ?? URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        var period: Period?
        if let node = fields["year"], let value = text(node, key: "year") {
            period = Period(parsing: value)
            if period == nil { fail(node, "year \"\(value)\" is not a period; write a year such as 2017, or 2017-H1 / 2017-H2") }
        }
        let cluster = fields["cluster"].flatMap { node in text(node, key: "cluster").map { Located($0, origin: origin(node)) } }

        var criteria: [Criterion] = []
        if let node = fields["criteria"] {
            if case .sequence(let items) = node, items.count > SchemeReader.maximumCriteria {
                fail(node, "the scheme has \(items.count) criteria; coopchart scores at most \(SchemeReader.maximumCriteria) (each is a column of the ranking)")
            } else if case .sequence(let items) = node, !items.isEmpty {
                var firstLine: [String: Int] = [:]
                for item in items {
                    guard let criterion = self.criterion(item) else { continue }
                    if let line = firstLine[criterion.id] {
                        fail(item, "duplicate criterion id \"\(criterion.id)\" (first used at line \(line)); every criterion needs its own id")
                        continue
                    }
                    firstLine[criterion.id] = criterion.origin.line
                    criteria.append(criterion)
                }
            } else {
                fail(node, "criteria must be a non-empty list of entries (- id: …, indicator: …, points: …, method: …)")
            }
        } else {
            fail(.mapping(mapping), "the scheme has no criteria; add a list under criteria:")
        }

        var tiebreak: [String] = []
        if let node = fields["tiebreak"] {
            let items: [Node]
            switch node {
            case .sequence(let sequence): items = Array(sequence)
            case .scalar: items = [node]
            default: items = []; fail(node, "tiebreak must be a list of criterion ids, such as [plan, new]")
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
                    fail(item, "tiebreak names an unknown criterion id \"\(id)\"; the criteria are \(known.joined(separator: ", "))")
                } else if tiebreak.contains(id) {
                    fail(item, "tiebreak names \"\(id)\" twice; list each criterion once")
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
                fail(node, "adjustments must be a list of entries (- province: …, points: …, reason: …)")
            }
        }

        var awards: [Award] = []
        if let node = fields["awards"] {
            if case .sequence(let items) = node {
                for item in items {
                    guard let award = award(item) else { continue }
                    if let clash = awards.first(where: { $0.ranks.overlaps(award.ranks) }) {
                        fail(item, "the ranks of \"\(award.title)\" overlap those of \"\(clash.title)\" (line \(clash.origin.line)); give each rank one award")
                        continue
                    }
                    awards.append(award)
                }
            } else if !isNull(node) {
                fail(node, "awards must be a list of entries (- ranks: \"1\", title: …)")
            }
        }
        var maps: [Located<String>] = []
        if let node = fields["maps"] {
            let items: [Node]
            switch node {
            case .sequence(let sequence): items = Array(sequence)
            case .scalar: items = [node]
            default: items = []; fail(node, "maps must be a list of indicator ids, such as [new_htx, htx]")
            }
            for item in items {
                guard let id = text(item, key: "maps") else { continue }
                if catalog.indicator(named: id) == nil {
                    fail(item, "maps names an unknown indicator \"\(id)\"; did you mean \(catalog.suggestions(for: id).joined(separator: ", "))?")
                } else {
                    maps.append(Located(id, origin: origin(item)))
                }
            }
        }
        var scheme = ScoringScheme(title: title.nfc, file: file, period: period, cluster: cluster, criteria: criteria,
                                   adjustments: adjustments, tiebreak: tiebreak, awards: awards)
        scheme.maps = maps
        return scheme
    }

    // MARK: entries

    mutating func criterion(_ node: Node) -> Criterion? {
        guard case .mapping(let mapping) = node else {
            fail(node, "each criterion is an entry with id, label, indicator or formula, points and method")
            return nil
        }
        let fields = checkedFields(mapping, allowed: ["id", "label", "indicator", "formula", "points", "method", "direction", "target", "cap"], what: "a criterion")
        let errorsBefore = errors.count
        guard let idNode = fields["id"], let id = text(idNode, key: "id") else {
            if fields["id"] == nil { fail(node, "this criterion has no id; add id: with a short name such as new or plan") }
            return nil
        }
        if !Self.isValidID(id) {
            fail(idNode, "criterion id \"\(id)\" must start with a letter and use only letters, digits and _ (it becomes a CSV column)")
        } else if SchemeReader.reservedIDs.contains(id) {
            fail(idNode, "criterion id \"\(id)\" is a column of the ranking itself; choose another id")
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
            fail(node, "criterion \"\(id)\" has both indicator and formula; keep one")
        case (nil, nil):
            fail(node, "criterion \"\(id)\" has neither indicator nor formula; add indicator: new_htx or formula: \"members / htx\"")
        }

        var points = 0.0
        if let pointsNode = fields["points"] {
            if let value = number(pointsNode, key: "points") {
                if value < 0 {
                    fail(pointsNode, "criterion \"\(id)\" has negative maximum points (\(plain(value))); a maximum is 0 or more (penalties go under adjustments)")
                } else {
                    points = value
                }
            }
        } else {
            fail(node, "criterion \"\(id)\" has no points; add points: with its maximum, such as 30")
        }

        var method: Criterion.Method?
        if let methodNode = fields["method"] {
            if let name = text(methodNode, key: "method") {
                method = Criterion.Method(rawValue: name.lowercased())
                if method == nil {
                    fail(methodNode, "unknown method \"\(name)\" in criterion \"\(id)\"; write minmax, proportional, target or rank")
                }
            }
        } else {
            fail(node, "criterion \"\(id)\" has no method; write method: minmax, proportional, target or rank")
        }

        var direction = Criterion.Direction.higher
        if let directionNode = fields["direction"], let name = text(directionNode, key: "direction") {
            if let parsed = Criterion.Direction(rawValue: name.lowercased()) {
                direction = parsed
            } else {
                fail(directionNode, "unknown direction \"\(name)\" in criterion \"\(id)\"; write higher (more is better) or lower (less is better)")
            }
        }

        var target: Criterion.Target?
        if let targetNode = fields["target"] {
            if method != nil && method != .target {
                fail(targetNode, "criterion \"\(id)\" has a target but method \(method!.rawValue); a target is used only by method target")
            } else if let value = text(targetNode, key: "target") {
                if let number = Self.parseNumber(value) {
                    target = .number(number)
                    if number <= 0 { fail(targetNode, "the target of criterion \"\(id)\" is \(value); a target must be more than 0") }
                } else if let indicator = knownIndicator(value, at: targetNode) {
                    target = .indicator(indicator)
                }
            }
        } else if method == .target {
            fail(node, "criterion \"\(id)\" uses method target but has no target; add target: with an indicator (target_new_htx) or a number")
        }

        var cap = 1.0
        if let capNode = fields["cap"] {
            if method != nil && method != .target {
                fail(capNode, "criterion \"\(id)\" has a cap but method \(method!.rawValue); a cap is used only by method target")
            } else if let value = number(capNode, key: "cap") {
                if value > 0 { cap = value } else { fail(capNode, "the cap of criterion \"\(id)\" is \(plain(value)); a cap must be more than 0, such as 1.2") }
            }
        }

        guard errors.count == errorsBefore, let source, let method else { return nil }
        return Criterion(id: id, label: label.nfc, source: source, points: points, method: method, direction: direction,
                         target: target, cap: cap, origin: origin(node))
    }

    mutating func adjustment(_ node: Node) -> Adjustment? {
        guard case .mapping(let mapping) = node else {
            fail(node, "each adjustment is an entry with province, points and reason")
            return nil
        }
        let fields = checkedFields(mapping, allowed: ["province", "points", "reason"], what: "an adjustment")
        let province = fields["province"].flatMap { text($0, key: "province") }
        let points = fields["points"].flatMap { number($0, key: "points") }
        let reason = fields["reason"].flatMap { text($0, key: "reason") }
        if fields["province"] == nil { fail(node, "this adjustment has no province; add province: with a name or a code") }
        if fields["points"] == nil { fail(node, "this adjustment has no points; add points: such as 2 (bonus) or -8 (penalty)") }
        if fields["reason"] == nil { fail(node, "this adjustment has no reason; every bonus or penalty must say why (reason: …)") }
        guard let province, let points, let reason else { return nil }
        return Adjustment(province: province.nfc, points: points, reason: reason.nfc, origin: origin(node))
    }

    mutating func award(_ node: Node) -> Award? {
        guard case .mapping(let mapping) = node else {
            fail(node, "each award is an entry with ranks and title, such as - ranks: \"2-3\"")
            return nil
        }
        let fields = checkedFields(mapping, allowed: ["ranks", "title"], what: "an award")
        guard let ranksNode = fields["ranks"], let ranksText = text(ranksNode, key: "ranks") else {
            if fields["ranks"] == nil { fail(node, "this award has no ranks; add ranks: \"1\" or ranks: \"2-3\"") }
            return nil
        }
        guard let ranks = Award.parseRanks(ranksText) else {
            fail(ranksNode, "award range \"\(ranksText)\" does not parse; write a rank such as \"1\" or a range such as \"2-3\" (ranks start at 1)")
            return nil
        }
        guard let titleNode = fields["title"], let title = text(titleNode, key: "title"), !title.isEmpty else {
            fail(node, "this award has no title; add title: such as \"Cờ thi đua\"")
            return nil
        }
        return Award(ranks: ranks, title: title.nfc, origin: origin(node))
    }

    mutating func formula(_ node: Node) -> Criterion.Source? {
        guard case .scalar(let scalar) = node else {
            fail(node, "formula must be text, such as \"members / htx\"")
            return nil
        }
        let text = scalar.string
        guard text.count <= SchemeReader.maximumFormulaLength else {
            fail(node, "the formula is \(text.count) characters long; coopchart reads formulas of at most \(SchemeReader.maximumFormulaLength) characters; simplify it")
            return nil
        }
        // The column an editor shows: the scalar's own column, past its opening quote.
        let isQuoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
        let isInline = scalar.style != .literal && scalar.style != .folded
        func column(_ formulaColumn: Int) -> String {
            guard isInline, let mark = node.mark else { return "column \(formulaColumn) of the formula" }
            return "column \(mark.column + (isQuoted ? 1 : 0) + formulaColumn - 1)"
        }
        let formula: Formula
        do {
            formula = try Formula(text)
        } catch {
            fail(node, "formula \(quoted(text)) does not parse at \(column(error.column)): \(error.message)")
            return nil
        }
        var valid = true
        for id in formula.indicatorIDs where catalog[id]?.id != id {
            let offset = Self.wordOffset(of: id, in: text) ?? 0
            let hint = catalog[id].map { "write its id \($0.id)" } ?? "did you mean \(catalog.suggestions(for: id).joined(separator: ", "))?"
            fail(node, "unknown indicator \"\(id)\" in formula \(quoted(text)) at \(column(offset + 1)); \(hint)")
            valid = false
        }
        return valid ? .formula(formula) : nil
    }

    // MARK: scalars

    /// The fields of a mapping by key, with every unknown key reported.
    mutating func checkedFields(_ mapping: Node.Mapping, allowed: [String], what: String) -> [String: Node] {
        var fields: [String: Node] = [:]
        for (key, value) in mapping {
            guard let name = key.string, allowed.contains(name) else {
                let name = key.string ?? "?"
                let suggestion = allowed.min { editDistance(name.lowercased(), $0) < editDistance(name.lowercased(), $1) }
                let hint = suggestion.map { editDistance(name.lowercased(), $0) <= 2 ? "did you mean \($0)? " : "" } ?? ""
                fail(key, "unknown key \"\(name)\" in \(what); \(hint)accepted keys: \(allowed.joined(separator: ", "))")
                continue
            }
            fields[name] = value
        }
        return fields
    }

    mutating func text(_ node: Node, key: String) -> String? {
        guard case .scalar(let scalar) = node else {
            fail(node, "\(key) must be a single value, not a list or an entry")
            return nil
        }
        return scalar.string.trimmingCharacters(in: .whitespaces)
    }

    mutating func number(_ node: Node, key: String) -> Double? {
        guard let value = text(node, key: key) else { return nil }
        guard let number = Self.parseNumber(value) else {
            let hint = value.contains(",") ? " (write decimals with a dot: 1.2)" : ""
            fail(node, "\(key) \"\(value)\" is not a number\(hint)")
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
        let hint = catalog[name].map { "write its id \($0.id)" } ?? "did you mean \(catalog.suggestions(for: name).joined(separator: ", "))?"
        fail(node, "unknown indicator \"\(name)\"; \(hint)")
        return nil
    }

    static func parseNumber(_ text: String) -> Double? {
        let cleaned = text.replacingOccurrences(of: "−", with: "-")
        guard !cleaned.isEmpty, cleaned.allSatisfy({ $0.isASCII && ($0.isNumber || "+-.eE".contains($0)) }),
              let value = Double(cleaned), value.isFinite else { return nil }
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
