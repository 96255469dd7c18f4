import CoopFormatting

/// The errors of the YAML files a person writes beside the data — a cluster file (`--cluster FILE.yaml`)
/// and an indicator file (`--indicators FILE.yaml`) — in English (stderr, unchanged) and Vietnamese
/// (outputs in Vietnamese). The keys of a YAML file (`members:`, `label_vi:`) are what the person types,
/// so both languages name them as written; the Vietnamese calls a key "mục".
struct SettingsFileWords: MessageWords {
    let language: Language

    /// What a YAML mapping is, for a message about its keys.
    enum Part {
        case clusterFile, indicator
    }

    func part(_ part: Part) -> String {
        switch part {
        case .clusterFile: return pick("tệp cụm", "a cluster file")
        case .indicator: return pick("một chỉ tiêu", "an indicator")
        }
    }

    // MARK: The YAML itself

    var emptyFile: String { pick("tệp YAML trống", "the YAML file is empty") }
    func cannotRead(_ reason: FileWords.Unreadable) -> String {
        pick(
            "không đọc được tệp (\(FileWords(language: language).reason(reason))); hãy ghi đường dẫn của một tệp YAML",
            "cannot read the file (\(FileWords(language: language).reason(reason))); give the path of a YAML file")
    }
    func notYAML(_ problem: String, at found: Unicode.Scalar? = nil) -> String {
        pick(
            "đây không phải YAML hợp lệ (\(yamlProblem(problem, at: found))); kiểm tra lại thụt lề, và đặt trong ngoặc kép các giá trị có dấu \":\" hoặc \"#\"",
            "this is not valid YAML (\(problem)); check the indentation and quote values that contain \":\" or \"#\"")
    }
    func keyTwice(_ keys: [String]) -> String {
        pick(
            "một mục được ghi hai lần (\(keys.joined(separator: ", "))); chỉ giữ một",
            "a key is given twice (\(keys.joined(separator: ", "))); keep one")
    }
    func notYAML(error: String) -> String { pick("đây không phải YAML hợp lệ (\(error))", "this is not valid YAML (\(error))") }
    func notAMapping(_ what: Part, accepted: [String]) -> String {
        let keys = accepted.joined(separator: ", ")
        switch what {
        case .clusterFile: return pick("tệp cụm phải gồm các mục (\(keys))", "a cluster file must be a mapping of keys (\(keys))")
        case .indicator: return pick("mỗi chỉ tiêu phải gồm các mục (\(keys))", "an indicator must be a mapping of keys (\(keys))")
        }
    }
    func unknownKey(_ name: String, in what: Part, accepted: [String]) -> String {
        pick(
            "mục \"\(name)\" không hợp lệ trong \(part(what)); các mục hợp lệ: \(accepted.joined(separator: ", "))",
            "unknown key \"\(name)\" in \(part(what)); accepted keys: \(accepted.joined(separator: ", "))")
    }
    func notASingleValue(_ key: String) -> String {
        pick("\(key) phải là một giá trị, không phải một danh sách hay một nhóm mục", "\(key) must be a single value, not a list or mapping")
    }

    // MARK: Cluster files

    var clusterNeedsName: String { pick("cụm cần có tên (name:, như dbsh-2017)", "a cluster needs a name (such as dbsh-2017)") }
    var clusterNeedsMembers: String {
        pick("cụm cần có danh sách thành viên (members:): tên hoặc mã của các tỉnh", "a cluster needs members: a list of province names or codes")
    }
    func tooManyMembers(_ listed: Int, maximum: Int, units: Int) -> String {
        pick(
            "tệp cụm ghi \(count(listed)) thành viên; một cụm có tối đa \(count(maximum)) thành viên (danh mục chỉ có \(count(units)) đơn vị hành chính)",
            "the cluster lists \(listed) members; a cluster has at most \(maximum) (the registry itself has \(units) units)")
    }
    var memberNotAName: String {
        pick(
            "mỗi thành viên là tên hoặc mã của một tỉnh, không phải một danh sách hay một nhóm mục",
            "a member is a province name or code, not a list or mapping")
    }
    func unknownMember(_ text: String, suggestions: [String]) -> String {
        pick("không có tỉnh \"\(text)\" trong danh mục; \(didYouMean(suggestions))", "unknown province \"\(text)\"; \(didYouMean(suggestions))")
    }
    func memberNotInForce(_ text: String, years: ClosedRange<Int>, units: [Province]) -> String {
        let when = years.lowerBound == years.upperBound ? "năm \(years.lowerBound)" : "các năm \(years.lowerBound)–\(years.upperBound)"
        return pick(
            "\"\(text)\" không phải là đơn vị hành chính có hiệu lực trong \(when) của cụm: \(units.map(unit).joined(separator: "; "))",
            "\"\(text)\" was not in force in \(years.lowerBound)–\(years.upperBound): \(units.map(unit).joined(separator: "; "))")
    }
    func memberAmbiguous(_ text: String, units: [Province]) -> String {
        pick(
            "\"\(text)\" chỉ những tỉnh khác nhau ở những thời điểm khác nhau (\(units.map(unit).joined(separator: "; "))); "
                + "ghi các năm của cụm (years:), hoặc ghi tên tỉnh thay cho mã",
            "\"\(text)\" means different provinces at different dates (\(units.map(unit).joined(separator: "; "))); give the cluster's years, or write the name"
        )
    }
    var acceptedYears: String {
        pick(
            "ghi một năm (2017), một khoảng năm (\"2017-2019\") hoặc một danh sách [2017, 2019]",
            "write a year (2017), a range (\"2017-2019\"), or a list [2017, 2019]")
    }
    var yearsUnreadable: String { pick("không đọc được các năm; \(acceptedYears)", "the years are not readable; \(acceptedYears)") }
    func notAYearOrRange(_ text: String) -> String {
        pick("\"\(text)\" không phải là một năm hay một khoảng năm; \(acceptedYears)", "\"\(text)\" is not a year or a range; \(acceptedYears)")
    }
    func yearsOutside(_ accepted: ClosedRange<Int>) -> String {
        pick(
            "các năm phải nằm trong khoảng \(accepted.lowerBound)–\(accepted.upperBound); \(acceptedYears)",
            "the years must lie in \(accepted.lowerBound)–\(accepted.upperBound); \(acceptedYears)")
    }

