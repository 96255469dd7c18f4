import CoopCharts
import Foundation
import Testing

/// Writes every catalog fixture as PNG into COOPCHART_DUMP_DIR when that is set, for looking at.
@Suite("Catalog dump (only with COOPCHART_DUMP_DIR)")
struct GalleryDump {
    @Test("dump PNGs of every kind at 2, 9 and 63 items")
    func dump() throws {
        guard let folder = ProcessInfo.processInfo.environment["COOPCHART_DUMP_DIR"] else { return }
        for kind in CatalogFixtures.kinds {
            for count in [2, 9, 63] {
                let bytes = try ChartRenderer.render(CatalogFixtures.chart(kind, count: count), format: .png, options: RenderOptions(pngScale: 1))
                try Data(bytes).write(to: URL(fileURLWithPath: "\(folder)/\(kind)-\(count).png"))
            }
        }
    }
}
