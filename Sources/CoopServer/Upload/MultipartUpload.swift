import Foundation
import Hummingbird
import MultipartKit
import NIOCore
import CoopAnalytics

/// One part of an upload: a file (with the name the browser gave it, a label only) or a form field.
struct UploadedPart: Sendable {
    var field: String?
    var fileName: String?
    var bytes: [UInt8] = []

    var isFile: Bool { fileName != nil }
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// The limits of one upload, checked while the body streams in: reading stops at the first byte over.
struct UploadLimits: Sendable {
    let fileBytes: Int
    let datasetBytes: Int
    let files: Int
    /// A form field (a year, a sheet name) is a few bytes.
    static let fieldBytes = 1_000
}

/// Reads a `multipart/form-data` body with MultipartKit's streaming parser, holding the parts in
/// memory. A file over the limit, too many files, or a body over the dataset's limit is a 413 naming
/// the limit; a body that is not well-formed multipart is a 400.
enum MultipartUpload {
    static func read(_ request: Request, limits: UploadLimits) async throws -> [UploadedPart] {
        guard let contentType = request.headers[.contentType], let mediaType = MediaType(from: contentType),
            mediaType.type == .multipart, mediaType.subType == "form-data"
        else {
            throw APIError(
                .unsupportedMediaType, "send the files as multipart/form-data (a form with <input type=\"file\" multiple>)",
                vietnamese: "hãy gửi các tệp dưới dạng multipart/form-data (một biểu mẫu có <input type=\"file\" multiple>)")
        }
        guard let parameter = mediaType.parameter, parameter.name.lowercased() == "boundary", !parameter.value.isEmpty,
            parameter.value.utf8.count <= 70
        else {
            throw APIError(
                .badRequest, "the multipart/form-data body has no boundary (or one longer than 70 characters)",
                vietnamese: "thân multipart/form-data không có boundary (hoặc boundary dài quá 70 ký tự)")
        }
        let collector = PartCollector(limits: limits)
        let parser = MultipartParser(boundary: parameter.value)
        parser.onHeader = { name, value in collector.header(name: name, value: value) }
        parser.onBody = { buffer in collector.body(&buffer) }
        parser.onPartComplete = { collector.complete() }
        // The whole body may hold every file and their headers; a little more is allowed for the framing.
        let bodyLimit = limits.datasetBytes + 64 * 1024 * (limits.files + 1)
        var received = 0
        for try await buffer in request.body {
            received += buffer.readableBytes
            if received > bodyLimit { throw collector.tooLarge(dataset: true) }
            do {
                try parser.execute(buffer)
            } catch {
                throw APIError(
                    .badRequest, "the multipart/form-data body is not well formed (\(error)); send it as a browser's form does",
                    vietnamese: "thân multipart/form-data không đúng dạng (\(error)); hãy gửi như biểu mẫu của trình duyệt")
            }
            if let problem = collector.problem { throw problem }
        }
        if collector.isInsidePart {
            throw APIError(
                .badRequest, "the multipart/form-data body ends in the middle of a part; the upload was cut short, send it again",
                vietnamese: "thân multipart/form-data dừng giữa chừng; lần tải lên bị cắt, hãy gửi lại")
        }
        return collector.parts
    }
}

/// Gathers the parts as the parser hands them over, counting against the limits. Used by one task only.
private final class PartCollector {
    let limits: UploadLimits
    private(set) var parts: [UploadedPart] = []
    private var current: UploadedPart?
    private var fileBytes = 0
    private(set) var problem: APIError?

    init(limits: UploadLimits) {
        self.limits = limits
    }

    var isInsidePart: Bool { current != nil }

    func header(name: String, value: String) {
        if current == nil { current = UploadedPart() }
        guard name.lowercased() == "content-disposition" else { return }
        let parameters = DispositionParameters(value)
        current?.field = parameters["name"]
        current?.fileName = parameters["filename"]
        if current?.fileName != nil, parts.filter(\.isFile).count + 1 > limits.files, problem == nil {
            problem = APIError(
                .contentTooLarge, "a dataset holds at most \(limits.files) files; upload fewer at once",
                vietnamese: "một bộ số liệu có tối đa \(limits.files) tệp; hãy tải lên ít tệp hơn mỗi lần", parameter: .files)
        }
    }

