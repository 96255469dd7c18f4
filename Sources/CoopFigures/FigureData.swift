import CoopAnalytics

/// The data a figure is drawn from: the dataset, already limited to the cluster when there is one.
public struct FigureData: Sendable {
    public let dataset: Dataset
    public let cluster: Cluster?

    public init(dataset: Dataset, cluster: Cluster?) {
        self.dataset = dataset
        self.cluster = cluster
    }
}
