import Foundation
import Mustache
import CoopAnalytics
import CoopCharts
import CoopFigures
import CoopFormatting

/// Renders the pages: a step's template into the layout, with the words of the page's language.
struct PageRenderer: Sendable {
    enum Step: Int, CaseIterable, Sendable {
        case data = 1, chart, rank, report

        var path: String {
            switch self {
            case .data: return "data"
            case .chart: return "chart"
            case .rank: return "rank"
            case .report: return "report"
            }
        }

        var label: PageWords.Key {
            switch self {
            case .data: return .stepData
            case .chart: return .stepChart
            case .rank: return .stepRank
            case .report: return .stepReport
            }
        }
    }

    /// What every page needs besides its body.
    struct Frame {
        var language: Language
        var title: String
        var page: String
        var step: Step?
        var datasetID: String?
        var csrf: String?
        var loggedIn: Bool
        /// The page's own path and query, for the language switch.
        var path: String
        var query: [(String, String)] = []
        var showSteps = true
    }

    private let library: MustacheLibrary

    /// The templates carried in the binary (`Embedded/templates/NAME.mustache`).
    static let templates = ["layout", "upload", "dataset", "chart", "rank", "report", "login", "error", "api"]

    init() throws {
        var library = MustacheLibrary()
        for name in Self.templates {
            guard let bytes = EmbeddedFiles.bytes("templates/\(name).mustache") else {
                throw InputErrorText("the page template \(name) is missing from the build")
            }
            try library.register(String(decoding: bytes, as: UTF8.self), named: name)
        }
        self.library = library
    }

    /// The page: `template` rendered with `view` (and the words), inside the layout.
    func page(_ template: String, view: [String: Any], frame: Frame) -> String {
        let words = PageWords.for(frame.language)
        var view = view
        view["words"] = words
        view["lang"] = frame.language.rawValue
        view["datasetID"] = frame.datasetID
        let body = library.render(view, withTemplate: template) ?? ""
        let other = frame.language.other
        let steps: [[String: Any]] = Step.allCases.map { step in
            var entry: [String: Any] = ["number": step.rawValue, "label": words(step.label), "current": step == frame.step]
            if step == .data, frame.datasetID == nil {
                entry["href"] = "/?lang=\(frame.language.rawValue)"
            } else if let id = frame.datasetID {
                entry["href"] = "/datasets/\(id)/\(step.path)?lang=\(frame.language.rawValue)"
            }
            return entry
        }
        let switchQuery = frame.query.filter { $0.0 != "lang" } + [("lang", other.rawValue)]
        var layout: [String: Any] = [
            "words": words, "lang": frame.language.rawValue, "title": frame.title, "page": frame.page, "loggedIn": frame.loggedIn, "steps": steps,
            "showSteps": frame.showSteps, "body": body,
            "otherLang": other.rawValue, "otherLanguageHref": frame.path + "?" + Self.encode(switchQuery),
            "wordsJSON": Self.scriptSafe(words.json.text()),
        ]
        // Only when set: an optional inside Any is a value to Mustache ({{#csrf}} would hold "nil").
        if let id = frame.datasetID { layout["datasetID"] = id }
        if let csrf = frame.csrf { layout["csrf"] = csrf }
        return library.render(layout, withTemplate: "layout") ?? ""
    }

    /// The error page.
    func error(_ error: APIError, language: Language, loggedIn: Bool) -> String {
        let words = PageWords.for(language)
        let message =
            error.status == .notFound && error.parameter == nil && error.message.hasPrefix("there is nothing")
            ? words(.notFound) : error.text(Wording(language: language, forPage: true))
        return page(
            "error", view: ["message": message],
            frame: Frame(language: language, title: words(.errorTitle), page: "error", loggedIn: loggedIn, path: "/", showSteps: false))
    }

    /// JSON inside `<script type="application/json">`: no `<` at all, so no `</script>` can close it early.
    static func scriptSafe(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c").replacingOccurrences(of: ">", with: "\\u003e").replacingOccurrences(of: "&", with: "\\u0026")
    }

    /// `name=value&…`, each part percent-encoded.
    static func encode(_ items: [(String, String)]) -> String {
        items.map { "\(component($0.0))=\(component($0.1))" }.joined(separator: "&")
    }

    static func component(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    /// RFC 3986's unreserved characters: ASCII letters and digits, `-._~`.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
}
