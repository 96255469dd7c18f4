/// Size, resolution, font and reproducibility settings for one rendering.
public struct RenderOptions: Sendable, Hashable {
    /// Canvas width in points (1/72 inch).
    public var width: Double
    /// Canvas height in points.
    public var height: Double
    /// Pixels per point for PNG; 2 turns the default 960×540 pt slide into 1920×1080 px.
    public var pngScale: Double
    /// The font family for all text.
    public var fontFamily: FontFamily
    /// A fixed ISO 8601 date ("2024-01-01T00:00:00Z") written as the document date, so PDF and EPS
    /// output is byte-identical between runs; nil lets Cairo stamp the current time.
    public var creationDate: String?
    /// The canvas colour behind the chart.
    public var background: Color

    /// Options for a 16:9 slide (960×540 pt) at twice the point resolution for PNG.
    public init(width: Double = 960, height: Double = 540, pngScale: Double = 2, fontFamily: FontFamily = .default,
                creationDate: String? = nil, background: Color = Palette.background) {
        self.width = width
        self.height = height
        self.pngScale = pngScale
        self.fontFamily = fontFamily
        self.creationDate = creationDate
        self.background = background
    }

    /// PNG resolution in dots per inch (72 × `pngScale`).
    public var dpi: Double {
        get { pngScale * 72 }
        set { pngScale = newValue / 72 }
    }

    /// The canvas size in points.
    public var size: Size { Size(width: width, height: height) }

    /// The PNG size in pixels for these options.
    public var pixelSize: (width: Int, height: Int) {
        (Int((width * pngScale).rounded()), Int((height * pngScale).rounded()))
    }

    /// The ISO 8601 UTC date for a SOURCE_DATE_EPOCH value (seconds since 1970), or nil if it is not a
    /// non-negative integer. Callers read the environment; the library stays free of process state.
    public static func creationDate(sourceDateEpoch: String) -> String? {
        guard let seconds = Int64(sourceDateEpoch.filter { !$0.isWhitespace }), seconds >= 0 else { return nil }
        let days = seconds / 86_400, secondsOfDay = seconds % 86_400
        let (year, month, day) = civilDate(daysSince1970: days)
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(secondsOfDay / 3600, 2)):"
            + "\(pad(secondsOfDay % 3600 / 60, 2)):\(pad(secondsOfDay % 60, 2))Z"
    }

    // Howard Hinnant's days-to-civil algorithm: exact for the proleptic Gregorian calendar.
    private static func civilDate(daysSince1970: Int64) -> (Int64, Int64, Int64) {
        let z = daysSince1970 + 719_468
        let era = z / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
