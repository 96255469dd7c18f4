import Foundation
import Testing
import CoopFormatting
@testable import CoopAnalytics

/// A cluster file's and an indicator file's errors reach Vietnamese outputs in Vietnamese; stderr's
/// English stays as it was.
@Suite struct SettingsFileWordsTests {
    func clusterErrors(_ yaml: String) -> [InputError] { thrownErrors { _ = try ClusterFile.load(text: yaml, file: "cum.yaml") } }
    func indicatorErrors(_ yaml: String) -> [InputError] {
        thrownErrors { _ = try IndicatorCatalogFile.load(text: yaml, file: "chi-tieu.yaml", into: .standard) }
    }

    @Test func everyClusterFileErrorHasItsVietnamese() {
        let members = (1...201).map { "  - \"\($0)\"" }.joined(separator: "\n")
        let units = ProvinceRegistry.bundled.provinces.count
        let cases: [(yaml: String, vietnamese: String, english: String)] = [
            ("", "tệp YAML trống", "the YAML file is empty"),
            (
                "- Hà Nam\n", "tệp cụm phải gồm các mục (name, title, years, members, lead, note)",
                "a cluster file must be a mapping of keys (name, title, years, members, lead, note)"
            ),
            (
                "name: x\nmember: [Hà Nam]\n", "mục \"member\" không hợp lệ trong tệp cụm; các mục hợp lệ: name, title, years, members, lead, note",
                "unknown key \"member\" in a cluster file; accepted keys: name, title, years, members, lead, note"
            ),
            ("title: Cụm\nmembers: [Hà Nam]\n", "cụm cần có tên (name:, như dbsh-2017)", "a cluster needs a name (such as dbsh-2017)"),
            (
                "name: [x]\nmembers: [Hà Nam]\n", "name phải là một giá trị, không phải một danh sách hay một nhóm mục",
                "name must be a single value, not a list or mapping"
            ),
            ("name: x\n", "cụm cần có danh sách thành viên (members:): tên hoặc mã của các tỉnh", "a cluster needs members: a list of province names or codes"),
            (
                "name: x\nmembers:\n" + members + "\n",
                "tệp cụm ghi 201 thành viên; một cụm có tối đa 200 thành viên (danh mục chỉ có \(units) đơn vị hành chính)",
                "the cluster lists 201 members; a cluster has at most 200 (the registry itself has \(units) units)"
            ),
            (
                "name: x\nmembers:\n  - [Hà Nam]\n", "mỗi thành viên là tên hoặc mã của một tỉnh, không phải một danh sách hay một nhóm mục",
                "a member is a province name or code, not a list or mapping"
            ),
            (
                "name: x\nyears: 2026\nmembers: [Hà Nam]\n",
                "\"Hà Nam\" không phải là đơn vị hành chính có hiệu lực trong năm 2026 của cụm: Hà Nam (35, đến 30/6/2025)",
                "\"Hà Nam\" was not in force in 2026–2026: Hà Nam (35, until 2025-06-30)"
            ),
            (
                "name: x\nyears: [2017, x]\nmembers: [Hà Nam]\n",
                "không đọc được các năm; ghi một năm (2017), một khoảng năm (\"2017-2019\") hoặc một danh sách [2017, 2019]",
                "the years are not readable; write a year (2017), a range (\"2017-2019\"), or a list [2017, 2019]"
            ),
            (
                "name: x\nyears: năm nay\nmembers: [Hà Nam]\n",
                "\"năm nay\" không phải là một năm hay một khoảng năm; ghi một năm (2017), một khoảng năm (\"2017-2019\") hoặc một danh sách [2017, 2019]",
                "\"năm nay\" is not a year or a range; write a year (2017), a range (\"2017-2019\"), or a list [2017, 2019]"
            ),
            (
                "name: x\nyears: 1900\nmembers: [Hà Nam]\n",
                "các năm phải nằm trong khoảng 1945–2100; ghi một năm (2017), một khoảng năm (\"2017-2019\") hoặc một danh sách [2017, 2019]",
                "the years must lie in 1945–2100; write a year (2017), a range (\"2017-2019\"), or a list [2017, 2019]"
            ),
            ("name: x\nname: y\nmembers: [Hà Nam]\n", "một mục được ghi hai lần (name); chỉ giữ một", "a key is given twice (name); keep one"),
            (
                "name: x\nmembers: [Hà Nam\n",
                "đây không phải YAML hợp lệ (thiếu dấu \",\" hoặc \"]\" trong danh sách viết trong ngoặc vuông); "
                    + "kiểm tra lại thụt lề, và đặt trong ngoặc kép các giá trị có dấu \":\" hoặc \"#\"",
                "this is not valid YAML (did not find expected ',' or ']'); check the indentation and quote values that contain \":\" or \"#\""
            ),
        ]
        for (yaml, vietnamese, english) in cases {
            let found = clusterErrors(yaml)
            expectToldInVietnamese(found, atLeast: 1)
            #expect(found.first?.message(in: .vi) == vietnamese, "\(yaml)")
            #expect(found.first?.message == english, "\(yaml)")
        }
    }

