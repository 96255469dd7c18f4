import CoopCharts
import Testing

@Suite("Label fitting, type scale and rectangle geometry")
struct TextAndGeometryTests {
    /// Every character is 10 points wide: easy to reason about.
    let fitter = LabelFitter { Double($0.count) * 10 }

    @Test("a label that fits is returned unchanged on one line")
    func fitsUnchanged() { #expect(fitter.wrap("Hà Nam", width: 60, maxLines: 2) == ["Hà Nam"]) }

    @Test("a long label wraps at spaces onto two lines")
    func wrapsOntoTwoLines() {
        #expect(fitter.wrap("Thành phố Hồ Chí Minh", width: 120, maxLines: 2) == ["Thành phố Hồ", "Chí Minh"])
    }

    @Test("what does not fit on the last line is shortened with an ellipsis")
    func ellipsizesLastLine() {
        #expect(fitter.wrap("Thành phố Hồ Chí Minh mở rộng", width: 100, maxLines: 2) == ["Thành phố", "Hồ Chí Mi…"])
        #expect(fitter.ellipsize("Quảng Ninh", width: 50) == "Quản…")
    }

    @Test("type shrinks as rows get denser but never below the floor")
    func typeShrinks() {
        let type = TypeScale(canvas: Size(width: 960, height: 540))
        let sizes = [2, 9, 30, 63, 200].map { type.labelSize(rowPitch: 400 / Double($0), lineHeightPerPoint: 1.4) }
        #expect(zip(sizes, sizes.dropFirst()).allSatisfy { $0 >= $1 })
        #expect(sizes.first == type.label && sizes.last == type.floor)
    }

    @Test("rectangles that only touch do not intersect; contained ones are contained")
    func rectangles() {
        let a = Rect(x: 0, y: 0, width: 10, height: 10)
        #expect(!a.intersects(Rect(x: 10, y: 0, width: 5, height: 5)))
        #expect(a.intersection(Rect(x: 5, y: 5, width: 10, height: 10)) == Rect(x: 5, y: 5, width: 5, height: 5))
        #expect(a.contains(Rect(x: 1, y: 1, width: 9, height: 9)) && !a.contains(Rect(x: 1, y: 1, width: 10, height: 1)))
    }

    @Test("a scale over all-equal zero values still maps finitely")
    func zeroDomain() {
        let scale = LinearScale(covering: [0, 0], range: 100...500)
        #expect(scale.position(0) == 100 && scale.position(1) == 500)
    }

    @Test("output formats are recognised from file extensions in any case")
    func formats() {
        #expect(OutputFormat(pathExtension: "PDF") == .pdf && OutputFormat(pathExtension: "eps") == .eps)
        #expect(OutputFormat(pathExtension: "jpg") == nil)
    }

    @Test("SOURCE_DATE_EPOCH becomes an ISO date; dpi sets the PNG scale")
    func options() {
        #expect(DocumentDate.sourceDateEpoch("1704067200") == .fixed("2024-01-01T00:00:00Z"))
        #expect(DocumentDate.sourceDateEpoch("0") == .fixed("1970-01-01T00:00:00Z"))
        #expect(DocumentDate.sourceDateEpoch("yesterday") == nil)
        #expect(DocumentDate.sourceDateEpoch("1.5") == nil)
        #expect(DocumentDate.sourceDateEpoch("-3") == nil)
        var options = RenderOptions()
        options.dpi = 300
        #expect(abs(options.pngScale - 300.0 / 72) < 1e-12 && options.pixelSize == (4000, 2250))
    }

    @Test("fontconfig reports DejaVu Sans as installed and a made-up family as replaced")
    func fontCheck() {
        #expect(FontCheck.isInstalled(.default))
        #expect(FontCheck.installedFamily(for: .default) == "DejaVu Sans")
        let fallback = FontCheck.installedFamily(for: "No Such Font 12345")
        #expect(fallback != nil && fallback != "No Such Font 12345")
        #expect(!FontCheck.isInstalled("No Such Font 12345"))
    }
}
