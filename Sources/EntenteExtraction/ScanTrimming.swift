/// Trimming as Foundation's `trimmingCharacters(in:)` does it, scalar by scalar, without Foundation:
/// its first call builds character sets and bridges the string, which cost more than the rules
/// that trim.
enum ScanTrimming {
    /// `text.trimmingCharacters(in: .whitespaces)`: spaces (general category Zs) and tabs.
    static func trimmingWhitespaces(_ text: some StringProtocol) -> String {
        trimming(text) { $0 == "\t" || $0.properties.generalCategory == .spaceSeparator }
    }

    /// `text.trimmingCharacters(in: set)` for a set of `scalars`.
    static func trimming(_ text: some StringProtocol, _ scalars: Set<Unicode.Scalar>) -> String {
        trimming(text) { scalars.contains($0) }
    }

    private static func trimming<Text: StringProtocol>(_ text: Text, where isTrimmed: (Unicode.Scalar) -> Bool) -> String {
        let view = text.unicodeScalars
        guard let first = view.firstIndex(where: { !isTrimmed($0) }),
              let last = view.lastIndex(where: { !isTrimmed($0) }) else { return "" }
        return String(text[first..<view.index(after: last)])
    }
}
