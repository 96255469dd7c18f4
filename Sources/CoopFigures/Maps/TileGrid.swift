import CoopAnalytics

/// Where each province's tile goes on a tile map: rough geography on a grid (column, row from the top
/// left), for the 63 provinces before 1 July 2025 and the 34 after the merger. Kept in the figure library so the
/// charts library still knows nothing of provinces; a chart of a cluster draws only its members' tiles.
enum TileGrid {
    /// Statistics-office code → (column, row), 63 provinces in force until 30 June 2025.
    static let before2025: [String: (Int, Int)] = [
        "02": (2, 0), "04": (3, 0),
        "12": (0, 1), "10": (1, 1), "08": (2, 1), "06": (3, 1), "20": (4, 1),
        "11": (0, 2), "15": (1, 2), "19": (2, 2), "24": (3, 2), "22": (4, 2),
        "14": (0, 3), "25": (1, 3), "26": (2, 3), "27": (3, 3), "30": (4, 3), "31": (5, 3),
        "17": (1, 4), "01": (2, 4), "33": (3, 4), "34": (4, 4),
        "37": (1, 5), "35": (2, 5), "36": (3, 5),
        "38": (1, 6), "40": (1, 7), "42": (2, 8), "44": (2, 9), "45": (3, 10), "46": (3, 11),
        "49": (3, 12), "48": (4, 12), "62": (2, 13), "51": (4, 13), "64": (2, 14), "52": (4, 14),
        "66": (3, 15), "54": (4, 15), "67": (2, 16), "68": (3, 16), "56": (4, 16),
        "70": (1, 17), "75": (2, 17), "60": (3, 17), "58": (4, 17),
        "72": (0, 18), "74": (1, 18), "79": (2, 18), "77": (3, 18),
        "87": (0, 19), "80": (1, 19), "82": (2, 19), "83": (3, 19),
        "89": (0, 20), "92": (1, 20), "86": (2, 20), "84": (3, 20),
        "91": (0, 21), "93": (1, 21), "94": (2, 21),
        "96": (0, 22), "95": (1, 22),
    ]

    /// Code → (column, row), 34 provinces in force from 1 July 2025.
    static let from2025: [String: (Int, Int)] = [
        "08": (2, 0), "04": (3, 0),
        "12": (0, 1), "15": (1, 1), "19": (2, 1), "20": (3, 1),
        "11": (0, 2), "25": (1, 2), "24": (2, 2), "22": (3, 2),
        "14": (0, 3), "01": (1, 3), "33": (2, 3), "31": (3, 3),
        "37": (1, 4), "38": (1, 5), "40": (1, 6), "42": (2, 7), "44": (2, 8), "46": (3, 9), "48": (3, 10),
        "51": (3, 11), "52": (3, 12), "66": (3, 13), "68": (2, 14), "56": (3, 14),
        "80": (0, 15), "75": (1, 15), "79": (2, 15),
        "91": (0, 16), "82": (1, 16), "86": (2, 16),
        "96": (0, 17), "92": (1, 17),
    ]

    /// The merger took effect on this day; periods ending before it use the 63-province grid.
    static let mergerDay = Harmonizer.mergerDate

    /// The tile position of `province` for a chart of `period`, or nil when the grid has no such unit.
    static func position(of province: Province, in period: Period) -> (column: Int, row: Int)? {
        let grid = period.lastDay < mergerDay ? before2025 : from2025
        // A unit created by the merger shares its code with an old one, so the unit's dates decide too.
        if let from = province.validFrom, from >= mergerDay { return from2025[province.code].map { ($0.0, $0.1) } }
        if let to = province.validTo, to < mergerDay { return before2025[province.code].map { ($0.0, $0.1) } }
        return grid[province.code].map { ($0.0, $0.1) }
    }
}
