import Foundation
import CoopAnalytics
import CoopFormatting
import CoopService

/// The settings of an upload: its form fields, named as the command line's options, read and checked
/// before any file is.
struct UploadFields: Sendable {
    /// The form fields an upload may carry besides its files.
    static let names: Set<String> = ["files", "year", "year-of", "indicator", "number-style", "sheet", "lang", "csrf"]

    var reading = ReadingSettings()
    /// `year-of` as sent: the file's name (as the browser sent it, or its label here) → the period.
    var periodsByName: [(name: String, period: Period)] = []
    var language: Language = .vi

    init(_ parts: [UploadedPart]) throws {
        var values: [String: [String]] = [:]
        for part in parts where !part.isFile {
            let name = part.field ?? ""
            guard Self.names.contains(name) else {
                let shown = String(name.prefix(40))
                let accepted = Self.names.subtracting(["files", "csrf"]).sorted().joined(separator: ", ")
                throw APIError(
                    .badRequest, "unknown form field \"\(shown)\"; an upload takes files and \(accepted)",
                    vietnamese: "không có trường \"\(shown)\"; một lần tải lên nhận files và \(accepted)", parameterName: shown)
            }
            let value = part.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { values[name, default: []].append(value) }
        }
        func single(_ parameter: RequestParameter) throws(APIError) -> String? {
            let given = values[parameter.rawValue] ?? []
            if given.count > 1 {
                throw APIError(
                    .badRequest, "\(option: parameter) is given \(given.count) times; give it once",
                    vietnamese: "\(option: parameter) được ghi \(given.count) lần; chỉ ghi một lần", parameter: parameter)
            }
            return given.first
        }
        if let text = try single(.lang) {
            guard let language = Language(rawValue: text) else {
                throw APIError(
                    .badRequest, "lang \"\(text.prefix(20))\": write vi or en", vietnamese: "lang \"\(text.prefix(20))\": hãy ghi vi hoặc en", parameter: .lang)
            }
            self.language = language
        }
        reading.period = try single(.year).map { try Period.parse($0, parameter: .year) }
        reading.indicator = try single(.indicator)
        reading.sheets = values["sheet"] ?? []
        if let style = try single(.numberStyle) {
            guard let parsed = NumberStyle(rawValue: style) else {
                throw APIError(
                    .badRequest, "\(option: .numberStyle) \"\(style.prefix(20))\": write vi (2.425.931; 46,5) or en (2,425,931; 46.5)",
                    vietnamese: "\(option: .numberStyle) \"\(style.prefix(20))\": hãy ghi vi (2.425.931; 46,5) hoặc en (2,425,931; 46.5)",
                    parameter: .numberStyle)
            }
            reading.numberStyle = parsed
        }
        for value in values["year-of"] ?? [] {
            guard let equals = value.lastIndex(of: "=") else {
                throw APIError(
                    .badRequest, "\(option: .yearOf) \"\(value.prefix(80))\": write the file's name, =, and its period: bao-cao.xlsx=2023",
                    vietnamese: "\(option: .yearOf) \"\(value.prefix(80))\": hãy ghi tên tệp, dấu =, rồi kỳ của tệp: bao-cao.xlsx=2023",
                    parameter: .yearOf)
            }
            let name = String(value[..<equals]).trimmingCharacters(in: .whitespaces)
            let period = try Period.parse(String(value[value.index(after: equals)...]).trimmingCharacters(in: .whitespaces), parameter: .yearOf)
            periodsByName.append((name, period))
        }
    }

    /// The periods given per file, keyed by each file's label; a name that is no file sent is refused.
    mutating func resolvePeriods(files: [(sent: String?, label: String)]) throws {
        for (name, period) in periodsByName {
            let matching = files.filter { $0.label == name || $0.sent == name || Labels.label($0.sent, index: 0) == name }
            guard !matching.isEmpty else {
                let names = files.map(\.label).joined(separator: ", ")
                throw APIError(
                    .badRequest,
                    "\(option: .yearOf): \"\(name.prefix(80))\" is not among the files sent (\(names)); give each file's period under its own name",
                    vietnamese:
                        "\(option: .yearOf): \"\(name.prefix(80))\" không có trong các tệp đã gửi (\(names)); hãy ghi kỳ của từng tệp theo đúng tên tệp",
                    parameter: .yearOf)
            }
            for file in matching { reading.filePeriods[file.label] = period }
        }
    }
}

/// Turns an upload into a stored dataset, or into a 422 that lists what is wrong with each file while
/// nothing is kept. Each file is recognised by its content, never by its name: a workbook by its
/// signature (a ZIP or an OLE container), a cluster file by its `members:` key, a scheme by its
/// `criteria:`; anything else is read as a data table (and refused as the CLI refuses it if it is not).
/// The files are read once, each with its own period, through the same operation as `coopchart validate`.
enum DatasetIntake {
    struct Limits: Sendable {
        let maximumFigures: Int
        let findingsKeptPerKind: Int
    }