    @Test func everyIndicatorFileErrorHasItsVietnamese() {
        let cases: [(yaml: String, vietnamese: String)] = [
            ("title: x\n", "tệp chỉ tiêu là một danh sách các chỉ tiêu, hoặc có mục \"indicators\" chứa danh sách đó"),
            ("- label_vi: X\n", "mỗi chỉ tiêu cần có mã (id: gồm chữ cái không dấu, chữ số và _, như new_htx)"),
            ("- id: số_htx\n", "\"số_htx\" không phải là mã hợp lệ; chỉ dùng chữ cái không dấu, chữ số và _, như trainees_2017"),
            ("- id: trainees\n  kind: flow\n", "chỉ tiêu mới trainees cần có tên tiếng Việt (label_vi)"),
            (
                "- id: trainees\n  label_vi: Lượt đào tạo\n",
                "chỉ tiêu mới trainees cần ghi loại (kind:): stock (số tại một thời điểm), flow (số phát sinh trong kỳ), average (bình quân), share (tỷ lệ) hoặc target (kế hoạch)"
            ),
            (
                "- id: trainees\n  label_vi: Lượt đào tạo\n  kind: flow\n  integer: có\n",
                "\"có\" không phải true hay false; ghi true nếu chỉ tiêu là số đếm đơn vị nguyên"
            ),
            (
                "- id: trainees\n  label_vi: Lượt đào tạo\n  kind: flow\n  aggregation: [sum]\n",
                "không đọc được cách cộng gộp (aggregation); ghi sum (cộng lại), none (không cộng gộp) hoặc weighted_mean kèm over: CHỈ_TIÊU (bình quân gia quyền, như weighted_mean over htx)"
            ),
            (
                "- id: wage\n  label_vi: Tiền lương\n  kind: average\n  aggregation: weighted_mean\n",
                "bình quân gia quyền cần quyền số: thêm over: CHỈ_TIÊU (revenue_avg lấy quyền số là htx)"
            ),
            (
                "- id: wage\n  label_vi: Tiền lương\n  kind: average\n  aggregation: average\n",
                "\"average\" không phải là cách cộng gộp; ghi sum (cộng lại), none (không cộng gộp) hoặc weighted_mean kèm over: CHỈ_TIÊU (bình quân gia quyền, như weighted_mean over htx)"
            ),
        ]
        for (yaml, vietnamese) in cases {
            let found = indicatorErrors(yaml)
            expectToldInVietnamese(found, atLeast: 1)
            #expect(found.first?.message(in: .vi) == vietnamese, "\(yaml): \(found.map(\.description))")
        }
        let weight = indicatorErrors("- id: wage\n  label_vi: Tiền lương\n  kind: average\n  aggregation: weighted_mean over workerss\n")
        #expect(
            weight.first?.message(in: .vi).hasPrefix(
                "wage là bình quân gia quyền theo \"workerss\", nhưng \"workerss\" không phải là chỉ tiêu; có phải workers") == true)
        #expect(weight.first?.message.hasPrefix("wage is a weighted mean over \"workerss\", which is not an indicator; did you mean workers") == true)
    }

    @Test func aCodeAcrossTheMergerNamesItsUnitsWithVietnameseDates() {
        let found = clusterErrors("name: x\nmembers: [\"24\"]\n")
        #expect(
            found.first?.message(in: .vi)
                == "\"24\" chỉ những tỉnh khác nhau ở những thời điểm khác nhau (Bắc Giang (24, đến 30/6/2025); Bắc Ninh (24, từ 1/7/2025)); "
                + "ghi các năm của cụm (years:), hoặc ghi tên tỉnh thay cho mã")
    }

    @Test func aClusterFileThatCannotBeReadSaysWhyInVietnamese() throws {
        let files = try TemporaryFiles([:])
        defer { files.cleanup() }
        let missing = thrownErrors { _ = try ClusterFile.load(files.path("khong-co.yaml")) }
        #expect(missing.map { $0.message(in: .vi) } == ["không đọc được tệp (không có tệp này); hãy ghi đường dẫn của một tệp YAML"])
        #expect(missing.map(\.message) == ["cannot read the file (no such file); give the path of a YAML file"])
        let folder = thrownErrors { _ = try ClusterFile.load(files.folder.path) }
        #expect(folder.map { $0.message(in: .vi) } == ["không đọc được tệp (đây là một thư mục); hãy ghi đường dẫn của một tệp YAML"])
        // A cluster file saved in TCVN3 is refused with the way to convert it, in Vietnamese too.
        let path = files.path("cum-tcvn3.yaml")
        try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0x43, 0xF4, 0x6D, 0x0A] + Array("members: [".utf8) + [0x48, 0xB5, 0x20, 0x4E, 0x61, 0x6D, 0x5D, 0x0A])
            .write(to: URL(fileURLWithPath: path))
        let legacy = thrownErrors { _ = try ClusterFile.load(path) }
        #expect(legacy.first?.message(in: .vi).hasPrefix("tệp dùng bảng mã TCVN3 (ABC, bảng mã cũ của các phông .Vn như .VnTime), không phải UTF-8") == true)
    }
}
