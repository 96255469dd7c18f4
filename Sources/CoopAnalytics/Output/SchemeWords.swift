import CoopFormatting

/// The errors of a scoring scheme — its YAML, its keys, its criteria, adjustments, tie-break and awards,
/// its formulas, and what scoring finds when the data meets it — in English (stderr, unchanged) and in
/// Vietnamese (the browser app's scheme errors, outputs in Vietnamese), with the words the rest of the app
/// uses: a scheme is "cách chấm điểm", a criterion "tiêu chí", its maximum "điểm tối đa", its method
/// "cách tính điểm", an adjustment "khoản điều chỉnh" (điểm cộng, điểm trừ), the tie-break "thứ tự phân
/// định khi bằng điểm", an award "danh hiệu", a target "kế hoạch". Keys (`points:`, `method: minmax`)
/// are what the person types, so both languages write them as they are.
struct SchemeWords: MessageWords {
    let language: Language

    /// The parts of a scheme a key can be unknown in.
    enum Part {
        case scheme, criterion, adjustment, award
    }

    func part(_ part: Part) -> String {
        switch part {
        case .scheme: return pick("cách chấm điểm", "the scheme")
        case .criterion: return pick("một tiêu chí", "a criterion")
        case .adjustment: return pick("một khoản điều chỉnh", "an adjustment")
        case .award: return pick("một danh hiệu", "an award")
        }
    }

    // MARK: The file and its YAML

    var cannotRead: String {
        pick(
            "không đọc được tệp cách chấm điểm (không có tệp này, đây là một thư mục, hoặc không có quyền đọc); hãy ghi đường dẫn của một tệp cách chấm điểm YAML",
            "cannot read the scheme file (no such file, a folder, or unreadable); give the path of a YAML scheme")
    }
    var notUTF8: String { pick("tệp cách chấm điểm không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8", "the scheme is not UTF-8 text; save it as UTF-8") }
    var notAMapping: String {
        pick(
            "cách chấm điểm là một tệp YAML gồm các mục title, criteria và, nếu cần, year, cluster, adjustments, tiebreak, awards",
            "a scheme is a YAML mapping with title, criteria and optional year, cluster, adjustments, tiebreak, awards")
    }
    func notYAML(_ problem: String, column: Int, found: Unicode.Scalar?) -> String {
        pick(
            "đây không phải YAML hợp lệ (\(yamlProblem(problem, at: found)), ở cột \(column)); kiểm tra lại thụt lề và dấu ngoặc kép",
            "this is not valid YAML (\(problem) at column \(column)); check the indentation and the quotes")
    }
    func keysTwice(_ keys: [String]) -> String {
        let listed = keys.map { "\"\($0)\"" }.joined(separator: ", ")
        return keys.count == 1
            ? pick("mục \(listed) được ghi hai lần trong cùng một phần; chỉ giữ một", "the key \(listed) appears twice in one entry; keep one")
            : pick("các mục \(listed) được ghi hai lần trong cùng một phần; mỗi mục chỉ giữ một", "the keys \(listed) appear twice in one entry; keep one")
    }
    func notYAML(error: String) -> String {
        pick(
            "đây không phải YAML hợp lệ (\(error)); hãy lưu cách chấm điểm dạng văn bản YAML, bảng mã UTF-8",
            "this is not valid YAML (\(error)); save the scheme as UTF-8 YAML text")
    }

    // MARK: Keys and values

    func unknownKey(_ name: String, in what: Part, suggestion: String?, accepted: [String]) -> String {
        pick(
            "mục \"\(name)\" không hợp lệ trong \(part(what)); \(suggestion.map { "có phải \($0)? " } ?? "")các mục hợp lệ: \(accepted.joined(separator: ", "))",
            "unknown key \"\(name)\" in \(part(what)); \(suggestion.map { "did you mean \($0)? " } ?? "")accepted keys: \(accepted.joined(separator: ", "))")
    }
    func notASingleValue(_ key: String) -> String {
        pick("\(key) phải là một giá trị, không phải một danh sách hay một nhóm mục", "\(key) must be a single value, not a list or an entry")
    }
    func notANumber(_ key: String, _ value: String) -> String {
        let comma = value.contains(",")
        return pick(
            "\(key) \"\(value)\" không phải là số" + (comma ? " (số thập phân viết bằng dấu chấm: 1.2)" : ""),
            "\(key) \"\(value)\" is not a number" + (comma ? " (write decimals with a dot: 1.2)" : ""))
    }
    /// An indicator a scheme names that is not an id of the catalog: its label (`label` gives the id to
    /// write instead), or a word the catalog does not know.
    func unknownIndicator(_ name: String, idOfLabel: String?, suggestions: [String]) -> String {
        if let id = idOfLabel {
            return pick(
                "\"\(name)\" là tên của chỉ tiêu; trong cách chấm điểm hãy ghi mã của chỉ tiêu: \(id)", "unknown indicator \"\(name)\"; write its id \(id)")
        }
        return pick("không có chỉ tiêu \"\(name)\" trong danh mục; \(didYouMean(suggestions))", "unknown indicator \"\(name)\"; \(didYouMean(suggestions))")
    }

