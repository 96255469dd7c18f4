import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import CoopServer
import CoopService

/// What one client or one file may take of the server: findings kept per kind, figures per dataset,
/// charts kept only while their dataset is, a damaged workbook refused at once.
@Suite("Every resource bounded: findings, figures, charts of a deleted dataset, a damaged workbook")
struct BoundsTests {
    @Test("a file with a bad value on every row: the first 200 errors of the kind are listed once, with the count of all")
    func findingsAreCapped() async throws {
        var text = "province,year,indicator,value\n"
        for row in 0..<3_000 { text += "Hà Nam,\(2000 + row % 20),new_htx,\(row)x\n" }
        let csv = text
        try await ServerFixture.withServer { server, client in
            let response = try await ServerFixture.upload(client, [("sai.csv", Array(csv.utf8))])
            #expect(response.status == .unprocessableContent)
            let json = try ServerFixture.json(response)
            let findings = try #require(json["findings"] as? [[String: Any]])
            #expect(findings.count == 200)
            let counts = try #require(json["findingCounts"] as? [[String: Any]])
            #expect(counts.contains { $0["total"] as? Int == 3_000 && $0["listed"] as? Int == 200 && $0["about"] as? String == "value" })
            #expect(response.bytes.count < 200_000, "the answer stays small: \(response.bytes.count) bytes")
            #expect(server.store.count == 0)
        }
    }

