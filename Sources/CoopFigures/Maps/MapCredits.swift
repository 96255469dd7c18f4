/// Where the province outlines come from, and the licence notice that must travel with every copy of them
/// (MIT): the text `coopchart credits` prints and `--version` points to.
public enum MapCredits {
    static let outlinesPath = "map/vietnam-provinces-63.topo.json"
    static let licencePath = "map/LICENSE-Vietnam-Shape-Map"

    /// The licence of the outlines, exactly as it came with them.
    public static var licence: String {
        EmbeddedFiles.bytes(licencePath).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    /// The attribution and the licence, for `coopchart credits`.
    public static var text: String {
        """
        Province outlines (coopchart chart map): vietnam-provinces-63.topo.json, simplified from
        Formatting/diaphantinh_63_fixednames.json of https://github.com/TaliaCao/Vietnam-Shape-Map,
        itself from Open Development Vietnam's provincial boundaries. Its licence:

        \(licence)
        """
    }
}
