import Foundation
import Testing
import CoopFormatting
@testable import CoopAnalytics

/// A scheme's errors reach Vietnamese outputs (the browser app's scheme errors) in Vietnamese, with the
/// same line, keys and values as the English stderr prints, which stays as it was.
@Suite struct SchemeWordsTests {
    func errors(_ yaml: String) -> [InputError] {
        thrownErrors { _ = try scoringScheme(yaml) }
    }

    /// A scheme as a cluster lead might first write it: every part has a mistake.
    static let everythingWrong = """
        title: Chấm điểm thi đua
        year: 2017x
        weights: 3
        criteria:
          - id: 1moi
            indicator: new_hxt
            points: -5
            method: minimax
          - id: huong
            indicator: htx
            points: 10
            method: rank
            direction: sideways
          - id: rank
            indicator: htx
            points: 10
            method: rank
          - id: hai
            indicator: htx
            formula: "htx"
            points: 10
            method: rank
          - id: khong
            points: 10
            method: rank
          - id: diem
            indicator: htx
            points: "1,5"
            method: rank
          - id: thieu
            indicator: htx
          - id: kh
            indicator: new_htx
            points: 20
            method: target
          - id: kh2
            indicator: new_htx
            points: 20
            method: minmax
            target: 10
            cap: 1.2
          - id: kh3
            indicator: new_htx
            points: 20
            method: target
            target: 0
            cap: -1
          - id: cong
            formula: "members / / htx"
            points: 10
            method: minmax
          - id: nhan
            formula: "membres * 2"
            points: 10
            method: minmax
          - id: nhan2
            formula: "HTX thành lập mới * 2"
            points: 10
            method: minmax
          - id: ds
            formula: [htx]
            points: 10
            method: minmax
          - id: nhan
            indicator: htx
            points: 10
            method: minmax
          - id: ten
            indicator: HTX thành lập mới
            points: 10
            method: minmax
          - id: nhan
            indicator: htx
            points: 5
            method: rank
          - label: không có mã
            indicator: htx
          - một dòng chữ
          - id: pionts
            indicator: htx
            pionts: 10
            method: minmax
        tiebreak: [zzz, huong, huong]
        adjustments:
          - province: Hà Nam
          - points: 2
          - reason: ""
          - "x"
        awards:
          - ranks: "0"
            title: Cờ thi đua
          - title: Bằng khen
          - ranks: "1"
          - ranks: "1"
            title: Cờ thi đua
          - ranks: "1-2"
            title: Bằng khen
          - x
        """