    @Test("a dataset holds at most its number of figures; past it the upload is refused naming the limit")
    func figuresPerDatasetAreCapped() async throws {
        try await ServerFixture.withServer(ServerSettings(port: 0, maxFiguresPerDataset: 10)) { server, client in
            let response = try await ServerFixture.upload(client, [("dbsh-2017.csv", try ServerFixture.sample("dbsh-2017.csv"))])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("more than 10 figures"))
            #expect(server.store.count == 0)
        }
    }

    @Test("a chart drawn for a dataset deleted meanwhile is not kept")
    func deletedWhileDrawnLeavesNothing() async throws {
        try await ServerFixture.withSamples { server, client, id in
            let dataset = try #require(server.store.dataset(id))
            let request = try ChartRequest(.init(kind: .bar, indicators: ["new_htx"], year: "2017"), drawing: DrawingSettings(), format: .svg)
            #expect(server.store.remove(id))
            let drawn = try await server.chart(ChartKey(dataset: id, scope: ScopeKey(), request: request), dataset: dataset)
            #expect(drawn.bytes.readableBytes > 0)
            #expect(server.previews.count == 0, "nothing kept for a dataset that is gone")
            #expect(try await client.execute(uri: "/api/datasets/\(id)/charts/bar.svg?indicator=new_htx&year=2017", method: .get).status == .notFound)
        }
    }

    /// An .xlsx whose sheet's deflate stream stops before its last block (made with Python's zipfile and
    /// zlib: the first half of the stream, the sizes and checksum of the whole sheet).
    static let truncatedDeflate = Array(
        Data(
            base64Encoded:
                "UEsDBBQAAAAIANyQh129XP2Q8gAAABwCAAATAAAAW0NvbnRlbnRfVHlwZXNdLnhtbK2RvU7DMBDHX8XyWsVOOyCEknQodASG8gCHc0ms+Es+t4S3x0kLAyqwMJ3s/8fvZFfbyRp2wkjau5qvRckZOuVb7fqavxz2xS3fNtXhPSCxbHVU8yGlcCclqQEtkPABXVY6Hy2kfIy9DKBG6FFuyvJGKu8SulSkuYM31T12cDSJPUz5+oyNaIiz3dk4s2oOIRitIGVdnlz7jVJcCCInFw8NOtAqG7i8SpiVnwGX3FN+h6hbZM8Q0yPY7JKTkW8+jq/ej+L3kitb+q7TCluvjjZHBIWI0NKAmKwRyxQWtFv9zV/MJJex/udFvvo/95DLdzcfUEsDBBQAAAAIANyQh10cSfe+pAAAABYBAAALAAAAX3JlbHMvLnJlbHONz8EOwiAMBuBXIb07pgdjzNguxmRXMx8AWcfIBiWAOt9ejs548Nj0/7+mVbPYmT0wRENOwLYogaFT1BunBVy78+YATV1dcJYpJ+JofGS54qKAMSV/5DyqEa2MBXl0eTNQsDLlMWjupZqkRr4ryz0PnwasTdb2AkLbb4F1L4//2DQMRuGJ1N2iSz9OfCWyLIPGJGCZ+ZPCdCOaiowCryu+erB+A1BLAwQUAAAACADckIddHTwHyK4AAAAKAQAADwAAAHhsL3dvcmtib29rLnhtbI2Pyw6CQAxFf2XSvQ64MIbw2BgT1+oHjFBgAjMl7fj4fEeQvavevk578+rtRvVEFku+gHSbgEJfU2N9V8DtetocoCrzF/FwJxpUnPZSQB/ClGktdY/OyJYm9LHTEjsTYsqdlonRNNIjBjfqXZLstTPWw0LI+B8Gta2t8Uj1w6EPC4RxNCH+Kr2dBMp8viC/qLxxWMDlq1NQc+3cRFugOLNR8LlJQZe5Xtf06qz8AFBLAwQUAAAACADckIdd8KZigaYAAAAXAQAAGgAAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzjc9LCsIwEADQq4TZ22ldiEjTbkToVuoBQjpNSpsPSfzd3uBCLLhwNczvDVO3D7OwG4U4OcuhKkpgZKUbJqs4XPrTZg9tU59pESlPRD35yPKKjRx0Sv6AGKUmI2LhPNncGV0wIuU0KPRCzkIRbstyh+HbgLXJuoFD6IYKWP/09I/txnGSdHTyasimHyfw7sIcNVHKqAiKEodPKeI7VEVWAZsaVx82L1BLAwQUAAAACAAAACEA1q2pN8YIAACklwAAGAAAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbJ3dTY5dZ3KE4a0QnLvrRMT5bVBs2GgYPfLE9gIIdXWLaJEUyILk5Xgv3lhT9eWpLwEzBowZeaVKjl5U1b3PyXzzp//58POrXx8/f3n/6eMPr/GH5fWrx48/fvrr+49//+H1f//Xv//L+fpPb9/89unzP7789Pj49Orr//7xyw+vf3p6+uWPDw9ffvzp8cO7L3/49Mvjx6//5W+fPn949/T1r5///vDll8+P7/76/EUffn7gsuwPH969//j67Zvn1/787und2zefP/326vPXf/brqz/+/od/xetXTz+8fv/x5/cfH//z6fPX199/efvm6e1f/u9/X/3Huw9vHp7evnn4/aWHH+tL/u33L/71Ld48/Dpeffg69GUyXybz+yfzeTK/PVkvk/X9k/U8Wd+evL5MXr9/8vo8ef325O1l8vb9k7fnydu3J+8vk/fvn7w/T96/Pfl4mXx8/+TjefLx7cnny+Tz+yefz5PPb0++XiZf3z/5ep58fXsylpnKErSyjFgWM72FmJRYKZoWMWNEUCNGjjA9YgaJoEiMJGGaxIwSQZUYWcJ0iRkmgjIx0oRpEzNOBHVi5AnTJ2agCArFSBSmUcxIEVSKkSlMp5ihIigVI1WYVjlbZdAqR6s0rXK2yqBVjlbpvm+2b5zJd8761mla5WyVQascrdK0ytkqg1Y5WqVplbNVBq1ytErTKmerDFrlaJWmVc5WGbTK0SpNq5ytMmiVo1WaVjlbZdAqR6s0rWq2qqBVjVZlWtVsVUGrGq3KtKrZqoJWNVqV+zm3/aCb/KRbP+qaVjVbVdCqRqsyrWq2qqBVjVZlWtVsVUGrGq3KtKrZqoJWNVqVaVWzVQWtarQq06pmqwpa1WhVptV1troGra6j1dW0us5W16DVdbS6mlbX2eoatLqOVlfT6jpbXYNW19Hq6n4vbb+YJr+Z1q+mptV1troGra6j1dW0us5W16DVdbS6mlbX2eoatLqOVlfT6jpbXYNW19HqalpdZ6tr0Oo6Wl1Nq9tsdQta3Uarm2l1m61uQavbaHUzrW6z1S1odRutbqbVbba6Ba1uo9XNtLrNVreg1W20urn3kdobSck7SfVWkml1m61uQavbaHUzrW6z1S1odRutbqbVbba6Ba1uo9XNtLrNVreg1W20uplW99nqHrS6j1Z30+o+W92DVvfR6m5a3Were9DqPlrdTav7bHUPWt1Hq7tpdZ+t7kGr+2h1N63us9U9aHUfre7ufd/2xm/yzm+99Wta3Were9DqPlrdTav7bHUPWt1Hq7tpdZ+t7kGr+2h1N60es9UjaPUYrR6m1WO2egStHqPVw7R6zFaPoNVjtHqYVo/Z6hG0eoxWD9PqMVs9glaP0ephWj1mq0fQ6jFaPUyrx2z1CFo9RquH+5ymfVCTfFJTH9WYVo/Z6hG0eoxWD9PqMVs9glaP0ephWj1nq2fQ6jlaPU2r52z1DFo9R6unafWcrZ5Bq+do9TStnrPVM2j1HK2eptVztnoGrZ6j1dO0es5Wz6DVc7R6mlbP2eoZtHqOVk/T6jlbPYNWz9Hq6T5XbR+sJp+s1kerptVztnoGrZ6j1dO0es1Wr6DVa7R6mVav2eoVtHqNVi/T6jVbvYJWr9HqZVq9ZqtX0Oo1Wr1Mq9ds9QpavUarl2n1mq1eQavXaPUyrV6z1Sto9RqtXqbVa7Z6Ba1eo9XLtHrNVq+g1Wu0ejkH0SBEIiGKQlgL0TFEpCFuDuE8xNJAxJKIiKVIxOJMxNJQxJKoiKVYxOJcxNJgxJLIiKVoxOJsxNJwxJLoiKV4xOJ8xNKAxJIIiaWIxOKMxNKQxJIoiaWYxOKcxNKgxJJIiaWoxOKsxNKwxJJoiaW4xOK8xNLAxJKIiaXIxOKa7sApEk43cfLGqSOnSDndzMk13aFTJJ1u6mStU8dOkXa6uZP1Th08ReLpJk/WPHX0FKmnmz1Z99ThUySfbvpk7VPHT5F+uvmT9U8dQEUC6iZQ1kB1BBUpqJtBOQeFBqGQSCgUhYKzUGgYComGQnEoOA+FBqKQiCgUiYIzUWgoComKQrEoOBeFBqOQyCgUjYKzUWg4ComOQvEoOB+FBqSQCCkUkYIzUmhIComSQjEpOCeFBqWQSCkUlYKzUmhYComWQnEpOC+FBqaQiCkUmYIzU2hoComaQrEpODeFBqeQyCkUnYKzU1BHyZFKvlmya7oBKiSCCkWo4AwVGqJCoqhQjArOUaFBKiSSCkWp4CwVGqZCoqlQnArOU6GBKiSiCkWq4EwVGqpCoqpQrArOVaHBKiSyCkWr4GwVGq5CoqtQvArOV6EBKyTCCkWs4IwVGrJCoqxQzArOWWHtDxtETxvcjxu4phu2QqKtUNwKzluhgSsk4gpFruDMFRq6QqKuUOwKzl2hwSsk8gpFr+DsFRq+QqKvUPwKzl+hASwkAgtFsOAMFhrCQqKwUAwLzmGhQSwkEgtFseAsFhrGQqKxUBwLzmOhgSwkIgtFsuBMFrb+EFH0FNH9GJFrusEsJDILRbPgbBYazkKis1A8C85noQEtJEILRbTgjBYa0kKitFBMC85poUEtJFILRbXgrBYa1kKitVBcC85roYEtJGILRbbgzBYa2kKitlBsC85tocEtJHILRbfg7BYa3kKit1B8C85vYe8PB0ZPB96PB7qmG+JCorhQjAvOcaFBLiSSC0W54CwXGuZCorlQnAvOc6GBLiSiC0W64EwXGupCorpQrAvOdaHBLiSyC0W74GwXGu5CortQvAvOd6EBLyTCC0W84IwXGvJCorxQzAvOeaFBLyTSC0W94KwXjv7Qb/TU7/3Yr2u6gS8k4gtFvuDMFxr6QqK+UOwLzn2hwS8k8gtFv+DsFxr+QqK/UPwLzn+hATAkAgxFwOAMGBoCQ6LAUAwMzoGhQTAkEgxFweAsGBoGQ6LBUBwMzoOhgTAkIgxFwuBMGBoKQ6LCUCwMzoWhwTAkMgzn/Ti/a7rhMCQ6DMXD4HwYGhBDUEsBAhQDFAAAAAgA3JCHXb1c/ZDyAAAAHAIAABMAAAAAAAAAAAAAAIABAAAAAFtDb250ZW50X1R5cGVzXS54bWxQSwECFAMUAAAACADckIddHEn3vqQAAAAWAQAACwAAAAAAAAAAAAAAgAEjAQAAX3JlbHMvLnJlbHNQSwECFAMUAAAACADckIddHTwHyK4AAAAKAQAADwAAAAAAAAAAAAAAgAHwAQAAeGwvd29ya2Jvb2sueG1sUEsBAhQDFAAAAAgA3JCHXfCmYoGmAAAAFwEAABoAAAAAAAAAAAAAAIABywIAAHhsL19yZWxzL3dvcmtib29rLnhtbC5yZWxzUEsBAhQDFAAAAAgAAAAhANatqTfGCAAApJcAABgAAAAAAAAAAAAAAIABqQMAAHhsL3dvcmtzaGVldHMvc2hlZXQxLnhtbFBLBQYAAAAABQAFAEUBAAClDAAAAAA="
        )!)

    @Test("a workbook whose compressed sheet stops early is refused at once as damaged (no inflating left running)")
    func truncatedDeflateIsRefused() async throws {
        try await ServerFixture.withServer { server, client in
            let response = try await ServerFixture.upload(client, [("hong.xlsx", Self.truncatedDeflate)], fields: [("year", "2023")])
            #expect(response.status == .unprocessableContent)
            #expect(response.text.contains("compressed data does not end"))
            try await HostileInputTests.expectStillServing(client)
        }
    }
}
