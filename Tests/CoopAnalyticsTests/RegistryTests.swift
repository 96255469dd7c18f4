import Foundation
import Testing
@testable import CoopAnalytics

@Suite struct RegistryTests {
    let registry = ProvinceRegistry.bundled
    let y2017 = Period(year: 2017)
    let y2026 = Period(year: 2026)

    private func name(_ text: String, _ period: Period) -> String? {
        if case .found(let index) = registry.resolve(text, in: period) { return registry.provinces[index].name }
        return nil
    }

    @Test func theBundledRegistryMatchesTheSharedFile() throws {
        // The team's registry beside the repository when it is there; a clone on its own compares with the
        // copy taken from it (Tests/SharedData/provinces.csv), which this test also keeps equal to the source.
        let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/data/provinces.csv")
        let copy = repositoryRoot.appendingPathComponent("Tests/SharedData/provinces.csv")
        let copied = try String(contentsOf: copy, encoding: .utf8)
        let text = (try? String(contentsOf: shared, encoding: .utf8)) ?? copied
        #expect(text == copied, "Tests/SharedData/provinces.csv differs from ../shared/data/provinces.csv: copy it again")
        #expect(text.trimmingCharacters(in: .newlines) == BundledProvinces.csv.trimmingCharacters(in: .newlines))
        #expect(registry.inForce(on: SimpleDate(year: 2025, month: 6, day: 30)).count == 63)
        #expect(registry.inForce(on: SimpleDate(year: 2025, month: 7, day: 1)).count == 34)
    }

    @Test func namesMatchWithoutCaseDiacriticsOrPrefix() {
        #expect(name("HÀ NỘI", y2017) == "Hà Nội")
        #expect(name("ha noi", y2017) == "Hà Nội")
        #expect(name("Hanoi", y2017) == "Hà Nội")
        #expect(name("tỉnh Quảng Ninh", y2017) == "Quảng Ninh")
        #expect(name("TP. Hồ Chí Minh", y2017) == "Hồ Chí Minh")
        #expect(name("HCM", y2017) == "Hồ Chí Minh")
        #expect(name("Thừa Thiên Huế", y2017) == "Huế")
        #expect(name("thanh pho hai phong", y2017) == "Hải Phòng")
    }

    @Test func aCodeMeansTheUnitInForceInThePeriod() {
        #expect(name("24", y2017) == "Bắc Giang")
        #expect(name("24", y2026) == "Bắc Ninh")
        #expect(name("1", y2017) == "Hà Nội")
    }

    @Test func aMergedProvinceIsNotInForceAfterTheMergerAndHasASuccessor() {
        guard case .notInForce(let candidates) = registry.resolve("Hà Nam", in: y2026) else {
            Issue.record("Hà Nam should not resolve in 2026")
            return
        }
        let successor = registry.successor(of: candidates[0], on: SimpleDate(year: 2026, month: 1, day: 1))
        #expect(successor.map { registry.provinces[$0].name } == "Ninh Bình")
        #expect(successor.map { registry.provinces[$0].validFrom?.description } == "2025-07-01")
    }

    @Test func anUnknownNameOffersTheClosestNames() {
        guard case .unknown(let suggestions) = registry.resolve("Ninh Binhh", in: y2017) else {
            Issue.record("expected unknown")
            return
        }
        #expect(suggestions.first == "Ninh Bình")
    }

    @Test func theDeltaClusterOf2017HasNineMembers() throws {
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        #expect(cluster.members.count == 9)
        #expect(cluster.members.map { registry.provinces[$0].code }.sorted() == ["22", "26", "27", "30", "33", "34", "35", "36", "37"])
    }
}
