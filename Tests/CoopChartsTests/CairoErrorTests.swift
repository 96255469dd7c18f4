import CoopCharts
import Testing

@Suite("Cairo failures become typed errors")
struct CairoErrorTests {
    @Test("a PNG wider than Cairo's 32767-pixel limit fails at surface creation with a readable reason")
    func hugeImage() throws {
        let options = RenderOptions(width: 40_000, height: 100, pngScale: 1)
        let error = try #require(throws: CairoError.self) {
            try ChartRenderer.render(Fixtures.nine, format: .png, options: options)
        }
        guard case let .surfaceCreation(kind, width, _, reason) = error else {
            Issue.record("expected surfaceCreation, got \(error)"); return
        }
        #expect(kind == "PNG image" && width == 40_000)
        #expect(reason.contains("invalid value") || reason.contains("size"), "\(reason)")
        #expect(error.description.contains("40000.0×100.0"))
    }

    @Test("a PNG of zero pixels cannot be written, and that is an error rather than empty bytes")
    func emptyImage() throws {
        let options = RenderOptions(width: 0, height: 0)
        let error = try #require(throws: CairoError.self) {
            try ChartRenderer.render(Fixtures.nine, format: .png, options: options)
        }
        guard case let .pngWrite(width, height, _) = error else { Issue.record("expected pngWrite, got \(error)"); return }
        #expect(width == 0 && height == 0)
    }
}
