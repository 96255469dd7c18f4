/// A date cell of the registry, read in place from its bytes: `YYYY-MM-DD` or `DD/MM/YYYY`
/// (the way Vietnamese offices write dates), checked as a real calendar date.
enum RegistryDate {
    /// The accepted forms, for messages.
    static let accepted = "YYYY-MM-DD (2019-03-15) or DD/MM/YYYY (15/03/2019)"

    /// The date, or nil when the cell is not a real date in either form.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> SimpleDate? {
        var start = 0, end = bytes.count
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        func number(_ from: Int, _ to: Int) -> Int? {
            var value = 0
            for index in from..<to {
                let digit = Int(bytes[index]) - 0x30
                guard digit >= 0 && digit <= 9 else { return nil }
                value = value * 10 + digit
            }
            return value
        }
        let year: Int, month: Int, day: Int
        switch end - start {
        case 10 where bytes[start + 4] == 0x2D && bytes[start + 7] == 0x2D:
            guard let y = number(start, start + 4), let m = number(start + 5, start + 7), let d = number(start + 8, start + 10) else { return nil }
            (year, month, day) = (y, m, d)
        case 8...10:
            // D/M/YYYY with one- or two-digit day and month.
            guard let firstSlash = (start..<end).first(where: { bytes[$0] == 0x2F }),
                  let secondSlash = ((firstSlash + 1)..<end).first(where: { bytes[$0] == 0x2F }),
                  end - secondSlash - 1 == 4, (1...2).contains(firstSlash - start), (1...2).contains(secondSlash - firstSlash - 1),
                  let d = number(start, firstSlash), let m = number(firstSlash + 1, secondSlash), let y = number(secondSlash + 1, end)
            else { return nil }
            (year, month, day) = (y, m, d)
        default:
            return nil
        }
        guard (1...12).contains(month), day >= 1, day <= SimpleDate.daysIn(month: month, year: year) else { return nil }
        return SimpleDate(year: year, month: month, day: day)
    }
}
