import Testing
@testable import CoopAnalytics

@Suite struct IndicatorCatalogFileTests {
    @Test func aNewIndicatorIsAddedWithItsLabelsUnitKindAndRule() throws {
        let catalog = try IndicatorCatalogFile.load(
            text: """
                indicators:
                  - id: trainees
                    label_vi: Lượt cán bộ HTX được đào tạo
                    label_en: Cooperative officials trained
                    unit_vi: lượt người
                    unit_en: trainees
                    kind: flow
                    integer: true
                    aggregation: sum
                """, file: "ind.yaml", into: .standard)
        let trainees = try #require(catalog["trainees"])
        #expect(trainees.labelEn == "Cooperative officials trained")
        #expect(trainees.kind == .flow)
        #expect(trainees.isCount)
        #expect(trainees.aggregation == .sum)
        #expect(catalog.indicator(named: "luot can bo htx duoc dao tao")?.id == "trainees")
    }

    @Test func anOverrideKeepsTheFieldsItDoesNotGive() throws {
        let catalog = try IndicatorCatalogFile.load(text: "- id: revenue_avg\n  aggregation: weighted_mean over workers\n", file: "ind.yaml", into: .standard)
        #expect(catalog["revenue_avg"]?.aggregation == .weightedMean(over: "workers"))
        #expect(catalog["revenue_avg"]?.labelVi == "Doanh thu bình quân")
    }

    @Test func weightedMeanCanNameItsWeightWithOver() throws {
        let catalog = try IndicatorCatalogFile.load(
            text: "- id: wage\n  label_vi: Tiền lương\n  kind: average\n  aggregation: weighted_mean\n  over: workers\n", file: "i.yaml", into: .standard)
        #expect(catalog["wage"]?.aggregation == .weightedMean(over: "workers"))
    }

    @Test func anUnknownKindNamesTheLineAndTheKinds() {
        #expect(
            throws: InputError(
                file: "i.yaml", line: 3, field: "kind", message: "\"ratio\" is not a kind; write one of stock, flow, average, share, target",
                vietnamese: "\"ratio\" không phải là loại chỉ tiêu; ghi một trong các loại stock (số tại một thời điểm), flow (số phát sinh "
                    + "trong kỳ), average (bình quân), share (tỷ lệ) hoặc target (kế hoạch)")
        ) {
            try IndicatorCatalogFile.load(text: "- id: x\n  label_vi: X\n  kind: ratio\n", file: "i.yaml", into: .standard)
        }
    }

    @Test func aWeightThatIsNotAnIndicatorIsAnError() {
        #expect(throws: InputError.self) {
            try IndicatorCatalogFile.load(
                text: "- id: x\n  label_vi: X\n  kind: average\n  aggregation: weighted_mean over htxx\n", file: "i.yaml", into: .standard)
        }
    }

    @Test func anUnknownKeyIsRefusedRatherThanIgnored() {
        #expect(
            throws: InputError(
                file: "i.yaml", line: 3, field: "agregation",
                message:
                    "unknown key \"agregation\" in an indicator; accepted keys: id, label_vi, label_en, labels, unit_vi, unit_en, unit, kind, integer, count, aggregation, over, part_of, target_of",
                vietnamese: "mục \"agregation\" không hợp lệ trong một chỉ tiêu; các mục hợp lệ: id, label_vi, label_en, labels, unit_vi, unit_en, unit, "
                    + "kind, integer, count, aggregation, over, part_of, target_of")
        ) {
            try IndicatorCatalogFile.load(text: "- id: htx\n  kind: stock\n  agregation: sum\n", file: "i.yaml", into: .standard)
        }
    }

    @Test func aNewIndicatorIsReadFromData() throws {
        let catalog = try IndicatorCatalogFile.load(
            text: "- {id: trainees, label_vi: Lượt đào tạo, kind: flow, integer: true}\n", file: "i.yaml", into: .standard)
        let data = try ingest("province,year,indicator,value\nHà Nam,2017,Lượt đào tạo,\"1.200\"\n", catalog: catalog)
        #expect(data.observations.first?.value == 1200)
    }
}

@Suite struct ClusterFileTests {
    @Test func theBuiltInClusterIsData() throws {
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        #expect(cluster.years == 2017...2017)
        #expect(cluster.title == "Cụm thi đua Đồng bằng sông Hồng")
    }

    @Test func membersAreGivenByNameOrCode() throws {
        let cluster = try ClusterFile.load(text: "name: x\nmembers: [Hà Nam, \"36\", 37]\nyears: 2017\n", file: "c.yaml")
        #expect(cluster.members.map { ProvinceRegistry.bundled.provinces[$0].name } == ["Hà Nam", "Nam Định", "Ninh Bình"])
    }

    @Test func theSampleClusterFileEqualsTheBuiltInMembers() throws {
        let file = try ClusterFile.load(repositoryRoot.appendingPathComponent("samples/cluster-dbsh-2017.yaml").path)
        #expect(Set(file.members) == Set(try #require(Cluster.builtIn("dbsh-2017")).members))
    }

    @Test func aCodeThatChangedMeaningNeedsTheYears() {
        #expect(
            throws: InputError(
                file: "c.yaml", line: 2, field: "members",
                message:
                    "\"24\" means different provinces at different dates (Bắc Giang (24, until 2025-06-30); Bắc Ninh (24, from 2025-07-01)); give the cluster's years, or write the name",
                vietnamese: "\"24\" chỉ những tỉnh khác nhau ở những thời điểm khác nhau (Bắc Giang (24, đến 30/6/2025); Bắc Ninh (24, từ 1/7/2025)); "
                    + "ghi các năm của cụm (years:), hoặc ghi tên tỉnh thay cho mã")
        ) {
            try ClusterFile.load(text: "name: x\nmembers: [\"24\"]\n", file: "c.yaml")
        }
    }

    @Test func anUnknownMemberOffersTheClosestNames() {
        #expect(
            throws: InputError(
                file: "c.yaml", line: 3, field: "members", message: "unknown province \"Ninh Binhh\"; did you mean Ninh Bình, Bình Định, Hòa Bình?",
                vietnamese: "không có tỉnh \"Ninh Binhh\" trong danh mục; có phải Ninh Bình, Bình Định, Hòa Bình?")
        ) {
            try ClusterFile.load(text: "name: x\nmembers:\n  - Ninh Binhh\n", file: "c.yaml")
        }
    }

    @Test func figuresOutsideTheClusterAreLeftOut() throws {
        let data = try ingest("province,year,indicator,value\nHà Nội,2017,htx,1\nHà Nam,2017,htx,2\n")
        let cluster = try #require(Cluster.builtIn("dbsh-2017"))
        let kept = data.filter { cluster.contains(province: $0.province, period: $0.period) }
        #expect(kept.observations.map(\.value) == [2])
    }
}
