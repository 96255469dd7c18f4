import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import CoopServer

@Suite("The pages: four linkable steps, Vietnamese first, every word from the vocabulary")
struct PageTests {
    @Test("each step is a page of its own, in Vietnamese by default and in English with lang=en")
    func stepsArePages() async throws {
        try await ServerFixture.withSamples { _, client, id in
            let vi = PageWords.for(.vi), en = PageWords.for(.en)
            for (path, key) in [
                ("/", PageWords.Key.dataTitle), ("/datasets/\(id)/data", .filesRead), ("/datasets/\(id)/chart", .chartKind),
                ("/datasets/\(id)/rank", .rankTitle), ("/datasets/\(id)/report", .reportTitle), ("/api", .apiTitle),
            ] {
                let page = try await client.execute(uri: path, method: .get)
                #expect(page.status == .ok, "\(path)")
                #expect(page.headers[.contentType] == "text/html; charset=utf-8")
                #expect(page.text.contains("<html lang=\"vi\">"), "\(path)")
                #expect(page.text.contains(Self.escaped(vi(key))), "\(path): \(vi(key))")
                let english = try await client.execute(uri: path + "?lang=en", method: .get)
                #expect(english.text.contains("<html lang=\"en\">"))
                #expect(english.text.contains(Self.escaped(en(key))), "\(path): \(en(key))")
            }
        }
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }

    @Test("the data step lists each file and its findings; the chart step shows a preview of the API's SVG")
    func dataAndChartSteps() async throws {
        let names = ServerFixture.figures2017 + ["dbsh-2017-cluster-totals.csv"]
        try await ServerFixture.withSamples(names) { _, client, id in
            let data = try await client.execute(uri: "/datasets/\(id)/data", method: .get)
            for name in names { #expect(data.text.contains(name)) }
            #expect(data.text.contains("class=\"warning\""))
            let chart = try await client.execute(uri: "/datasets/\(id)/chart?kind=line&indicator=new_htx&years=2015-2019", method: .get)
            #expect(chart.text.contains("src=\"/api/datasets/\(id)/charts/line.svg?indicator=new_htx&amp;years=2015-2019"))
            #expect(chart.text.contains("<option value=\"line\" selected>"))
        }
    }

    @Test("a chart that cannot be drawn shows the engine's message on the page, without the script")
    func chartErrorOnThePage() async throws {
        try await ServerFixture.withSamples { _, client, id in
            let page = try await client.execute(uri: "/datasets/\(id)/chart?kind=bar&indicator=new_htx&year=1999", method: .get)
            #expect(page.status == .ok)
            // In the page's language, and the field at fault named for the script to mark.
            #expect(page.text.contains("id=\"preview-error\" class=\"alert\" role=\"alert\" data-parameter=\"year\">không có số liệu new_htx trong kỳ 1999"))
            #expect(page.text.contains("aria-disabled=\"true\""), "the downloads are off while the preview shows an error")
        }
    }

    @Test("a page of a dataset that is gone says so (404) and leads back to the upload")
    func goneDataset() async throws {
        try await ServerFixture.withServer { _, client in
            let page = try await client.execute(uri: "/datasets/ffffffffffffffffffffffffffffffff/chart", method: .get)
            #expect(page.status == .notFound)
            #expect(page.text.contains("href=\"/?lang=vi\""))
        }
    }

    @Test("every {{words.NAME}} in the templates and every w('NAME') in the script is a phrase of the vocabulary")
    func wordsExist() throws {
        let templates = try PageRenderer.templates.map { name in
            String(decoding: try #require(EmbeddedFiles.bytes("templates/\(name).mustache"), "\(name) is embedded"), as: UTF8.self)
        }.joined()
        let script = String(decoding: try #require(EmbeddedFiles.bytes("assets/app.js")), as: UTF8.self)
        let known = Set(PageWords.Key.allCases.map(\.rawValue))
        let used = Self.matches(#"\{\{words\.(\w+)\}\}"#, in: templates) + Self.matches(#"w\('(\w+)'\)"#, in: script)
        #expect(!used.isEmpty)
        for name in used { #expect(known.contains(name), "\(name) is used but not in PageWords") }
    }

    @Test("the page has no inline script and no script from elsewhere; the words reach the script as inert JSON")
    func noInlineScript() async throws {
        try await ServerFixture.withServer { _, client in
            let page = try await client.execute(uri: "/", method: .get)
            let scripts = Self.matches(#"<script([^>]*)>"#, in: page.text)
            #expect(scripts.count == 2)
            #expect(scripts.allSatisfy { $0.contains("src=\"/assets/app.js\"") || $0.contains("type=\"application/json\"") })
            #expect(!page.text.contains("onclick=") && !page.text.contains("javascript:") && !page.text.contains("http://") && !page.text.contains("https://"))
            let json = try #require(Self.matches(#"id="words">([^<]*)</script>"#, in: page.text).first)
            let words = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: String])
            #expect(words["upload"] == PageWords.for(.vi)(.upload))
        }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range(at: 1), in: text).map { String(text[$0]) } }
    }
}
