import CoopFormatting

/// Short forms of names that no two names share: the initials of the words ("Quảng Ninh" → "QN"), and
/// where names share their initials, one word lengthened until they differ ("QNi", "QNa", "QNg"; "Hà
/// Giang" and "Hậu Giang" become "HàG" and "HậG"). A reader of a tile map can then tell every tile apart.
public enum Abbreviations {
    /// The words of a name, as runs of characters between spaces and hyphens.
    static func words(_ name: String) -> [String] {
        NormalizedText(name).string.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
    }

    /// The word's first `length` characters, its first one capitalised.
    private static func prefix(_ word: String, _ length: Int) -> String {
        let head = String(word.prefix(length))
        return head.prefix(1).uppercased() + head.dropFirst()
    }

    /// The short forms of one name, shortest first: the initials, then the last word lengthened one
    /// character at a time, then each earlier word in turn; the name itself last.
    static func candidates(_ name: String) -> [String] {
        let words = words(name)
        guard !words.isEmpty else { return [name] }
        var out = [words.map { prefix($0, 1) }.joined()]
        for position in words.indices.reversed() {
            let word = words[position]
            guard word.count > 1 else { continue }
            for length in 2...word.count {
                out.append(words.indices.map { prefix(words[$0], $0 == position ? length : 1) }.joined())
            }
        }
        out.append(NormalizedText(name).string)
        return out
    }

    /// One short form per name (in order), no two alike: names whose initials collide all step through
    /// their candidates together until every one differs from the rest of the group and from every
    /// other name's short form. Identical names keep identical forms (there is nothing to tell apart).
    public static func unique(_ names: [String]) -> [String] {
        let candidates = names.map(candidates)
        var chosen = candidates.map { $0[0] }
        let groups = Dictionary(grouping: names.indices, by: { chosen[$0] }).values.filter { $0.count > 1 }
        for group in groups.sorted(by: { $0[0] < $1[0] }) {
            let others = Set(names.indices.filter { !group.contains($0) }.map { chosen[$0] })
            let longest = group.map { candidates[$0].count }.max()!
            for step in 1..<longest {
                let trial = group.map { candidates[$0][min(step, candidates[$0].count - 1)] }
                if Set(trial).count == Set(group.map { names[$0] }).count, others.isDisjoint(with: trial) {
                    for (index, form) in zip(group, trial) { chosen[index] = form }
                    break
                }
            }
        }
        return chosen
    }
}