    // MARK: The scheme's parts

    func notAPeriod(_ value: String) -> String {
        pick(
            "year \"\(value)\" không phải là kỳ số liệu; ghi năm như 2017, hoặc 6 tháng như 2017-H1 / 2017-H2",
            "year \"\(value)\" is not a period; write a year such as 2017, or 2017-H1 / 2017-H2")
    }
    func tooManyCriteria(_ count: Int, maximum: Int) -> String {
        pick(
            "cách chấm điểm có \(self.count(count)) tiêu chí; coopchart chấm tối đa \(self.count(maximum)) tiêu chí (mỗi tiêu chí là một cột của bảng xếp hạng)",
            "the scheme has \(count) criteria; coopchart scores at most \(maximum) (each is a column of the ranking)")
    }
    func duplicateCriterion(_ id: String, firstLine: Int) -> String {
        pick(
            "mã tiêu chí \"\(id)\" bị trùng (đã dùng ở dòng \(firstLine)); mỗi tiêu chí cần một mã riêng",
            "duplicate criterion id \"\(id)\" (first used at line \(firstLine)); every criterion needs its own id")
    }
    var criteriaNotAList: String {
        pick(
            "criteria phải là một danh sách tiêu chí, không để trống (- id: …, indicator: …, points: …, method: …)",
            "criteria must be a non-empty list of entries (- id: …, indicator: …, points: …, method: …)")
    }
    var noCriteria: String {
        pick("cách chấm điểm chưa có tiêu chí nào; thêm danh sách tiêu chí dưới mục criteria:", "the scheme has no criteria; add a list under criteria:")
    }
    var tiebreakNotAList: String {
        pick("tiebreak phải là danh sách mã tiêu chí, như [plan, new]", "tiebreak must be a list of criterion ids, such as [plan, new]")
    }
    func tiebreakUnknown(_ id: String, criteria: [String]) -> String {
        pick(
            "tiebreak ghi mã tiêu chí \"\(id)\" không có trong cách chấm điểm; các tiêu chí là \(criteria.joined(separator: ", "))",
            "tiebreak names an unknown criterion id \"\(id)\"; the criteria are \(criteria.joined(separator: ", "))")
    }
    func tiebreakTwice(_ id: String) -> String {
        pick("tiebreak ghi \"\(id)\" hai lần; mỗi tiêu chí chỉ ghi một lần", "tiebreak names \"\(id)\" twice; list each criterion once")
    }
    var adjustmentsNotAList: String {
        pick(
            "adjustments phải là danh sách các khoản điều chỉnh (- province: …, points: …, reason: …)",
            "adjustments must be a list of entries (- province: …, points: …, reason: …)")
    }
    func awardsOverlap(_ title: String, _ other: String, line: Int) -> String {
        pick(
            "hạng của danh hiệu \"\(title)\" trùng với hạng của danh hiệu \"\(other)\" (dòng \(line)); mỗi hạng chỉ có một danh hiệu",
            "the ranks of \"\(title)\" overlap those of \"\(other)\" (line \(line)); give each rank one award")
    }
    var mapsNotAList: String {
        pick("maps phải là danh sách mã chỉ tiêu, ví dụ [new_htx, htx]", "maps must be a list of indicator ids, such as [new_htx, htx]")
    }
    func mapsUnknownIndicator(_ id: String, suggestions: [String]) -> String {
        pick(
            "maps ghi chỉ tiêu \"\(id)\" không có trong danh mục; \(didYouMean(suggestions))",
            "maps names an unknown indicator \"\(id)\"; \(didYouMean(suggestions))")
    }
    var awardsNotAList: String {
        pick("awards phải là danh sách các danh hiệu (- ranks: \"1\", title: …)", "awards must be a list of entries (- ranks: \"1\", title: …)")
    }

    // MARK: Criteria

