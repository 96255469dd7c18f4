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
            throw SettingsFileWords.error(file: file) { $0.cannotRead(FileWords.Unreadable(path: file)) }
        }
        let utf8 = try TextDecoding.utf8Text(from: Array(data), file: file)
        try self.init(text: String(decoding: utf8, as: UTF8.self), file: file)
    }

    init(text: String, file: String) throws {
        self.file = file
        do {
            guard let root = try Yams.compose(yaml: text) else {
                throw SettingsFileWords.error(file: file, line: 1) { $0.emptyFile }
            }
            self.root = root
        } catch let error as YamlError {
            throw Self.inputError(error, file: file)
        }
    }

    /// An error at `node`'s line, told in both languages (`SettingsFileWords`).
    func error(_ node: Node?, _ field: String?, _ words: (SettingsFileWords) -> String) -> InputError {
        SettingsFileWords.error(file: file, line: node?.mark?.line, field: field, words)
    }

    /// The keys of a mapping, refusing those not in `accepted` (a typo would otherwise be ignored silently).
    func checkKeys(_ node: Node, accepted: [String], what: SettingsFileWords.Part) throws {
        guard let mapping = node.mapping else { throw error(node, nil) { $0.notAMapping(what, accepted: accepted) } }
        for (key, _) in mapping {
            let name = key.string ?? ""
            if !accepted.contains(name) {
                throw error(key, name) { $0.unknownKey(name, in: what, accepted: accepted) }
            }
        }
    }

    func string(_ node: Node, _ key: String) throws -> String? {
        guard let value = node[key] else { return nil }
        guard let scalar = value.scalar else { throw error(value, key) { $0.notASingleValue(key) } }
        let text = scalar.string.trimmingCharacters(in: .whitespaces)
        return text.isEmpty ? nil : text
    }

    private static func inputError(_ error: YamlError, file: String) -> InputError {
        switch error {
        case .scanner(_, let problem, let mark, let yaml), .parser(_, let problem, let mark, let yaml), .composer(_, let problem, let mark, let yaml):
            let found = yamlCharacter(in: yaml, line: mark.line, column: mark.column)
            return SettingsFileWords.error(file: file, line: mark.line) { $0.notYAML(problem, at: found) }
        case .duplicatedKeysInMapping(let duplicates, let context):
            return SettingsFileWords.error(file: file, line: context.mark.line) { $0.keyTwice(duplicates) }
        default:
            return SettingsFileWords.error(file: file) { $0.notYAML(error: "\(error)") }
        }
    }
}