    static func make(_ parts: [UploadedPart], id: String, temporaryFolder: String?, limits: Limits) throws -> StoredDataset {
        var fields = try UploadFields(parts)
        // A browser sends an empty, unnamed part for a file input left empty.
        let uploads = parts.filter { $0.isFile && !($0.bytes.isEmpty && ($0.fileName ?? "").isEmpty) }
        guard !uploads.isEmpty else {
            throw APIError(
                .badRequest, "no file was sent; choose at least one data file (CSV, .xlsx, .ods or .xls)",
                vietnamese: "chưa gửi tệp nào; hãy chọn ít nhất một tệp số liệu (CSV, .xlsx, .ods hoặc .xls)", parameter: .files)
        }
        let names = Labels.unique(uploads.enumerated().map { Labels.label($1.fileName, index: $0 + 1) })
        try fields.resolvePeriods(files: zip(uploads, names).map { ($0.fileName, $1) })

        var dataInputs: [DataInput] = []
        var clusters: [ClusterUpload] = []
        var reports: [String: FileReport] = [:]
        var otherFindings: [Finding] = []
        for (name, part) in zip(names, uploads) {
            switch ContentSniffer.kind(of: part.bytes) {
            case .data:
                dataInputs.append(DataInput(name: name, bytes: part.bytes))
            case .cluster(let text):
                do {
                    let cluster = try ClusterFile.load(text: text, file: name)
                    clusters.append(ClusterUpload(name: name, cluster: cluster))
                    reports[name] = .cluster(name: name, cluster: cluster, errors: 0)
                } catch let error as InputError {
                    reports[name] = .cluster(name: name, cluster: nil, errors: 1)
                    otherFindings.append(Finding(error: error))
                }
            case .scheme:
                reports[name] = .scheme(name: name)
                otherFindings.append(
                    Finding(
                        error: InputError(
                            file: name, message: "this is a scoring scheme (it has criteria:), not data; use it in the ranking step (\(option: .scheme))",
                            vietnamese: "đây là một cách chấm điểm (có criteria:), không phải số liệu; hãy dùng nó ở bước Xếp hạng (\(option: .scheme))")))
            }
        }
        try fields.reading.checkFilePeriods(against: names)

        let read = DataReading.readAll(
            .uploads(dataInputs), settings: fields.reading, temporaryFolder: temporaryFolder,
            maximumFigures: limits.maximumFigures)
        let digest = FindingsDigest(
            otherFindings + DataCheck.findings(errors: read.errors, dataset: read.dataset, cluster: nil),
            notKept: read.notes.errorsNotKept, keptPerKind: limits.findingsKeptPerKind)
        for input in dataInputs {
            reports[input.name] = .data(
                name: input.name, dataset: read.dataset, notes: read.notes, findings: digest,
                givenPeriod: fields.reading.filePeriods[input.name])
        }
        let files = names.compactMap { reports[$0] }
        if digest.errorCount > 0 || dataInputs.isEmpty {
            var error =
                dataInputs.isEmpty
                ? APIError(
                    .unprocessableContent, "no data file among the files sent (only cluster or scheme files); add the data (CSV, .xlsx, .ods or .xls)",
                    vietnamese: "trong các tệp đã gửi không có tệp số liệu (chỉ có tệp cụm hoặc cách chấm điểm); hãy thêm số liệu (CSV, .xlsx, .ods hoặc .xls)",
                    parameter: .files)
                : APIError(
                    .unprocessableContent,
                    "\(digest.errorCount) error\(digest.errorCount == 1 ? "" : "s") in the files sent; nothing was kept: correct them and upload again",
                    vietnamese: "có \(digest.errorCount) lỗi trong các tệp đã gửi; chưa lưu gì: hãy sửa rồi tải lên lại")
            error.files = files
            error.findings = digest.findings
            error.findingCounts = digest.counts
            throw error
        }
        return StoredDataset(id: id, data: read.dataset, clusterFiles: clusters, reading: fields.reading, files: files, findings: digest)
    }

    /// The memory an upload may take once read, reserved before it is: each figure about 100 bytes (its
    /// record and index, and the room kept for views of it), a figure at most every 6 bytes of text,
    /// bounded by the figures a dataset may hold; plus its texts.
    static func estimatedBytes(_ parts: [UploadedPart], maximumFigures: Int) -> Int {
        let bytes = parts.filter(\.isFile).reduce(0) { $0 + $1.bytes.count }
        return 64_000 + min(bytes / 6, maximumFigures) * 200 + bytes / 2
    }
}

/// What an uploaded file holds, told by its bytes.
enum ContentSniffer {
    enum Kind: Equatable {
        case data
        case cluster(String)
        case scheme
    }

    static func kind(of bytes: [UInt8]) -> Kind {
        // Workbooks: a ZIP archive (.xlsx, .ods) or an OLE compound file (.xls).
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { return .data }
        // YAML files are small; a large text is data (and is not split into lines here to find out).
        guard bytes.count <= 1_000_000, let utf8 = try? TextDecoding.utf8Text(from: bytes, file: ""),
            let text = String(validating: utf8, as: UTF8.self)
        else { return .data }
        // Top-level YAML keys start a line; a CSV line never starts with "members:" or "criteria:".
        let keys = Set(
            text.split(whereSeparator: \.isNewline).prefix(2_000).compactMap { line -> String? in
                guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
                let key = line[..<colon]
                return key.allSatisfy { $0.isLetter || $0 == "_" } ? String(key) : nil
            })
        if keys.contains("criteria") { return .scheme }
        if keys.contains("members") { return .cluster(text) }
        return .data
    }
}
