import Hummingbird
import HTTPTypes
import CoopAnalytics
import CoopFormatting
import CoopService

/// The words an answer is written in: a language, and how the settings a message mentions are named.
/// The page asks for its own words (the header `X-Coopchart-Page: vi|en`): its language, and each setting
/// by the label of its field ("Kỳ"). Anyone else gets the API's: the parameter names (`year`), in English
/// unless `Accept-Language` prefers Vietnamese.
struct Wording: Sendable {
    let language: Language
    /// Settings named as the page's fields rather than the API's parameters.
    let forPage: Bool

    static let pageHeader = HTTPField.Name("X-Coopchart-Page")!

    static let api = Wording(language: .en, forPage: false)

    static func of(_ request: Request) -> Wording {
        if let page = request.headers[pageHeader].flatMap(Language.init(rawValue:)) { return Wording(language: page, forPage: true) }
        return Wording(language: preferred(request.headers[.acceptLanguage]), forPage: false)
    }

    /// The first of vi and en that `Accept-Language` names; English otherwise.
    static func preferred(_ header: String?) -> Language {
        for part in (header ?? "").split(separator: ",") {
            let tag = part.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            if tag == "vi" || tag.hasPrefix("vi-") { return .vi }
            if tag == "en" || tag.hasPrefix("en-") { return .en }
        }
        return .en
    }

    /// How a setting is named: the page's field, or the API's parameter.
    func name(_ parameter: RequestParameter) -> String {
        forPage ? "“" + PageWords.for(language).field(parameter) + "”" : parameter.rawValue
    }

    /// Text with each setting it mentions named in these words.
    func render(_ text: String) -> String { ParameterText.render(text, spelling: name) }

    func message(_ error: InputError) -> String { error.message(in: language, spelling: name) }

    func text(_ note: ServiceNote) -> String { note.text(in: language, spelling: name) }

    func message(_ finding: Finding) -> String { finding.message(in: language, spelling: name) }

    /// English or Vietnamese, as written.
    func pick(_ english: String, _ vietnamese: String?) -> String { render(language == .vi ? (vietnamese ?? english) : english) }
}