    @Test func everyErrorOfASchemeHasItsVietnamese() {
        let found = errors(Self.everythingWrong)
        expectToldInVietnamese(found, atLeast: 30)
        let vietnamese = found.map { $0.message(in: .vi) }
        let expected = [
            "year \"2017x\" không phải là kỳ số liệu; ghi năm như 2017, hoặc 6 tháng như 2017-H1 / 2017-H2",
            "mục \"weights\" không hợp lệ trong cách chấm điểm; các mục hợp lệ: title, year, cluster, criteria, adjustments, tiebreak, awards, maps",
            "mã tiêu chí \"1moi\" phải bắt đầu bằng một chữ cái và chỉ gồm chữ cái không dấu, chữ số và _ (mã này là tên một cột của tệp CSV)",
            "tiêu chí \"1moi\" có điểm tối đa âm (−5); điểm tối đa phải từ 0 trở lên (điểm trừ ghi ở mục adjustments)",
            "tiêu chí \"1moi\" có cách tính điểm \"minimax\" không hợp lệ; ghi minmax, proportional, target hoặc rank",
            "tiêu chí \"huong\" có chiều \"sideways\" không hợp lệ; ghi higher (càng cao càng tốt) hoặc lower (càng thấp càng tốt)",
            "mã tiêu chí \"rank\" trùng tên một cột sẵn có của bảng xếp hạng; hãy chọn mã khác",
            "tiêu chí \"hai\" có cả indicator lẫn formula; chỉ giữ một",
            "tiêu chí \"khong\" chưa có indicator hay formula; thêm indicator: new_htx hoặc formula: \"members / htx\"",
            "points \"1,5\" không phải là số (số thập phân viết bằng dấu chấm: 1.2)",
            "tiêu chí \"thieu\" chưa có điểm tối đa; thêm points: với số điểm tối đa, như 30",
            "tiêu chí \"thieu\" chưa có cách tính điểm; ghi method: minmax, proportional, target hoặc rank",
            "tiêu chí \"kh\" tính điểm theo kế hoạch (method target) nhưng chưa có target; thêm target: là một chỉ tiêu (target_new_htx) hoặc một số",
            "tiêu chí \"kh2\" có target nhưng cách tính điểm là minmax; target (kế hoạch) chỉ dùng với method target",
            "tiêu chí \"kh2\" có cap nhưng cách tính điểm là minmax; cap (mức trần) chỉ dùng với method target",
            "kế hoạch (target) của tiêu chí \"kh3\" là 0; kế hoạch phải lớn hơn 0",
            "mức trần (cap) của tiêu chí \"kh3\" là −1; mức trần phải lớn hơn 0, như 1.2 (số thập phân viết bằng dấu chấm)",
            "formula phải là một công thức dạng văn bản, như \"members / htx\"",
            "\"HTX thành lập mới\" là tên của chỉ tiêu; trong cách chấm điểm hãy ghi mã của chỉ tiêu: new_htx",
            "tiêu chí này chưa có mã; thêm id: với một tên ngắn như new hoặc plan",
            "mỗi tiêu chí là một mục gồm id, label, indicator hoặc formula, points và method",
            "tiebreak ghi \"huong\" hai lần; mỗi tiêu chí chỉ ghi một lần",
            "khoản điều chỉnh này chưa ghi tỉnh; thêm province: với tên hoặc mã tỉnh",
            "khoản điều chỉnh này chưa ghi số điểm; thêm points: như 2 (điểm cộng) hoặc -8 (điểm trừ)",
            "khoản điều chỉnh này chưa ghi lý do; mỗi khoản cộng hoặc trừ điểm phải nêu lý do (reason: …)",
            "mỗi khoản điều chỉnh là một mục gồm province, points và reason",
            "không đọc được khoảng hạng \"0\" của danh hiệu; ghi một hạng như \"1\" hoặc một khoảng như \"2-3\" (hạng bắt đầu từ 1)",
            "danh hiệu này chưa ghi hạng; thêm ranks: \"1\" hoặc ranks: \"2-3\"",
            "danh hiệu này chưa có tên; thêm title: như \"Cờ thi đua\"",
            "mỗi danh hiệu là một mục gồm ranks và title, như - ranks: \"2-3\"",
        ]
        for sentence in expected { #expect(vietnamese.contains(sentence), "\(sentence)\nin \(vietnamese.joined(separator: "\n"))") }
        let prefixes = [
            "không đọc được công thức \"members / / htx\" ở cột 25: cần một số, một mã chỉ tiêu hoặc dấu \"(\", nhưng gặp \"/\"",
            "công thức \"membres * 2\" có chỉ tiêu \"membres\" không có trong danh mục, ở cột 15; có phải members",
            "mã tiêu chí \"nhan\" bị trùng (đã dùng ở dòng ",
            "không có chỉ tiêu \"new_hxt\" trong danh mục; có phải new_htx",
            "mục \"pionts\" không hợp lệ trong một tiêu chí; có phải points? các mục hợp lệ: id, label,",
            "tiebreak ghi mã tiêu chí \"zzz\" không có trong cách chấm điểm; các tiêu chí là ",
            "hạng của danh hiệu \"Bằng khen\" trùng với hạng của danh hiệu \"Cờ thi đua\" (dòng ",
        ]
        for prefix in prefixes { #expect(vietnamese.contains { $0.hasPrefix(prefix) }, "\(prefix)\nin \(vietnamese.joined(separator: "\n"))") }
        // stderr stays English, word for word as before.
        let english = found.map(\.description)
        #expect(english.contains("scheme.yaml:2: year \"2017x\" is not a period; write a year such as 2017, or 2017-H1 / 2017-H2"))
        #expect(english.contains("scheme.yaml:5: criterion id \"1moi\" must start with a letter and use only letters, digits and _ (it becomes a CSV column)"))
        #expect(
            english.contains {
                $0.hasPrefix("scheme.yaml:")
                    && $0.hasSuffix(
                        "unknown key \"pionts\" in a criterion; did you mean points? accepted keys: "
                            + "id, label, indicator, formula, points, method, direction, target, cap")
            })
        #expect(english.contains { $0.hasSuffix("unknown indicator \"HTX thành lập mới\"; write its id new_htx") })
    }

    @Test func theWholeDocumentsErrorsHaveTheirVietnamese() {
        let cases: [(yaml: String, vietnamese: String, english: String)] = [
            (
                "- a\n- b\n", "cách chấm điểm là một tệp YAML gồm các mục title, criteria và, nếu cần, year, cluster, adjustments, tiebreak, awards",
                "a scheme is a YAML mapping with title, criteria and optional year, cluster, adjustments, tiebreak, awards"
            ),
            (
                "title: T\n", "cách chấm điểm chưa có tiêu chí nào; thêm danh sách tiêu chí dưới mục criteria:",
                "the scheme has no criteria; add a list under criteria:"
            ),
            (
                "title: T\ncriteria: 5\n", "criteria phải là một danh sách tiêu chí, không để trống (- id: …, indicator: …, points: …, method: …)",
                "criteria must be a non-empty list of entries (- id: …, indicator: …, points: …, method: …)"
            ),
            (
                "title: [T]\ncriteria:\n  - {id: a, indicator: htx, points: 1, method: rank}\n",
                "title phải là một giá trị, không phải một danh sách hay một nhóm mục",
                "title must be a single value, not a list or an entry"
            ),
            (
                "title: T\ncriteria:\n  - {id: a, indicator: htx, points: 1, method: rank}\ntiebreak: {a: 1}\n",
                "tiebreak phải là danh sách mã tiêu chí, như [plan, new]", "tiebreak must be a list of criterion ids, such as [plan, new]"
            ),
            (
                "title: T\ncriteria:\n  - {id: a, indicator: htx, points: 1, method: rank}\nadjustments: 5\n",
                "adjustments phải là danh sách các khoản điều chỉnh (- province: …, points: …, reason: …)",
                "adjustments must be a list of entries (- province: …, points: …, reason: …)"
            ),
            (
                "title: T\ncriteria:\n  - {id: a, indicator: htx, points: 1, method: rank}\nawards: 5\n",
                "awards phải là danh sách các danh hiệu (- ranks: \"1\", title: …)", "awards must be a list of entries (- ranks: \"1\", title: …)"
            ),
            (
                "title: T\ntitle: U\ncriteria: []\n", "mục \"title\" được ghi hai lần trong cùng một phần; chỉ giữ một",
                "the key \"title\" appears twice in one entry; keep one"
            ),
            (
                "title: Cụm: ĐBSH\ncriteria: []\n",
                "đây không phải YAML hợp lệ (có dấu \":\" ở chỗ không được có; giá trị chứa \": \" phải đặt trong ngoặc kép, ở cột 11); "
                    + "kiểm tra lại thụt lề và dấu ngoặc kép",
                "this is not valid YAML (mapping values are not allowed in this context at column 11); check the indentation and the quotes"
            ),
            (
                "title: T\ncriteria:\n\t- id: a\n",
                "đây không phải YAML hợp lệ (có ký tự tab ở đầu dòng; YAML chỉ thụt lề bằng dấu cách, ở cột 1); "
                    + "kiểm tra lại thụt lề và dấu ngoặc kép",
                "this is not valid YAML (found character that cannot start any token at column 1); check the indentation and the quotes"
            ),
        ]
        for (yaml, vietnamese, english) in cases {
            let found = errors(yaml)
            expectToldInVietnamese(found, atLeast: 1)
            #expect(found.map { $0.message(in: .vi) }.contains(vietnamese), "\(yaml): \(found.map { $0.message(in: .vi) })")
            #expect(found.map(\.message).contains(english), "\(yaml): \(found.map(\.message))")
        }
    }

    @Test func tooManyCriteriaAndALongFormulaAreCountedTheVietnameseWay() {
        let many = (0...SchemeReader.maximumCriteria).map { "  - {id: c\($0), indicator: htx, points: 1, method: rank}" }.joined(separator: "\n")
        let tooMany = errors("title: T\ncriteria:\n" + many + "\n")
        #expect(
            tooMany.map { $0.message(in: .vi) } == [
                "cách chấm điểm có 101 tiêu chí; coopchart chấm tối đa 100 tiêu chí (mỗi tiêu chí là một cột của bảng xếp hạng)"
            ])
        let long = String(repeating: "htx + ", count: 400) + "htx"
        let formula = errors("title: T\ncriteria:\n  - {id: a, formula: \"\(long)\", points: 1, method: rank}\n")
        #expect(formula.map { $0.message(in: .vi) } == ["công thức dài 2.403 ký tự; coopchart đọc công thức dài tối đa 2.000 ký tự; hãy rút gọn"])
        #expect(formula.map(\.message) == ["the formula is 2403 characters long; coopchart reads formulas of at most 2000 characters; simplify it"])
    }

