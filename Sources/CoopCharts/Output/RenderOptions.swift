/// Size, resolution, font and reproducibility settings for one rendering.
public struct RenderOptions: Sendable, Hashable {
    /// The canvas size in points (1/72 inch).
    public var size: Size
    /// Pixels per point for PNG; 2 turns the default 960×540 pt slide into 1920×1080 px.
    public var pngScale: Double
    /// The font family for all text.
    public var fontFamily: FontFamily
    /// The date written into PDF and EPS files: the current time, none, or a fixed one so that the
    /// output is byte-identical between runs.
    public var documentDate: DocumentDate
    /// The canvas colour behind the chart.
    public var background: Color

    /// Options for a 16:9 slide (960×540 pt) at twice the point resolution for PNG.
    public init(
        width: Double = 960, height: Double = 540, pngScale: Double = 2, fontFamily: FontFamily = .default,
        documentDate: DocumentDate = .now, background: Color = Palette.background
    ) {
        self.size = Size(width: width, height: height)
        self.pngScale = pngScale
        self.fontFamily = fontFamily
        self.documentDate = documentDate
        self.background = background
    }

    /// PNG resolution in dots per inch (72 × `pngScale`).
    public var dpi: Double {
        get { pngScale * 72 }
        set { pngScale = newValue / 72 }
    }

    /// Canvas width in points.
    public var width: Double {
        get { size.width }
        set { size.width = newValue }
    }

    /// Canvas height in points.
    public var height: Double {
        get { size.height }
        set { size.height = newValue }
    }

    /// The PNG size in pixels for these options.
    public var pixelSize: (width: Int, height: Int) {
        (Int((width * pngScale).rounded()), Int((height * pngScale).rounded()))
    }
}
