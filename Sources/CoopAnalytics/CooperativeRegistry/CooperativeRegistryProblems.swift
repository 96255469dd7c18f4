/// The bad rows of a registry, gathered in one pass so a user fixes them all at once rather than one
/// run per row. Only the first `shownLimit` messages are kept; later bad rows are counted, so memory
/// stays flat however many rows are bad.
struct CooperativeRegistryProblems {
    /// Messages kept for the report; past this, bad rows are only counted.
    static let shownLimit = 100

    let file: String
    private(set) var shown: [InputError] = []
    /// Rows with at least one problem.
    private(set) var badRows = 0
    /// Bad rows none of whose messages fitted under the limit.
    private(set) var rowsNotShown = 0

    init(file: String) { self.file = file }

    var isEmpty: Bool { badRows == 0 }

    /// Records the problems of one row (every bad field of it, in column order).
    mutating func add(row problems: [InputError]) {
        guard !problems.isEmpty else { return }
        badRows += 1
        let room = Self.shownLimit - shown.count
        if room <= 0 {
            rowsNotShown += 1
        } else {
            shown += problems.prefix(room)
        }
    }

    mutating func add(row problem: InputError) { add(row: [problem]) }

    /// Every message kept, then a closing line that counts the bad rows (and those not listed), or nil
    /// when every row was good. `fatal` is a problem that stopped the reading (a broken quote), listed last.
    func report(fatal: InputError? = nil) -> InputErrors? {
        guard !isEmpty || fatal != nil else { return nil }
        var errors = shown
        if let fatal { errors.append(fatal) }
        guard !isEmpty else { return InputErrors(errors) }
        errors.append(
            RegistryWords.error(file: file) {
                $0.closing(badRows: badRows, notShown: rowsNotShown, listed: Self.shownLimit, stopped: fatal != nil)
            })
        return InputErrors(errors)
    }
}