    @Test func everyFormulaParseErrorHasItsVietnamese() {
        let cases: [(formula: String, vietnamese: String)] = [
            ("", "công thức để trống; ghi ví dụ members / htx"),
            ("htx)", "dấu \")\" này không đóng dấu \"(\" nào"),
            ("htx members", "cần một phép tính (+ − * /) hoặc hết công thức, nhưng gặp \"m\""),
            ("htx +", "công thức kết thúc quá sớm; cần một số, một mã chỉ tiêu hoặc dấu \"(\""),
            ("(htx + 1", "thiếu dấu \")\" để đóng dấu \"(\""),
            ("max(htx)", "không có hàm \"max\"; hàm duy nhất là prev(id)"),
            ("prev(1)", "prev( cần một mã chỉ tiêu, như prev(new_htx)"),
            ("prev(htx", "thiếu dấu \")\" sau prev(htx"),
            ("htx * ,5", "dấu \",\" không phải là dấu thập phân ở đây; số thập phân viết bằng dấu chấm (1.5)"),
            ("# htx", "cần một số, một mã chỉ tiêu hoặc dấu \"(\", nhưng gặp \"#\""),
            ("1.2.3 * htx", "\"1.2.3\" không phải là số; ghi một số như 100 hoặc 1.5"),
            (
                String(repeating: "(", count: 300) + "htx" + String(repeating: ")", count: 300),
                "công thức lồng nhau quá sâu (quá 200 tầng ngoặc, dấu hoặc phép tính); hãy rút gọn"
            ),
        ]
        for (formula, vietnamese) in cases {
            do {
                _ = try Formula(formula)
                Issue.record("\(formula) parsed")
            } catch {
                #expect(error.vietnamese == vietnamese, "\(formula)")
                #expect(error.vietnamese != error.message && isVietnameseNFC(error.vietnamese), "\(formula)")
            }
        }
        // The English, and an error's identity (its column and English), are as before.
        #expect(throws: Formula.ParseError(column: 11, message: "expected \")\" to close the \"(\"")) { try Formula("(a + b * c") }
    }

