import ArgumentParser
import CoopAnalytics

/// `--number-style`, for every command that reads figures (data files, workbooks, a cooperative registry).
struct NumberStyleOption: ParsableArguments {
    @Option(
        name: .customLong("number-style"),
        help: ArgumentHelp(
            "How the input writes numbers: vi (2.425.931; 46,5) or en (2,425,931; 46.5). Default: decided per file from its unambiguous values.",
            valueName: "vi|en"))
    var numberStyle: NumberStyle?
}
