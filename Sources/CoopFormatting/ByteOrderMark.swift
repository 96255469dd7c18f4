extension Unicode.UTF8 {
    /// The UTF-8 byte-order mark, EF BB BF: Excel needs it first to read a CSV file as UTF-8 (without it,
    /// every Vietnamese letter is garbled), and files saved by Excel or Notepad may start with it.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
}