    // MARK: A cluster that does not fit the figures' period (`validate --cluster`)

    /// The reason every command gives for a cluster across the 2025 merger (`Cluster.checkApplies`), and
    /// what `validate` can do about it.
    func clusterDoesNotFit(
        _ name: String, period: Period, ended: [Province], endedOn: SimpleDate?, successors: [Province],
        nonMembers: [Province]
    ) -> String {
        let names = { (units: [Province]) in units.map(\.name).joined(separator: ", ") }
        var parts: [String] = []
        if !ended.isEmpty {
            let on = endedOn.map(day) ?? "?"
            parts.append(
                pick(
                    "các thành viên \(names(ended)) chỉ tồn tại đến ngày \(on) và trong kỳ \(period) thuộc \(names(successors))",
                    "its members \(names(ended)) ended on \(on) and are parts of \(names(successors)) in \(period)"))
        }
        if !nonMembers.isEmpty {
            parts.append(
                pick(
                    "các đơn vị của cụm trong kỳ \(period) còn gồm \(names(nonMembers)), vốn không phải thành viên",
                    "its units in \(period) also hold \(names(nonMembers)), which are not members"))
        }
        return pick(
            "cụm \(name) không khớp với kỳ \(period): " + parts.joined(separator: "; ") + ". "
                + "Hãy kiểm tra các tệp mà không dùng --cluster, hoặc dùng một tệp cụm liệt kê các đơn vị có hiệu lực trong kỳ \(period) "
                + "(để so sánh qua đợt sáp nhập năm 2025, các lệnh khác quy đổi số liệu: `coopchart summary … --harmonize`)",
            "cluster \(name) does not fit \(period): " + parts.joined(separator: "; ") + ". "
                + "Validate the files without --cluster, or give a cluster file that lists the units in force in \(period) "
                + "(to compare across the 2025 merger, the other commands harmonize the figures: `coopchart summary … --harmonize`)")
    }

    // MARK: Indicator files