    func body(_ buffer: inout ByteBuffer) {
        guard problem == nil else { return }
        if current == nil { current = UploadedPart() }
        let count = buffer.readableBytes
        if current?.isFile == true {
            if (current?.bytes.count ?? 0) + count > limits.fileBytes {
                problem = tooLarge(file: current?.fileName ?? "")
                return
            }
            fileBytes += count
            if fileBytes > limits.datasetBytes {
                problem = tooLarge(dataset: true)
                return
            }
        } else if (current?.bytes.count ?? 0) + count > UploadLimits.fieldBytes {
            let field = String((current?.field ?? "").prefix(40))
            problem = APIError(
                .contentTooLarge, "the form field \(field) is longer than \(UploadLimits.fieldBytes) bytes",
                vietnamese: "trường \(field) dài hơn \(UploadLimits.fieldBytes) byte", parameterName: field)
            return
        }
        current?.bytes.append(contentsOf: buffer.readableBytesView)
    }

    func complete() {
        if let current { parts.append(current) }
        current = nil
    }

    func tooLarge(file: String) -> APIError {
        APIError(
            .contentTooLarge,
            "\(Labels.shown(file)) is larger than \(megabytes(limits.fileBytes)), the largest file this server reads "
                + "(its --max-upload); split it into several files (they are read as one dataset)",
            vietnamese: "\(Labels.shown(file)) lớn hơn \(megabytes(limits.fileBytes)), tệp lớn nhất máy chủ này đọc; "
                + "hãy tách thành nhiều tệp (chúng được đọc thành một bộ số liệu)", parameter: .files)
    }

    func tooLarge(dataset: Bool) -> APIError {
        APIError(
            .contentTooLarge,
            "the files together are larger than \(megabytes(limits.datasetBytes)), the most one dataset may hold; "
                + "upload fewer files, or only the years you need",
            vietnamese: "các tệp cộng lại lớn hơn \(megabytes(limits.datasetBytes)), mức tối đa của một bộ số liệu; "
                + "hãy tải lên ít tệp hơn, hoặc chỉ những năm cần dùng", parameter: .files)
    }

    private func megabytes(_ bytes: Int) -> String { bytes >= 1_000_000 ? "\(bytes / 1_000_000) MB" : "\(bytes / 1_000) KB" }
}

/// The parameters of a `Content-Disposition: form-data; name="files"; filename="bao cao.xlsx"` header.
/// Quoted values may hold `;` and `=`; a backslash escapes the next character. The file name is only a
/// label: it names the file in messages and is never used to open anything.
struct DispositionParameters {
    private var values: [String: String] = [:]

    init(_ header: String) {
        var index = header.startIndex
        // Skip the disposition type ("form-data").
        while index < header.endIndex, header[index] != ";" { index = header.index(after: index) }
        while index < header.endIndex {
            index = header.index(after: index)  // past ";"
            while index < header.endIndex, header[index] == " " { index = header.index(after: index) }
            var name = ""
            while index < header.endIndex, header[index] != "=", header[index] != ";" {
                name.append(header[index])
                index = header.index(after: index)
            }
            var value = ""
            if index < header.endIndex, header[index] == "=" {
                index = header.index(after: index)
                if index < header.endIndex, header[index] == "\"" {
                    index = header.index(after: index)
                    while index < header.endIndex, header[index] != "\"" {
                        if header[index] == "\\", header.index(after: index) < header.endIndex { index = header.index(after: index) }
                        value.append(header[index])
                        index = header.index(after: index)
                    }
                    if index < header.endIndex { index = header.index(after: index) }
                }
                while index < header.endIndex, header[index] != ";" {
                    value.append(header[index])
                    index = header.index(after: index)
                }
            }
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            if !key.isEmpty, values[key] == nil { values[key] = value.trimmingCharacters(in: .whitespaces) }
        }
    }

    subscript(_ name: String) -> String? { values[name] }
}
