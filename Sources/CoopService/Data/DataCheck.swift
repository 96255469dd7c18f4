import CoopAnalytics

/// What `validate` reports about a set of files, for every front end: the reading errors, the merger
/// overlaps, then the warnings about figures that read but that a person should look at.
public enum DataCheck {
    public static func findings(errors: [InputError], dataset: Dataset, cluster: Cluster?) -> [Finding] {
        (errors + MergerOverlap.errors(in: dataset)).map(Finding.init(error:)) + Validator.warnings(for: dataset, cluster: cluster)
    }
}
