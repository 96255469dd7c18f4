import Foundation
import Yams

/// A YAML file read with Yams into nodes that remember their line, so configuration errors are
/// told as `FILE:LINE: field: message` like data errors.
struct YAMLDocument {
    let file: String
    let root: Node

    init(file: String) throws {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch {
            throw InputError(file: file, message: "cannot read the file (\(DatasetReader.reason(for: error, path: file))); give the path of a YAML file")
        }
        let utf8 = try TextDecoding.utf8Text(from: Array(data), file: file)
        try self.init(text: String(decoding: utf8, as: UTF8.self), file: file)
    }

    init(text: String, file: String) throws {
        self.file = file
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw InputError(file: file, line: 1, message: "the YAML file is empty")
            }
            self.root = root
        } catch let error as YamlError {
            throw Self.inputError(error, file: file)
        }
    }

    func error(_ node: Node?, _ field: String?, _ message: String) -> InputError {
        InputError(file: file, line: node?.mark?.line, field: field, message: message)
    }

    /// The keys of a mapping, refusing those not in `accepted` (a typo would otherwise be ignored silently).
    func checkKeys(_ node: Node, accepted: [String], what: String) throws {
        guard let mapping = node.mapping else { throw error(node, nil, "\(what) must be a mapping of keys (\(accepted.joined(separator: ", ")))") }
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !accepted.contains(name) {
                throw error(key, name, "unknown key \"\(name)\" in \(what); accepted keys: \(accepted.joined(separator: ", "))")
            }
        }
    }

    func string(_ node: Node, _ key: String) throws -> String? {
        guard let value = node[key] else { return nil }
        guard let scalar = value.scalar else { throw error(value, key, "\(key) must be a single value, not a list or mapping") }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    private static func inputError(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return InputError(file: file, line: mark.line, message: "this is not valid YAML (\(problem)); check the indentation and quote values that contain \":\" or \"#\"")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return InputError(file: file, line: context.mark.line, message: "a key is given twice (\(duplicates.joined(separator: ", "))); keep one")
        default:
            return InputError(file: file, message: "this is not valid YAML (\(error))")
        }
    }
}
