import ArgumentParser
import CoopFigures

struct ChartMapCommand: FigureCommand {
    static let configuration = CommandConfiguration(
        commandName: "map",
        abstract: "The provinces of Vietnam on a map, filled by one indicator in one period.",
        discussion: """
            The 63 provinces for periods before 1 July 2025, the 34 units after the merger (drawn from the 63 \
            outlines, only the borders between different new units stroked), always with the Hoàng Sa and \
            Trường Sa archipelagos, labelled, at scale or in an inset. Provinces are filled by class: quantiles \
            by default (--classes 5), equal round classes (--class-rule nice) or your breaks (--breaks \
            10,20,50); the legend gives each class's range and how many provinces it holds. Values on both \
            sides of zero (and --midpoint 100, for values around a target) take a diverging scale. A province \
            without a figure is hatched and named as missing, never drawn as the lowest class; ≈ > < marks stay \
            on the values. Every province with a figure is named: inside its outline where the name and value \
            fit, else by a number and a line in the list beside the map.

            With --cluster the members are outlined and named, the rest of the country light; --zoom cluster \
            frames the members, with a small locator map of the whole country. The projection is Albers \
            equal-area (standard parallels 10° N and 21° N, central meridian 106° E). Outlines: \
            TaliaCao/Vietnam-Shape-Map, MIT licence (coopchart credits).

            Examples:
              coopchart chart map samples/national-2024-illustrative.csv --indicator htx --year 2024 -o htx-2024.png
              coopchart chart map samples/national-2026-illustrative.csv --indicator new_htx --year 2026 --breaks 10,20,50 -o new.pdf --size a4
              coopchart chart map samples/dbsh-2017*.csv --cluster dbsh-2017 --zoom cluster --indicator htx --year 2017 -o dbsh.svg
            """
    )

    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("Indicator id or Vietnamese label (see the catalog in the README).", valueName: "ID"))
    var indicator: String
    @OptionGroup var period: OnePeriod
    @OptionGroup var classes: MapClassOptions
    @OptionGroup var rendering: RenderingOptions

    var request: FigureRequest { classes.applied(to: period.request(.map, indicators: [indicator], provinces: [])) }
}

/// How a map classes its values and what it frames, as `chart map` and the browser app's map take them.
struct MapClassOptions: ParsableArguments {
    @Option(help: ArgumentHelp("How many classes, 2 to 9 (default 5).", valueName: "N"))
    var classes: Int?
    @Option(
        name: .customLong("class-rule"),
        help: ArgumentHelp("quantiles (default: about as many provinces in each class) or nice (equal classes with round edges).", valueName: "RULE"))
    var classRule: FigureRequest.ClassRule = .quantiles
    @Option(help: ArgumentHelp("Class breaks, ascending: 10,20,50 (or 2,5; 5; 7,5 with decimal commas); overrides --classes.", valueName: "LIST"))
    var breaks: String?
    @Option(
        help: ArgumentHelp(
            "Centre a diverging scale on this value (100 for % of plan); values either side of zero are centred on 0 without it.", valueName: "X"))
    var midpoint: String?
    @Flag(help: "Map the change against the previous period (%), on a diverging scale, instead of the figure.")
    var growth = false
    @Option(help: ArgumentHelp("country (default) or cluster: frame the --cluster's members, with a locator map of Vietnam.", valueName: "country|cluster"))
    var zoom: FigureRequest.Zoom = .country

    func applied(to request: FigureRequest) -> FigureRequest {
        var request = request
        request.classes = classes
        request.classRule = classRule
        request.breaks = breaks
        request.midpoint = midpoint
        request.growth = growth
        request.zoom = zoom
        return request
    }
}

extension FigureRequest.ClassRule: ExpressibleByArgument {}
extension FigureRequest.Zoom: ExpressibleByArgument {}