    @Test func scoringsErrorsAboutTargetsAndAdjustmentsHaveTheirVietnamese() throws {
        let csv = """
            province,year,indicator,value
            Hà Nam,2017,new_htx,10
            Nam Định,2017,new_htx,2
            Hà Nam,2017,profit_avg,10
            Nam Định,2017,profit_avg,-2
            Hà Nam,2017,target_new_htx,0
            """
        func error(_ yaml: String, scope: [String]? = nil) -> [InputError] {
            thrownErrors {
                let data = try dataset(csv)
                let indices = scope.map { names in names.compactMap { name in data.registry.provinces.firstIndex { $0.name == name } } }
                _ = try ScoreEngine(dataset: data).score(
                    try scoringScheme(yaml), period: Period(year: 2017),
                    scope: indices ?? data.provinces(in: Period(year: 2017)))
            }
        }
        let proportional = error(singleCriterion("indicator: profit_avg\nmethod: proportional\npoints: 10"))
        expectToldInVietnamese(proportional, atLeast: 1)
        #expect(
            proportional.first?.message(in: .vi) == "tiêu chí \"c\" tính điểm theo tỷ lệ (method proportional), cần giá trị từ 0 trở lên, "
                + "nhưng Nam Định có −2 trong kỳ 2017; dùng minmax hoặc rank cho giá trị có thể âm")
        let target = error(singleCriterion("indicator: new_htx\ntarget: target_new_htx\nmethod: target\npoints: 10"), scope: ["Hà Nam"])
        expectToldInVietnamese(target, atLeast: 1)
        #expect(target.first?.message(in: .vi).hasPrefix("tiêu chí \"c\" (method target): kế hoạch target_new_htx của Hà Nam trong kỳ 2017 là 0 (") == true)
        #expect(target.first?.message.hasPrefix("criterion \"c\" (method target): Hà Nam's target target_new_htx in 2017 is 0 (") == true)
        let missing = thrownErrors {
            let data = try dataset("province,year,indicator,value\nHà Nam,2017,new_htx,10\nNam Định,2017,new_htx,4\nNam Định,2017,target_new_htx,5\n")
            _ = try ScoreEngine(dataset: data).score(
                try scoringScheme(singleCriterion("indicator: new_htx\ntarget: target_new_htx\nmethod: target\npoints: 10")),
                period: Period(year: 2017), scope: data.provinces(in: Period(year: 2017)))
        }
        #expect(
            missing.map { $0.message(in: .vi) } == [
                "tiêu chí \"c\" (method target) cần kế hoạch target_new_htx của Hà Nam trong kỳ 2017, nhưng số liệu không có; "
                    + "hãy bổ sung vào số liệu, hoặc ghi target là một số"
            ])
        let base = "title: T\ncriteria:\n  - {id: new, indicator: new_htx, points: 10, method: rank}\nadjustments:\n"
        let unknown = error(base + "  - {province: Hà Namm, points: 2, reason: Đăng cai}\n")
        #expect(unknown.first?.message(in: .vi).hasPrefix("khoản điều chỉnh ghi tỉnh \"Hà Namm\" không có trong danh mục; có phải Hà Nam") == true)
        let outside = error(base + "  - {province: Ninh Bình, points: 2, reason: Đăng cai}\n")
        #expect(
            outside.map { $0.message(in: .vi) } == [
                "khoản điều chỉnh cho Ninh Bình ghi một tỉnh không nằm trong các tỉnh được xếp hạng kỳ 2017; kiểm tra lại tỉnh hoặc cụm"
            ])
        #expect(
            outside.map(\.message) == [
                "the adjustment for Ninh Bình names a province that is not among those ranked in 2017; check the province or the cluster"
            ])
        let ended = thrownErrors {
            let data = try dataset("province,year,indicator,value\nNinh Bình,2026,new_htx,10\nHưng Yên,2026,new_htx,4\n")
            _ = try ScoreEngine(dataset: data).score(
                try scoringScheme(base + "  - {province: Hà Nam, points: 2, reason: Đăng cai}\n"),
                period: Period(year: 2026), scope: data.provinces(in: Period(year: 2026)))
        }
        #expect(
            ended.map { $0.message(in: .vi) } == [
                "khoản điều chỉnh ghi \"Hà Nam\", không phải đơn vị hành chính có hiệu lực trong kỳ 2026; kiểm tra lại năm hoặc tỉnh"
            ])
    }
}