    var notAnIndicatorList: String {
        pick(
            "tệp chỉ tiêu là một danh sách các chỉ tiêu, hoặc có mục \"indicators\" chứa danh sách đó",
            "an indicator file is a list of indicators, or a mapping with the key \"indicators\" holding that list")
    }
    var indicatorNeedsID: String {
        pick(
            "mỗi chỉ tiêu cần có mã (id: gồm chữ cái không dấu, chữ số và _, như new_htx)",
            "every indicator needs an id (letters, digits and _, such as new_htx)")
    }
    func invalidID(_ id: String) -> String {
        pick(
            "\"\(id)\" không phải là mã hợp lệ; chỉ dùng chữ cái không dấu, chữ số và _, như trainees_2017",
            "\"\(id)\" is not a valid id; use letters, digits and _ only, such as trainees_2017")
    }
    func needsVietnameseLabel(_ id: String) -> String {
        pick("chỉ tiêu mới \(id) cần có tên tiếng Việt (label_vi)", "the new indicator \(id) needs a Vietnamese label (label_vi)")
    }
    /// The kinds an indicator may be, each explained in Vietnamese.
    var kinds: String {
        pick(
            "stock (số tại một thời điểm), flow (số phát sinh trong kỳ), average (bình quân), share (tỷ lệ) hoặc target (kế hoạch)",
            Indicator.Kind.allCases.map(\.rawValue).joined(separator: ", "))
    }
    func notAKind(_ text: String) -> String {
        pick("\"\(text)\" không phải là loại chỉ tiêu; ghi một trong các loại \(kinds)", "\"\(text)\" is not a kind; write one of \(kinds)")
    }
    func needsKind(_ id: String) -> String {
        pick("chỉ tiêu mới \(id) cần ghi loại (kind:): \(kinds)", "the new indicator \(id) needs a kind: \(kinds)")
    }
    func notABoolean(_ text: String) -> String {
        pick(
            "\"\(text)\" không phải true hay false; ghi true nếu chỉ tiêu là số đếm đơn vị nguyên",
            "\"\(text)\" is not true or false; write true for a count of whole units")
    }
    func weightNotAnIndicator(_ id: String, over: String, suggestions: [String]) -> String {
        pick(
            "\(id) là bình quân gia quyền theo \"\(over)\", nhưng \"\(over)\" không phải là chỉ tiêu; \(didYouMean(suggestions))",
            "\(id) is a weighted mean over \"\(over)\", which is not an indicator; \(didYouMean(suggestions))")
    }
    var acceptedAggregations: String {
        pick(
            "ghi sum (cộng lại), none (không cộng gộp) hoặc weighted_mean kèm over: CHỈ_TIÊU (bình quân gia quyền, như weighted_mean over htx)",
            "write sum, none, or weighted_mean with over: INDICATOR (such as weighted_mean over htx)")
    }
    var aggregationUnreadable: String {
        pick("không đọc được cách cộng gộp (aggregation); \(acceptedAggregations)", "the aggregation is not readable; \(acceptedAggregations)")
    }
    var weightedMeanNeedsWeight: String {
        pick(
            "bình quân gia quyền cần quyền số: thêm over: CHỈ_TIÊU (revenue_avg lấy quyền số là htx)",
            "a weighted mean needs its weight: add over: INDICATOR (revenue_avg is weighted over htx)")
    }
    func notAnAggregation(_ text: String) -> String {
        pick("\"\(text)\" không phải là cách cộng gộp; \(acceptedAggregations)", "\"\(text)\" is not an aggregation rule; \(acceptedAggregations)")
    }
}

/// The character at a libyaml mark (line and column from 1, the column in Unicode scalars), if there is one.
func yamlCharacter(in text: String, line: Int, column: Int) -> Unicode.Scalar? {
    guard line >= 1, column >= 1 else { return nil }
    let lines = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
    guard line <= lines.count else { return nil }
    let scalars = Array(lines[line - 1].unicodeScalars)
    return column <= scalars.count ? scalars[column - 1] : nil
}

extension MessageWords {
    /// A problem libyaml reports, in the language: the Vietnamese of those a person meets (a value with
    /// ": " not in quotes, a tab, uneven indentation, a quote not closed), else libyaml's own words.
    /// `found` is the character at the problem's place, when known (a tab is named as a tab).
    func yamlProblem(_ problem: String, at found: Unicode.Scalar? = nil) -> String {
        guard language == .vi else { return problem }
        if found == "\t" && problem == "found character that cannot start any token" {
            return "có ký tự tab ở đầu dòng; YAML chỉ thụt lề bằng dấu cách"
        }
        switch problem {
        case "mapping values are not allowed in this context":
            return "có dấu \":\" ở chỗ không được có; giá trị chứa \": \" phải đặt trong ngoặc kép"
        case "mapping keys are not allowed in this context":
            return "có tên mục ở chỗ không được có"
        case "did not find expected key":
            return "không tìm thấy tên mục như mong đợi, thường do thụt lề không đều"
        case "could not find expected ':'":
            return "không tìm thấy dấu \":\" sau tên mục"
        case "did not find expected '-' indicator":
            return "không tìm thấy dấu \"-\" của phần tử danh sách, thường do thụt lề không đều"
        case "block sequence entries are not allowed in this context":
            return "có phần tử danh sách (\"- \") ở chỗ không được có, thường do thụt lề không đều"
        case "did not find expected node content":
            return "thiếu giá trị ở chỗ cần có"
        case "found character that cannot start any token":
            return "có ký tự không được đứng đầu một giá trị (như @ hoặc `); đặt giá trị đó trong ngoặc kép"
        case "found a tab character that violates indentation", "found a tab character where an indentation space is expected":
            return "có ký tự tab ở chỗ thụt lề; YAML chỉ thụt lề bằng dấu cách"
        case "found unexpected end of stream":
            return "tệp kết thúc giữa chừng, có thể do thiếu dấu ngoặc kép đóng"
        case "found unknown escape character":
            return "có ký tự \\ không hợp lệ trong chuỗi đặt trong ngoặc kép; ghi \\\\ hoặc dùng ngoặc đơn"
        case "did not find expected ',' or ']'":
            return "thiếu dấu \",\" hoặc \"]\" trong danh sách viết trong ngoặc vuông"
        case "did not find expected ',' or '}'":
            return "thiếu dấu \",\" hoặc \"}\" trong nhóm mục viết trong ngoặc nhọn"
        case "control characters are not allowed":
            return "tệp có ký tự điều khiển, không phải văn bản"
        case "found undefined alias":
            return "có tham chiếu (*) đến một mốc (&) chưa được định nghĩa"
        default:
            return "trình đọc YAML báo: \(problem)"
        }
    }
}