    var criterionNotAnEntry: String {
        pick(
            "mỗi tiêu chí là một mục gồm id, label, indicator hoặc formula, points và method",
            "each criterion is an entry with id, label, indicator or formula, points and method")
    }
    var criterionWithoutID: String {
        pick("tiêu chí này chưa có mã; thêm id: với một tên ngắn như new hoặc plan", "this criterion has no id; add id: with a short name such as new or plan")
    }
    func invalidCriterionID(_ id: String) -> String {
        pick(
            "mã tiêu chí \"\(id)\" phải bắt đầu bằng một chữ cái và chỉ gồm chữ cái không dấu, chữ số và _ (mã này là tên một cột của tệp CSV)",
            "criterion id \"\(id)\" must start with a letter and use only letters, digits and _ (it becomes a CSV column)")
    }
    func reservedCriterionID(_ id: String) -> String {
        pick(
            "mã tiêu chí \"\(id)\" trùng tên một cột sẵn có của bảng xếp hạng; hãy chọn mã khác",
            "criterion id \"\(id)\" is a column of the ranking itself; choose another id")
    }
    func indicatorAndFormula(_ id: String) -> String {
        pick("tiêu chí \"\(id)\" có cả indicator lẫn formula; chỉ giữ một", "criterion \"\(id)\" has both indicator and formula; keep one")
    }
    func neitherIndicatorNorFormula(_ id: String) -> String {
        pick(
            "tiêu chí \"\(id)\" chưa có indicator hay formula; thêm indicator: new_htx hoặc formula: \"members / htx\"",
            "criterion \"\(id)\" has neither indicator nor formula; add indicator: new_htx or formula: \"members / htx\"")
    }
    func negativePoints(_ id: String, _ points: Double) -> String {
        pick(
            "tiêu chí \"\(id)\" có điểm tối đa âm (\(figure(points))); điểm tối đa phải từ 0 trở lên (điểm trừ ghi ở mục adjustments)",
            "criterion \"\(id)\" has negative maximum points (\(plain(points))); a maximum is 0 or more (penalties go under adjustments)")
    }
    func noPoints(_ id: String) -> String {
        pick(
            "tiêu chí \"\(id)\" chưa có điểm tối đa; thêm points: với số điểm tối đa, như 30",
            "criterion \"\(id)\" has no points; add points: with its maximum, such as 30")
    }
    func unknownMethod(_ name: String, criterion id: String) -> String {
        pick(
            "tiêu chí \"\(id)\" có cách tính điểm \"\(name)\" không hợp lệ; ghi minmax, proportional, target hoặc rank",
            "unknown method \"\(name)\" in criterion \"\(id)\"; write minmax, proportional, target or rank")
    }
    func noMethod(_ id: String) -> String {
        pick(
            "tiêu chí \"\(id)\" chưa có cách tính điểm; ghi method: minmax, proportional, target hoặc rank",
            "criterion \"\(id)\" has no method; write method: minmax, proportional, target or rank")
    }
    func unknownDirection(_ name: String, criterion id: String) -> String {
        pick(
            "tiêu chí \"\(id)\" có chiều \"\(name)\" không hợp lệ; ghi higher (càng cao càng tốt) hoặc lower (càng thấp càng tốt)",
            "unknown direction \"\(name)\" in criterion \"\(id)\"; write higher (more is better) or lower (less is better)")
    }
    func targetWithoutTargetMethod(_ id: String, method: String) -> String {
        pick(
            "tiêu chí \"\(id)\" có target nhưng cách tính điểm là \(method); target (kế hoạch) chỉ dùng với method target",
            "criterion \"\(id)\" has a target but method \(method); a target is used only by method target")
    }
    func targetNotPositive(_ id: String, _ value: String) -> String {
        pick(
            "kế hoạch (target) của tiêu chí \"\(id)\" là \(value); kế hoạch phải lớn hơn 0",
            "the target of criterion \"\(id)\" is \(value); a target must be more than 0")
    }
    func targetMissing(_ id: String) -> String {
        pick(
            "tiêu chí \"\(id)\" tính điểm theo kế hoạch (method target) nhưng chưa có target; thêm target: là một chỉ tiêu (target_new_htx) hoặc một số",
            "criterion \"\(id)\" uses method target but has no target; add target: with an indicator (target_new_htx) or a number")
    }
    func capWithoutTargetMethod(_ id: String, method: String) -> String {
        pick(
            "tiêu chí \"\(id)\" có cap nhưng cách tính điểm là \(method); cap (mức trần) chỉ dùng với method target",
            "criterion \"\(id)\" has a cap but method \(method); a cap is used only by method target")
    }
    func capNotPositive(_ id: String, _ value: Double) -> String {
        pick(
            "mức trần (cap) của tiêu chí \"\(id)\" là \(figure(value)); mức trần phải lớn hơn 0, như 1.2 (số thập phân viết bằng dấu chấm)",
            "the cap of criterion \"\(id)\" is \(plain(value)); a cap must be more than 0, such as 1.2")
    }

