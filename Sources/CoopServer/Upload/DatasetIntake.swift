import Foundation
import CoopAnalytics
import CoopFormatting
import CoopService

/// Turns an upload into a stored dataset, or into a 422 that lists what is wrong with each file while
/// nothing is kept. Each file is recognised by its content, never by its name: a workbook by its
/// signature (a ZIP or an OLE container), a cluster file by its `members:` key, a scheme by its
/// `criteria:`; anything else is read as a data table (and refused as the CLI refuses it if it is not).
enum DatasetIntake {
    /// The form fields an upload may carry besides its files, named as the command line's options.
    static let fields: Set<String> = ["files", "year", "indicator", "number-style", "sheet", "lang", "csrf"]

    static func make(_ parts: [UploadedPart], id: String, temporaryFolder: String?) throws -> StoredDataset {
        var fieldValues: [String: [String]] = [:]
        for part in parts where !part.isFile {
            let name = part.field ?? ""
            guard fields.contains(name) else {
                throw APIError(.badRequest, "unknown form field \"\(name.prefix(40))\"; an upload takes files and \(fields.subtracting(["files", "csrf"]).sorted().joined(separator: ", "))",
                               parameter: String(name.prefix(40)))
            }
            let value = part.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { fieldValues[name, default: []].append(value) }
        }
        func single(_ name: String) throws(APIError) -> String? {
            let values = fieldValues[name] ?? []
            if values.count > 1 { throw APIError(.badRequest, "\(name) is given \(values.count) times; give it once", parameter: name) }
            return values.first
        }
        let language = try single("lang").map { text throws(APIError) -> Language in
            guard let language = Language(rawValue: text) else { throw APIError(.badRequest, "lang \"\(text)\": write vi or en", parameter: "lang") }
            return language
        } ?? .vi
        var reading = ReadingSettings(year: try single("year"), indicator: try single("indicator"), sheets: fieldValues["sheet"] ?? [])
        if let style = try single("number-style") {
            guard let parsed = NumberStyle(rawValue: style) else {
                throw APIError(.badRequest, "number-style \"\(style)\": write vi (2.425.931; 46,5) or en (2,425,931; 46.5)", parameter: "number-style")
            }
            reading.numberStyle = parsed
        }
        if let year = reading.year, Period(parsing: year) == nil {
            throw APIError(.badRequest, "year \"\(year)\" is not a period; write a year such as 2017, or 2017-H1 / 2017-H2", parameter: "year")
        }

        // A browser sends an empty, unnamed part for a file input left empty.
        let uploads = parts.filter { $0.isFile && !($0.bytes.isEmpty && ($0.fileName ?? "").isEmpty) }
        guard !uploads.isEmpty else { throw APIError(.badRequest, "no file was sent; choose at least one data file (CSV, .xlsx, .ods or .xls)", parameter: "files") }
        let names = Labels.unique(uploads.enumerated().map { Labels.label($1.fileName, index: $0 + 1) })

        var dataInputs: [DataInput] = []
        var clusters: [ClusterUpload] = []
        var reports: [String: FileReport] = [:]
        for (name, part) in zip(names, uploads) {
            switch ContentSniffer.kind(of: part.bytes) {
            case .data:
                dataInputs.append(DataInput(name: name, bytes: part.bytes))
            case .cluster(let text):
                do {
                    let cluster = try ClusterFile.load(text: text, file: name)
                    clusters.append(ClusterUpload(name: name, cluster: cluster))
                    reports[name] = .cluster(name: name, cluster: cluster, findings: [])
                } catch let error as InputError {
                    reports[name] = .cluster(name: name, cluster: nil, findings: [FindingReport(Finding(error: error), language: language)])
                }
            case .scheme:
                let finding = Finding(error: InputError(file: name, message: "this is a scoring scheme (it has criteria:), not data; use it in the ranking step (POST /api/datasets/{id}/rank)"))
                reports[name] = FileReport(name: name, kind: .data, rows: 0, periods: [], provinces: 0, indicators: [], layout: nil, sheets: [],
                                           findings: [FindingReport(finding, language: language)])
            }
        }

        var reader = DatasetReader(numberStyle: reading.numberStyle)
        reader.temporaryFolder = temporaryFolder
        reader.sheets = reading.sheets
        reader.defaultIndicator = reading.indicator
        reader.defaultPeriod = reading.year.flatMap { Period(parsing: $0) }
        let (dataset, errors, notes) = reader.readReporting(inputs: dataInputs)
        let findings = DataCheck.findings(errors: errors, dataset: dataset, cluster: nil)
        for input in dataInputs {
            reports[input.name] = .data(name: input.name, dataset: dataset, notes: notes, findings: findings, language: language)
        }
        let files = names.compactMap { reports[$0] }
        // Findings that no single file holds (none today; kept so that nothing found is ever dropped).
        let unplaced = findings.filter { finding in !names.contains { FileReport.locates(finding.file, in: $0) } }

        let errorCount = files.reduce(0) { $0 + $1.errorCount } + unplaced.filter { $0.severity == .error }.count
        if errorCount > 0 || dataInputs.isEmpty {
            var error = APIError(.unprocessableContent, dataInputs.isEmpty
                                    ? "no data file among the files sent (only cluster or scheme files); add the data (CSV, .xlsx, .ods or .xls)"
                                    : "\(errorCount) error\(errorCount == 1 ? "" : "s") in the files sent; nothing was kept: correct them and upload again")
            error.files = files
            error.findings = FileReport.ordered(findings, language)
            throw error
        }
        return StoredDataset(id: id, dataFiles: dataInputs, clusterFiles: clusters, reading: reading, files: files, overview: dataset,
                             findings: FileReport.ordered(findings, language), temporaryFolder: temporaryFolder)
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
        guard let utf8 = try? TextDecoding.utf8Text(from: bytes, file: ""), let text = String(validating: utf8, as: UTF8.self) else { return .data }
        // Top-level YAML keys start a line; a CSV line never starts with "members:" or "criteria:".
        let keys = Set(text.split(whereSeparator: \.isNewline).prefix(2_000).compactMap { line -> String? in
            guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
            let key = line[..<colon]
            return key.allSatisfy { $0.isLetter || $0 == "_" } ? String(key) : nil
        })
        if keys.contains("criteria") { return .scheme }
        if keys.contains("members") { return .cluster(text) }
        return .data
    }
}
