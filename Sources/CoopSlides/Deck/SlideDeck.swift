import CoopCharts
import CoopSpreadsheets

/// A deck as plain content, before any XML: what each slide shows, its footer line and its speaker notes.
public struct SlideDeck: Sendable {
    /// What fills a slide under its title.
    public enum Body: Sendable {
        /// The cover: the conference title and lines under it (cluster, period, organisation, date).
        case cover(lines: [String])
        /// Native charts side by side (one, or panels of one ranking when many provinces need room).
        case charts([NativeChart])
        /// A picture of a chart coopchart draws, at twice the slide's pixel size, with its alt text.
        case picture(chart: any Chart, altText: String)
        /// A native table; `emphasised` rows (the highlighted province) stand out.
        case table(header: [String], rows: [[String]], numericColumns: Set<Int>, emphasised: Set<Int>, columnWeights: [Double])
        /// Lines of text (the awards).
        case bullets([String])
    }

    public struct Slide: Sendable {
        public var title: String
        /// A line under the title (the chart's unit and cluster), may be empty.
        public var subtitle: String
        public var body: Body
        /// The footer line printed on the slide (sources and notes, shortened when long).
        public var footer: String
        /// The speaker notes: every source and note in full.
        public var notes: [String]

        public init(title: String, subtitle: String = "", body: Body, footer: String = "", notes: [String] = []) {
            self.title = title
            self.subtitle = subtitle
            self.body = body
            self.footer = footer
            self.notes = notes
        }
    }

    public var title: String
    public var author: String
    public var language: String
    /// YYYY-MM-DD written into the file's properties; none when nil (two runs give the same bytes).
    public var date: String?
    public var slides: [Slide]
    /// The fonts slide text is written with (Windows names, as the Word report writes them).
    public var headingFont: String
    public var bodyFont: String
    /// 0xRRGGBB of the titles and of the table header's fill.
    public var accent: UInt32
    public var textColor: UInt32
}