    // MARK: Adjustments and awards

    var adjustmentNotAnEntry: String {
        pick("mỗi khoản điều chỉnh là một mục gồm province, points và reason", "each adjustment is an entry with province, points and reason")
    }
    var adjustmentWithoutProvince: String {
        pick("khoản điều chỉnh này chưa ghi tỉnh; thêm province: với tên hoặc mã tỉnh", "this adjustment has no province; add province: with a name or a code")
    }
    var adjustmentWithoutPoints: String {
        pick(
            "khoản điều chỉnh này chưa ghi số điểm; thêm points: như 2 (điểm cộng) hoặc -8 (điểm trừ)",
            "this adjustment has no points; add points: such as 2 (bonus) or -8 (penalty)")
    }
    var adjustmentWithoutReason: String {
        pick(
            "khoản điều chỉnh này chưa ghi lý do; mỗi khoản cộng hoặc trừ điểm phải nêu lý do (reason: …)",
            "this adjustment has no reason; every bonus or penalty must say why (reason: …)")
    }
    var awardNotAnEntry: String {
        pick("mỗi danh hiệu là một mục gồm ranks và title, như - ranks: \"2-3\"", "each award is an entry with ranks and title, such as - ranks: \"2-3\"")
    }
    var awardWithoutRanks: String {
        pick("danh hiệu này chưa ghi hạng; thêm ranks: \"1\" hoặc ranks: \"2-3\"", "this award has no ranks; add ranks: \"1\" or ranks: \"2-3\"")
    }
    func awardRangeUnreadable(_ text: String) -> String {
        pick(
            "không đọc được khoảng hạng \"\(text)\" của danh hiệu; ghi một hạng như \"1\" hoặc một khoảng như \"2-3\" (hạng bắt đầu từ 1)",
            "award range \"\(text)\" does not parse; write a rank such as \"1\" or a range such as \"2-3\" (ranks start at 1)")
    }
    var awardWithoutTitle: String {
        pick("danh hiệu này chưa có tên; thêm title: như \"Cờ thi đua\"", "this award has no title; add title: such as \"Cờ thi đua\"")
    }

    // MARK: Formulas

    var formulaNotText: String {
        pick("formula phải là một công thức dạng văn bản, như \"members / htx\"", "formula must be text, such as \"members / htx\"")
    }
    func formulaTooLong(_ length: Int, maximum: Int) -> String {
        pick(
            "công thức dài \(count(length)) ký tự; coopchart đọc công thức dài tối đa \(count(maximum)) ký tự; hãy rút gọn",
            "the formula is \(length) characters long; coopchart reads formulas of at most \(maximum) characters; simplify it")
    }
    /// Where in a formula: the column of the scheme's line, or (a formula over several lines) its own column.
    func column(_ column: Int, ofFormula: Bool) -> String {
        ofFormula ? pick("cột \(column) của công thức", "column \(column) of the formula") : pick("cột \(column)", "column \(column)")
    }
    func formulaDoesNotParse(_ formula: String, at place: String, _ error: Formula.ParseError) -> String {
        pick("không đọc được công thức \(formula) ở \(place): \(error.vietnamese)", "formula \(formula) does not parse at \(place): \(error.message)")
    }
    func unknownIndicator(_ id: String, inFormula formula: String, at place: String, idOfLabel: String?, suggestions: [String]) -> String {
        let hint = idOfLabel.map { pick("hãy ghi mã của chỉ tiêu: \($0)", "write its id \($0)") } ?? didYouMean(suggestions)
        return pick(
            "công thức \(formula) có chỉ tiêu \"\(id)\" không có trong danh mục, ở \(place); \(hint)",
            "unknown indicator \"\(id)\" in formula \(formula) at \(place); \(hint)")
    }

    // MARK: A formula's syntax (`Formula.ParseError`)

    var formulaEmpty: String { pick("công thức để trống; ghi ví dụ members / htx", "the formula is empty; write for example members / htx") }
    var closesNothing: String { pick("dấu \")\" này không đóng dấu \"(\" nào", "this \")\" closes no \"(\"") }
    func expectedOperator(found: String) -> String {
        pick("cần một phép tính (+ − * /) hoặc hết công thức, nhưng gặp \(found)", "expected an operator (+ − * /) or the end, found \(found)")
    }
    var endsTooEarly: String {
        pick(
            "công thức kết thúc quá sớm; cần một số, một mã chỉ tiêu hoặc dấu \"(\"", "the formula ends too early; expected a number, an indicator id or \"(\"")
    }
    var unclosedParenthesis: String { pick("thiếu dấu \")\" để đóng dấu \"(\"", "expected \")\" to close the \"(\"") }
    func unknownFunction(_ name: String) -> String {
        pick("không có hàm \"\(name)\"; hàm duy nhất là prev(id)", "unknown function \"\(name)\"; the only function is prev(id)")
    }
    var prevNeedsID: String { pick("prev( cần một mã chỉ tiêu, như prev(new_htx)", "prev( needs an indicator id, as in prev(new_htx)") }
    func unclosedPrev(_ id: String) -> String { pick("thiếu dấu \")\" sau prev(\(id)", "expected \")\" after prev(\(id)") }
    var commaDecimal: String {
        pick(
            "dấu \",\" không phải là dấu thập phân ở đây; số thập phân viết bằng dấu chấm (1.5)",
            "\",\" is not a decimal mark here; write decimals with a dot (1.5)")
    }
    func expectedOperand(found: String) -> String {
        pick("cần một số, một mã chỉ tiêu hoặc dấu \"(\", nhưng gặp \(found)", "expected a number, an indicator id or \"(\", found \(found)")
    }
    func notAFormulaNumber(_ text: String) -> String {
        pick("\"\(text)\" không phải là số; ghi một số như 100 hoặc 1.5", "\"\(text)\" is not a number; write a plain number such as 100 or 1.5")
    }
    func nestedTooDeeply(_ maximum: Int) -> String {
        pick(
            "công thức lồng nhau quá sâu (quá \(count(maximum)) tầng ngoặc, dấu hoặc phép tính); hãy rút gọn",
            "the formula is nested too deeply (more than \(maximum) levels of parentheses, signs or operations); simplify it")
    }

    // MARK: Scoring the data (`ScoreEngine`)

    func proportionalNegative(_ id: String, province: String, value: Double, period: Period) -> String {
        pick(
            "tiêu chí \"\(id)\" tính điểm theo tỷ lệ (method proportional), cần giá trị từ 0 trở lên, nhưng \(province) có \(figure(value)) "
                + "trong kỳ \(period); dùng minmax hoặc rank cho giá trị có thể âm",
            "criterion \"\(id)\" uses method proportional, which needs values of 0 or more, but "
                + "\(province) has \(plain(value)) in \(period); use minmax or rank for values that can be negative")
    }
    func targetNotInData(_ id: String, province: String, target: String, period: Period) -> String {
        pick(
            "tiêu chí \"\(id)\" (method target) cần kế hoạch \(target) của \(province) trong kỳ \(period), nhưng số liệu không có; "
                + "hãy bổ sung vào số liệu, hoặc ghi target là một số",
            "criterion \"\(id)\" (method target) needs \(province)'s target \(target) in \(period), "
                + "and the data has none; add it to the data or give a number as target")
    }
    func targetInDataNotPositive(_ id: String, province: String, target: String, period: Period, value: Double, origin: String) -> String {
        pick(
            "tiêu chí \"\(id)\" (method target): kế hoạch \(target) của \(province) trong kỳ \(period) là \(figure(value)) (\(origin)); "
                + "kế hoạch phải lớn hơn 0",
            "criterion \"\(id)\" (method target): \(province)'s target \(target) in \(period) is "
                + "\(plain(value)) (\(origin)); a target must be more than 0")
    }
    func noTarget(_ id: String) -> String {
        pick("tiêu chí \"\(id)\" tính điểm theo kế hoạch (method target) nhưng chưa có target", "criterion \"\(id)\" uses method target but has no target")
    }
    func adjustmentOutsideScope(_ province: String, period: Period) -> String {
        pick(
            "khoản điều chỉnh cho \(province) ghi một tỉnh không nằm trong các tỉnh được xếp hạng kỳ \(period); kiểm tra lại tỉnh hoặc cụm",
            "the adjustment for \(province) names a province that is not among those ranked in \(period); check the province or the cluster")
    }
    func adjustmentNotInForce(_ province: String, period: Period) -> String {
        pick(
            "khoản điều chỉnh ghi \"\(province)\", không phải đơn vị hành chính có hiệu lực trong kỳ \(period); kiểm tra lại năm hoặc tỉnh",
            "the adjustment names \"\(province)\", which was not in force in \(period); check the year or the province")
    }
    func adjustmentUnknownProvince(_ province: String, suggestions: [String]) -> String {
        pick(
            "khoản điều chỉnh ghi tỉnh \"\(province)\" không có trong danh mục; \(didYouMean(suggestions))",
            "the adjustment names an unknown province \"\(province)\"; \(didYouMean(suggestions))")
    }
}
